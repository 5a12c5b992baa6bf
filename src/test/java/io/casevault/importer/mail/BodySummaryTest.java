package io.casevault.importer.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodySummaryTest {

    @Test
    void anOutlookReplyLosesTheOriginalMessageBlock() {
        MailMessage m = Mails.message().header("From: \"Wallet Support\" <support@wallet.example>")
                .header("Subject: RE: Transfer not received [Case #00412345]")
                .header("Date: Wed, 6 Nov 2024 08:15:00 +0000")
                .header("Message-ID: <DM6PR01MB@outlook.example>").header("In-Reply-To: <mine@example.com>")
                .header("Content-Type: text/plain; charset=\"us-ascii\"").header("Content-Transfer-Encoding: 7bit")
                .body("Dear Mr. Zhang,\n\nThank you for contacting us. We have escalated your case to our payments "
                        + "team.\nYou will hear from us within 5 business days.\n\nKind regards,\nAnna\n\n"
                        + "-----Original Message-----\nFrom: Zhang San <zs@example.com>\n"
                        + "Sent: Monday, November 4, 2024 10:00 AM\nTo: support@wallet.example\n"
                        + "Subject: Transfer not received\n\nMy transfer never arrived. Ticket: OLD-999\n")
                .parse();

        assertThat(m.summary()).isEqualTo("Dear Mr. Zhang,\nThank you for contacting us. We have escalated your "
                + "case to our payments team.\nYou will hear from us within 5 business days.\nKind regards,\nAnna");
        assertThat(m.reference()).contains("00412345");
        assertThat(m.text()).contains("-----Original Message-----", "OLD-999");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gmail attribution   | Fine, thanks.\\n\\nOn Mon, 4 Nov 2024 at 10:00, Zhang <zs@x.example> wrote:\\n> old",
        "wrapped attribution | Fine, thanks.\\nOn Mon, Nov 4, 2024 at 10:00 AM Zhang <\\nzs@x.ex> wrote:\\n> old",
        "Chinese attribution    | Fine, thanks.\\n在 2024年11月4日 周一 10:00，张三 <zs@example.com> 写道：\\n> old",
        "QQ original block      | Fine, thanks.\\n------------------ 原始邮件 ------------------\\n发件人: old",
        "163 original block     | Fine, thanks.\\n-----原始邮件-----\\n发件人：old",
        "发件人 header block     | Fine, thanks.\\n\\n发件人: 张三 <zs@example.com>\\n发送时间: 2024年11月4日 10:00\\nold",
        "Outlook web underscores| Fine, thanks.\\n________________________________\\nFrom: old\\nSent: old",
        "From header block      | Fine, thanks.\\n\\nFrom: Zhang San\\nSent: Monday\\nold",
        "signature              | Fine, thanks.\\n-- \\nAnna, Wallet Support\\nold",
        "inline quotes          | > old\\n> old\\nFine, thanks.\\n>> old",
        "lower-case attribution | Fine, thanks.\\non Mon, 4 Nov 2024, Zhang wrote:\\n> old",
        "German attribution     | Fine, thanks.\\nAm 04.11.2024 um 10:00 schrieb Zhang San:\\n> old",
        "French attribution     | Fine, thanks.\\nLe 4 nov. 2024 à 10:00, Zhang San a écrit :\\n> old",
        "寄件者 header block     | Fine, thanks.\\n寄件者: 張三\\n寄件日期: 2024年11月4日\\nold",
        "indented attribution   | Fine, thanks.\\n   On Mon, 4 Nov 2024, Zhang wrote:\\n> old",
        "German original        | Fine, thanks.\\n-----Ursprüngliche Nachricht-----\\nVon: old",
    })
    void theSummaryLeavesOutQuotedHistoryAndSignatures(String what, String body) {
        assertThat(BodySummary.summary(body.replace("\\n", "\n"))).as(what).isEqualTo("Fine, thanks.");
    }

    @Test
    void aFromLineThatIsNotAHeaderBlockStays() {
        assertThat(BodySummary.summary("From: the start, nothing worked.\nPlease help.")).isEqualTo(
                "From: the start, nothing worked.\nPlease help.");
    }

    @Test
    void theSummaryKeepsTheFirstFewLinesAndCutsLongText() {
        String body = "one\n\ntwo\nthree\nfour\nfive\nsix\nseven";
        String longLine = "很".repeat(1000);

        assertThat(BodySummary.summary(body)).isEqualTo("one\ntwo\nthree\nfour\nfive");
        assertThat(BodySummary.summary(longLine)).hasSize(BodySummary.MAX_CHARS + 1).endsWith("…");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "您的工单号：GD20241104-0031，请保留。       | GD20241104-0031",
        "投诉编号 TS2024110400123 已受理              | TS2024110400123",
        "受理号为 88231                               | 88231",
        "服务单号：【FW-7781】                         | FW-7781",
        "Re: Your complaint [Case #00412345]          | 00412345",
        "Ticket: ABC-12345 has been updated            | ABC-12345",
        "Your ticket number is 7781-22                 | 7781-22",
        "Reference: RF/2024/1104                       | RF/2024/1104",
        "Ref: 556677 regarding your transfer           | 556677",
        "Thanks! [ ref:_00D5e2abc._5004x1YZ:ref ]      | ref:_00D5e2abc._5004x1YZ:ref",
        "[wallet.example #482910] Refund request       | 482910",
    })
    void ticketAndReferenceNumbersAreFound(String text, String expected) {
        assertThat(TicketReferences.find(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ticket received, we will answer soon",
        "Reference: your letter of Monday",
        "Showcase 2024 invitation",
        "No number here at all",
    })
    void wordsWithoutADigitAreNoReference(String text) {
        assertThat(TicketReferences.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "转账订单号 2026110122001488，至今未到账",
        "交易单号：4200001234567",
        "支付单号 P88231007",
        "商户单号 M2026-1104",
        "快递单号 SF1234567890",
        "订单编号：20261101-778",
    })
    void anOrdersOrAPaymentsNumberIsNoTicket(String text) {
        assertThat(TicketReferences.find(text)).isEmpty();
    }

    @Test
    void theTicketIsFoundAfterAnOrderNumberQuotedBeforeIt() {
        assertThat(TicketReferences.find("订单号 2026110122001488 的投诉已受理，工单号 WX20261102-8841"))
                .contains("WX20261102-8841");
        assertThat(TicketReferences.find("请提供单号 556677")).contains("556677");
    }

    @Test
    void theSubjectWinsOverTheBody() {
        assertThat(TicketReferences.find("Case #111222", "Ticket: 333444")).contains("111222");
        assertThat(TicketReferences.find("Hello", "Ticket: 333444")).contains("333444");
    }
}
