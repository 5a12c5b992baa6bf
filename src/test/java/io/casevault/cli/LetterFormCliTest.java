package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.app.FormTextCutter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code letter --form}: the fields of a web complaint form, as text and as JSON. */
class LetterFormCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    String id;

    @BeforeEach
    void aCaseWithAPayment() {
        cli = new CliHarness(tmp.resolve("v"));
        cli.ok("init");
        id = cli.ok("case", "add", "--title", "转账未到账", "--provider", "支付宝", "--category", "funds-not-received",
                "--amount", "1250.00", "--currency", "CNY", "--incident", "2026-11-03", "--description",
                "11月3日我通过支付宝转账给张三，对方一直没有收到。客服说三天内回复，至今没有答复。我多次在应用内留言，均无人处理。",
                "--demand", "退款 1250 元", "--demand", "书面解释");
        cli.ok("tx", "add", "--case", id, "--at", "2026-11-03T14:30+08:00", "--amount", "1250.00", "--currency",
                "CNY", "--counterparty", "张三", "--ref", "2026110322001456789");
    }

    @Test
    void theJsonHasEveryFieldAndTheDescriptionFitsTheLimitWithTheDemandsWhole() throws Exception {
        JsonNode f = new ObjectMapper().readTree(cli.ok("letter", "--case", id, "--form", "--limit", "80",
                "--lang", "zh", "--json"));

        assertThat(f.get("title").asText()).isEqualTo("支付宝：转账未到账");
        String description = f.get("description").asText();
        assertThat(FormTextCutter.length(description)).isLessThanOrEqualTo(80);
        assertThat(description).endsWith("本人诉求：1. 退款 1250 元；2. 书面解释。");
        assertThat(f.get("cut").asBoolean()).isTrue();
        assertThat(f.get("limit").asInt()).isEqualTo(80);
        assertThat(f.get("demands").asText()).isEqualTo("1. 退款 1250 元；2. 书面解释");
        JsonNode tx = f.get("transaction");
        assertThat(tx.get("time").asText()).isEqualTo("2026-11-03 14:30 +08:00");
        assertThat(tx.get("at").asText()).isEqualTo("2026-11-03T14:30+08:00");
        assertThat(tx.get("amount").asText()).isEqualTo("1250.00");
        assertThat(tx.get("currency").asText()).isEqualTo("CNY");
        assertThat(tx.get("orderNumber").asText()).isEqualTo("2026110322001456789");
    }

    @Test
    void theTextShowsEachFieldWithItsCountAndNoLimitCutsNothing() {
        String out = cli.ok("letter", "--case", id, "--form");

        assertThat(out).contains("Title (", "Description (", "Demands (", "Transaction:",
                "  Order number:  2026110322001456789", "  Amount:        1250.00 CNY",
                "I ask for: 1. 退款 1250 元; 2. 书面解释.");
        assertThat(out).doesNotContain("cut from");
        assertThat(cli.ok("letter", "--case", id, "--form", "--limit", "60")).contains("limit 60, cut from ");
    }

    @Test
    void wrongCombinationsAndLimitsAreRefusedInOneSentence() {
        CliHarness.Result zero = cli.run("letter", "--case", id, "--form", "--limit", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("The character limit must be 1 or more, not 0.");
        CliHarness.Result both = cli.run("letter", "--case", id, "--form", "--out", tmp.resolve("l.txt").toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("leave out --out");
        CliHarness.Result neither = cli.run("letter", "--case", id);
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--out FILE").contains("--form");
        assertThat(cli.run("letter", "--case", "99", "--form").code()).isEqualTo(2);
    }
}
