package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.app.VaultSession;
import io.casevault.domain.Redaction;
import io.casevault.ocr.PaymentScreens;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evidence text} end to end on two screenshots the test draws, one of them partly redacted. */
class EvidenceTextCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    CliHarness cli;
    String caseId;
    PaymentScreens.Screen alipay;
    PaymentScreens.Screen paypal;

    @BeforeEach
    void init() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        caseId = cli.ok("case", "add", "--title", "转账未到账", "--provider", "支付宝");
        alipay = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 21));
        paypal = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.PAYPAL,
                PaymentScreens.Theme.DARK, PaymentScreens.Format.JPEG, 720, 22));
        Path a = tmp.resolve("alipay.png");
        Path b = tmp.resolve("paypal.jpg");
        ImageIO.write(alipay.image(), "png", a.toFile());
        ImageIO.write(paypal.image(), "jpg", b.toFile());
        cli.ok("evidence", "add", "--case", caseId, a.toString(), b.toString());
    }

    private static String id(PaymentScreens.Screen screen) {
        return screen.lines().stream().filter(d -> d.kind() == PaymentScreens.Kind.ID).findFirst().orElseThrow()
                .text();
    }

    private static List<String> texts(JsonNode exhibit) {
        List<String> texts = new ArrayList<>();
        exhibit.get("lines").forEach(l -> texts.add(l.get("text").asText()));
        return texts;
    }

    @Test
    void everyImageIsReadAndPrintedWithItsBoxes() throws Exception {
        JsonNode all = JSON.readTree(cli.ok("evidence", "text", "--case", caseId, "--json"));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("exhibit").asText()).isEqualTo("E-1");
        assertThat(texts(all.get(0))).contains(id(alipay));
        assertThat(texts(all.get(1))).contains(id(paypal), "Completed");
        JsonNode line = all.get(0).get("lines").get(0);
        assertThat(line.get("box")).hasSize(4);
        assertThat(line.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(line.get("box").get(0).asInt() + line.get("box").get(2).asInt()).isLessThanOrEqualTo(540);

        String plain = cli.ok("evidence", "text", "--case", caseId, "e-2");
        assertThat(plain).startsWith("E-2  id ").contains(id(paypal)).doesNotContain(id(alipay));
    }

    @Test
    void textUnderARedactionIsNotPrinted() throws Exception {
        JsonNode first = JSON.readTree(cli.ok("evidence", "text", "--case", caseId, "E-1", "--json")).get(0);
        JsonNode box = null;
        for (JsonNode l : first.get("lines")) {
            if (l.get("text").asText().equals(id(alipay))) {
                box = l.get("box");
            }
        }
        assertThat(box).as("the order number was read").isNotNull();
        try (VaultSession session = VaultSession.open(cli.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            session.evidence().setRedactions(first.get("id").asLong(), List.of(new Redaction(box.get(0).asInt(),
                    box.get(1).asInt(), box.get(2).asInt(), box.get(3).asInt())));
        }
        String json = cli.ok("evidence", "text", "--case", caseId, "--json");
        String plain = cli.ok("evidence", "text", "--case", caseId);
        assertThat(json).doesNotContain(id(alipay)).contains(id(paypal));
        assertThat(plain).doesNotContain(id(alipay)).contains(id(paypal));
    }

    @Test
    void searchFindsTheCaseByAnOrderNumberSeenOnlyInAScreenshotButNotUnderARedaction() throws Exception {
        cli.ok("case", "add", "--title", "另一个案件", "--provider", "WeChat Pay");
        cli.ok("evidence", "text", "--case", caseId);
        String part = id(alipay).substring(6);
        JsonNode found = JSON.readTree(cli.ok("search", part, "--json"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(found.get(0).get("title").asText()).isEqualTo("转账未到账");
        JsonNode match = found.get(0).get("matches").get(0);
        assertThat(match.get("kind").asText()).isEqualTo("evidence");
        assertThat(match.get("exhibit").asText()).isEqualTo("E-1");
        assertThat(match.get("snippet").asText()).isEqualTo(id(alipay));
        assertThat(cli.ok("search", "另一个")).contains("另一个案件").doesNotContain("转账未到账");

        JsonNode line = null;
        for (JsonNode l : JSON.readTree(cli.ok("evidence", "text", "--case", caseId, "E-1", "--json")).get(0)
                .get("lines")) {
            if (l.get("text").asText().equals(id(alipay))) {
                line = l;
            }
        }
        JsonNode box = Objects.requireNonNull(line).get("box");
        try (VaultSession session = VaultSession.open(cli.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            long evidenceId = match.get("id").asLong();
            session.evidence().setRedactions(evidenceId, List.of(new Redaction(box.get(0).asInt(), box.get(1).asInt(),
                    box.get(2).asInt(), box.get(3).asInt())));
        }
        assertThat(JSON.readTree(cli.ok("search", part, "--json"))).isEmpty();
        assertThat(cli.ok("search", id(paypal))).contains("转账未到账").contains("E-2");
    }

    @Test
    void anUnknownExhibitIsRefusedInOneSentence() {
        CliHarness.Result r = cli.run("evidence", "text", "--case", caseId, "E-9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("The case has no exhibit E-9.");
    }
}
