package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.TimelineEvent;

/** Material Design icon literals for the kinds of events, the follow-up channels, and a row's badge and fold. */
final class TimelineIcons {
    /** The today marker's icon. */
    static final String TODAY = "mdi2c-calendar-today";

    private TimelineIcons() {
    }

    static String of(TimelineRow row) {
        if (row.kind() == TimelineEvent.Kind.FOLLOWUP && row.channel() != null) {
            return channel(row.channel());
        }
        return kind(row.kind(), row.refId() == null);
    }

    static String kind(TimelineEvent.Kind kind, boolean complaintDeadline) {
        return switch (kind) {
            case TRANSACTION -> "mdi2c-cash-multiple";
            case EVIDENCE -> "mdi2i-image-outline";
            case FOLLOWUP -> "mdi2f-forum-outline";
            case STATUS -> "mdi2f-flag-outline";
            case DEADLINE -> complaintDeadline ? "mdi2c-calendar-alert" : "mdi2c-calendar-clock";
        };
    }

    /** A due date's badge: overdue, met, or still due. */
    static String badge(boolean overdue, boolean met) {
        return overdue ? "mdi2a-alert-circle" : met ? "mdi2c-check-circle-outline" : "mdi2c-clock-alert-outline";
    }

    /** The arrow of a conversation's header: its messages shown or not. */
    static String fold(boolean expanded) {
        return expanded ? "mdi2c-chevron-down" : "mdi2c-chevron-right";
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case HOTLINE -> "mdi2p-phone-outline";
            case EMAIL -> "mdi2e-email-outline";
            case IN_APP_CHAT -> "mdi2c-chat-outline";
            case SOCIAL_MEDIA -> "mdi2w-web";
            case COMPLAINT_PLATFORM -> "mdi2b-bullhorn-outline";
            case REGULATOR -> "mdi2b-bank-outline";
            case POLICE -> "mdi2s-shield-account-outline";
            case LAWYER_COURT -> "mdi2s-scale-balance";
            case LETTER -> "mdi2e-email-newsletter";
            case OTHER -> "mdi2d-dots-horizontal-circle-outline";
        };
    }
}
