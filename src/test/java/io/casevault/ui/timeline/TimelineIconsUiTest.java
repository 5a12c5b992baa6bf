package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.TimelineEvent;
import io.casevault.ui.common.Icons;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every icon a timeline row can show, resolved once ({@link Icons}), is the icon {@code FontIcon} itself resolves from
 * the literal; the same icon each time it is asked for; and a literal no pack knows is refused as FontIcon refuses it.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineIconsUiTest {
    @Start
    void start(Stage stage) {
        // nothing to show: the toolkit, which FontIcon's fonts need, is running
    }

    private static List<String> everyTimelineIcon() {
        List<String> all = new ArrayList<>(List.of(TimelineIcons.TODAY));
        for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
            all.add(TimelineIcons.kind(kind, true));
            all.add(TimelineIcons.kind(kind, false));
        }
        for (Channel channel : Channel.values()) {
            all.add(TimelineIcons.channel(channel));
        }
        for (boolean a : new boolean[] {false, true}) {
            all.add(TimelineIcons.fold(a));
            for (boolean b : new boolean[] {false, true}) {
                all.add(TimelineIcons.badge(a, b));
            }
        }
        return all;
    }

    @Test
    void eachIconIsFontIconsOwnForItsLiteralAndResolvedOnce() {
        List<String> literals = everyTimelineIcon();
        assertThat(literals).hasSize(1 + 2 * TimelineEvent.Kind.values().length + Channel.values().length + 2 + 4);
        for (String literal : literals) {
            assertThat(Icons.of(literal)).as(literal).isEqualTo(new FontIcon(literal).getIconCode())
                    .isSameAs(Icons.of(literal));
            assertThat(Icons.of(literal).getDescription()).isEqualTo(literal);
        }
        for (String unknown : List.of("nope-no-such-icon", "mdi2c-no-such-icon")) {
            Throwable refused = catchThrowable(() -> new FontIcon(unknown));
            assertThat(refused).as(unknown).isNotNull();
            assertThatThrownBy(() -> Icons.of(unknown)).as(unknown).isInstanceOf(refused.getClass());
        }
    }
}
