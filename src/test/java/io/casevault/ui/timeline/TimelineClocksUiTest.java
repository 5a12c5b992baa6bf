package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Response clocks on the timeline: the answer due to a contact, overdue when it ran out, plain once answered. */
@ExtendWith(ApplicationExtension.class)
class TimelineClocksUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private TimelineController view;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        contact("2026-11-10T02:00:00Z", Channel.HOTLINE, ContactDirection.OUTGOING); // due 17 Nov: overdue
        contact("2026-11-20T02:00:00Z", Channel.COMPLAINT_PLATFORM, ContactDirection.OUTGOING); // 7 working days
        contact("2026-11-21T02:00:00Z", Channel.COMPLAINT_PLATFORM, ContactDirection.INCOMING); // answered
        view = CaseTabs.timeline(fx.ctx, fx.background());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1100, 700));
        stage.show();
        view.showCase(fx.caseId);
    }

    private void contact(String at, Channel channel, ContactDirection direction) {
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse(at), UiFixture.ZONE, channel, direction,
                null, null, "contact", null, null));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void responseClocksAreDeadlineRowsInTimeOrder() {
        waitUntil(() -> view.visibleRows().stream().anyMatch(r -> r.text().startsWith("Answer due")));
        var clocks = view.visibleRows().stream().filter(r -> r.kind() == TimelineEvent.Kind.DEADLINE
                && r.text().contains("contact via")).toList();
        assertThat(clocks).extracting(TimelineRow::text).containsExactly(
                "Answer due to your contact via Hotline (7 calendar days)",
                "Answered: contact via Complaint platform / consumer association (7 working days)");
        assertThat(clocks.get(0).overdue()).isTrue();
        assertThat(clocks.get(0).due()).isTrue();
        assertThat(clocks.get(1).due()).isFalse();
        var all = view.visibleRows();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).at()).isAfterOrEqualTo(all.get(i - 1).at());
        }
    }
}
