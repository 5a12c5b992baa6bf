package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.app.DrawnScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evidence suggestions}, {@code evidence accept} and the fields in {@code case show} / {@code evidence text}. */
class SuggestionsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = "20261103200040011100450012345678";
    @TempDir
    Path tmp;
    CliHarness cli;
    String caseId;

    @BeforeEach
    void init() {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        caseId = cli.ok("case", "add", "--title", "转账未到账", "--provider", "支付宝", "--amount", "1250.00",
                "--currency", "CNY").strip();
        Path png = DrawnScreens.png(tmp.resolve("transfer.png"), List.of(List.of("-1,250.00"), List.of("交易成功"),
                List.of("收款方", "张三"), List.of("创建时间", "2026-11-03 14:30:12"), List.of("订单号", ORDER),
                List.of("联系电话", "13812345678")));
        cli.ok("evidence", "add", "--case", caseId, png.toString());
    }

    private static List<String> kinds(JsonNode suggestions) {
        List<String> kinds = new ArrayList<>();
        suggestions.forEach(s -> kinds.add(s.get("kind").asText()));
        return kinds;
    }

    @Test
    void anOrderNumberRecordedLinksByItselfAndTheRestIsAcceptedWithOneCommand() throws Exception {
        cli.ok("tx", "add", "--case", caseId, "--at", "2026-11-03T14:30:12+08:00", "--amount", "1250.00",
                "--currency", "CNY", "--counterparty", "张三", "--ref", ORDER);
        JsonNode listed = JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"));
        assertThat(kinds(listed)).containsExactlyInAnyOrder("link", "caption", "time", "redaction");
        JsonNode link = null;
        for (JsonNode s : listed) {
            assertThat(s.get("exhibit").asText()).isEqualTo("E-1");
            assertThat(s.get("id").asLong()).isPositive();
            assertThat(s.get("confidence").asDouble()).isBetween(0.3, 1.0);
            if (s.get("kind").asText().equals("link")) {
                link = s;
            }
        }
        assertThat(link.get("state").asText()).isEqualTo("accepted");
        assertThat(link.get("automatic").asBoolean()).isTrue();
        assertThat(link.get("detail").get("rule").asText()).isEqualTo("reference");
        assertThat(cli.ok("evidence", "suggestions", "--case", caseId)).contains("found and applied by CaseVault",
                "caption \"交易成功 · -1,250.00 · 张三 · 2026-11-03 14:30\"");

        assertThat(cli.ok("evidence", "accept", "--case", caseId, "--all")).contains("Accepted 3 suggestions.");
        assertThat(kinds(JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"))))
                .containsExactly("link");
        JsonNode exhibit = JSON.readTree(cli.ok("case", "show", caseId, "--json")).get("exhibits").get(0);
        assertThat(exhibit.get("eventTime").get("shown").asText()).isEqualTo("2026-11-03 14:30:12");
        assertThat(exhibit.get("eventTime").get("at").asText()).isEqualTo("2026-11-03T06:30:12Z");
        JsonNode timeline = JSON.readTree(cli.ok("timeline", "--case", caseId, "--json"));
        List<String> evidence = new ArrayList<>();
        timeline.forEach(e -> {
            if (e.get("kind").asText().equals("evidence")) {
                evidence.add(e.get("at").asText() + " " + e.get("text").asText());
            }
        });
        assertThat(evidence).singleElement().asString().startsWith("2026-11-03T06:30:12Z")
                .endsWith("shows a payment at 2026-11-03 14:30:12");

        String linkId = link.get("id").asText();
        assertThat(cli.ok("evidence", "undo", "--case", caseId, linkId)).startsWith("Undone " + linkId + ": E-1 link");
        assertThat(kinds(JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"))))
                .as("an undone automatic link is not made again").isEmpty();
    }

    @Test
    void aDismissedSuggestionIsNotListedAgainAndOneOfAnotherCaseIsRefused() throws Exception {
        JsonNode listed = JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"));
        String caption = null;
        for (JsonNode s : listed) {
            if (s.get("kind").asText().equals("caption")) {
                caption = s.get("id").asText();
            }
        }
        String other = cli.ok("case", "add", "--title", "另一个", "--provider", "WeChat Pay").strip();
        CliHarness.Result foreign = cli.run("evidence", "dismiss", "--case", other, caption);
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err().strip()).isEqualTo("Suggestion " + caption + " belongs to another case.");
        assertThat(cli.ok("evidence", "dismiss", "--case", caseId, caption)).startsWith("Dismissed " + caption);
        assertThat(kinds(JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"))))
                .doesNotContain("caption");
    }

    @Test
    void caseShowAndEvidenceTextGiveTheFieldsFound() throws Exception {
        cli.ok("evidence", "text", "--case", caseId);
        JsonNode fields = JSON.readTree(cli.ok("case", "show", caseId, "--json")).get("exhibits").get(0)
                .get("fields");
        assertThat(fields.get("references").get(0).get("value").asText()).isEqualTo(ORDER);
        assertThat(fields.get("references").get(0).get("kind").asText()).isEqualTo("order");
        assertThat(fields.get("amounts").get(0).get("value").asText()).isEqualTo("-1250.00");
        assertThat(fields.get("eventTime").asText()).isEqualTo("2026-11-03T14:30:12");
        assertThat(fields.get("counterparties").get(0).get("name").asText()).isEqualTo("张三");
        assertThat(fields.get("sensitive").get(0).get("kind").asText()).isEqualTo("mobile");
        assertThat(fields.toString()).as("personal data is named by kind and box only")
                .doesNotContain("13812345678");
        JsonNode text = JSON.readTree(cli.ok("evidence", "text", "--case", caseId, "--json")).get(0);
        assertThat(text.get("fields").get("statuses").get(0).get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void acceptingByIdRecordsTheTransactionShownAndBadRequestsGetOneSentence() throws Exception {
        JsonNode listed = JSON.readTree(cli.ok("evidence", "suggestions", "--case", caseId, "--json"));
        String record = null;
        for (JsonNode s : listed) {
            if (s.get("kind").asText().equals("transaction")) {
                record = s.get("id").asText();
                assertThat(s.get("detail").get("amount").asText()).isEqualTo("-1250.00");
                assertThat(s.get("detail").get("ref").asText()).isEqualTo(ORDER);
            }
        }
        assertThat(record).as("an offer to record the payment").isNotNull();
        assertThat(cli.ok("evidence", "accept", "--case", caseId, record)).startsWith("Accepted " + record + ": E-1");
        assertThat(cli.ok("case", "show", caseId)).contains("1 transaction");

        CliHarness.Result again = cli.run("evidence", "accept", "--case", caseId, record);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err().strip()).isEqualTo("Suggestion " + record + " was accepted or dismissed already.");
        CliHarness.Result neither = cli.run("evidence", "accept", "--case", caseId);
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("or give --all");
        CliHarness.Result both = cli.run("evidence", "accept", "--case", caseId, "--all", record);
        assertThat(both.code()).isEqualTo(2);
        CliHarness.Result missing = cli.run("evidence", "accept", "--case", caseId, "99999");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("There is no suggestion with id 99999.");
    }
}
