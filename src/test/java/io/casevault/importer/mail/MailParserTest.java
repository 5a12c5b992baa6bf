package io.casevault.importer.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.casevault.importer.mail.Mails.PARSER;
import static io.casevault.importer.mail.Mails.b64;
import static io.casevault.importer.mail.Mails.b64Lines;
import static io.casevault.importer.mail.Mails.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailParserTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aPlainMessageGivesItsHeadersBodyAndDate() {
        MailMessage m = Mails.message().header("From: =?UTF-8?B?" + b64("张三".getBytes(StandardCharsets.UTF_8))
                        + "?= <ZS@Example.com>")
                .header("To: support@wallet.example, \"Li, Si\" <ls@example.com>")
                .header("Cc: =?UTF-8?Q?W=C3=A1ng?= <w@example.com>")
                .header("Subject: Transfer not received")
                .header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Message-ID: <abc.123@mail.example.com>")
                .header("In-Reply-To: <parent@x>")
                .header("References: <root@x>\r\n <parent@x>")
                .header("Content-Type: text/plain; charset=UTF-8")
                .body("Hello,\nmy transfer of 1,250 CNY never arrived.\n").parse();

        assertThat(m.from()).contains(new MailAddress("ZS@Example.com", "张三"));
        assertThat(m.to()).containsExactly(new MailAddress("support@wallet.example", ""),
                new MailAddress("ls@example.com", "Li, Si"));
        assertThat(m.cc()).containsExactly(new MailAddress("w@example.com", "Wáng"));
        assertThat(m.subject()).isEqualTo("Transfer not received");
        assertThat(m.messageId()).contains("abc.123@mail.example.com");
        assertThat(m.inReplyTo()).contains("parent@x");
        assertThat(m.references()).containsExactly("root@x", "parent@x");
        assertThat(m.date()).contains(new MailDate(Instant.parse("2024-11-04T02:00:00Z"), ZoneOffset.ofHours(8),
                MailDate.Source.DATE));
        assertThat(m.text()).isEqualTo("Hello,\nmy transfer of 1,250 CNY never arrived.");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.dedupKey()).isEqualTo("message-id:abc.123@mail.example.com");
    }

    /** Body text in each charset and transfer encoding mailers use; GB2312 labels carry GBK-only characters. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "UTF-8        | base64           | 您好，工单号 A-1 的退款何时到账？€",
        "UTF-8        | quoted-printable | 您好，工单号 A-1 的退款何时到账？€",
        "UTF-8        | 8bit             | 您好，工单号 A-1 的退款何时到账？€",
        "gb2312       | base64           | 您好，朱镕基与陶喆的退款何时到账？",
        "GB2312       | quoted-printable | 您好，朱镕基与陶喆的退款何时到账？",
        "gbk          | 8bit             | 您好，退款何时到账？",
        "GB18030      | base64           | 您好，退款何时到账？𠀀",
        "Big5         | base64           | 您好，退款何時到賬？",
        "big5         | quoted-printable | 您好，退款何時到賬？",
        "ISO-8859-1   | quoted-printable | Grüße aus Köln, ça va?",
        "iso-8859-2   | 8bit             | Zażółć gęślą jaźń",
        "ISO-8859-15  | base64           | Preis: 12 € netto",
        "ISO-8859-5   | quoted-printable | Добрый день",
        "windows-1250 | quoted-printable | Příliš žluťoučký kůň",
        "windows-1251 | base64           | Добрый день, жалоба",
        "windows-1252 | quoted-printable | Café – “quoted” — ‘single’ …",
        "windows-1252 | 8bit             | naïve façade",
    })
    void bodiesAreDecodedInTheirCharsetAndTransferEncoding(String label, String encoding, String text) {
        Charset cs = MailCharsets.forLabel(label).orElseThrow();
        byte[] bytes = text.getBytes(cs);
        String body = switch (encoding) {
            case "base64" -> b64Lines(bytes);
            case "quoted-printable" -> Mails.qp(bytes);
            default -> null;
        };
        Mails mail = message().header("From: a@example.com").header("Subject: x")
                .header("Date: Mon, 4 Nov 2024 10:00:00 +0800").header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=\"" + label + "\"")
                .header("Content-Transfer-Encoding: " + encoding);
        mail = body == null ? mail.eol().raw(bytes) : mail.body(body);

        assertThat(mail.parse().text()).isEqualTo(text);
    }

    @Test
    void damagedBase64IsDecodedAsFarAsItGoes() {
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: text/plain; charset=utf-8").header("Content-Transfer-Encoding: base64")
                .body("5oqV6K+J5bel\n5Y2V!Q\n").parse();

        assertThat(m.text()).isEqualTo("投诉工单");
    }

    @Test
    void anUndeclaredEightBitGbkBodyIsRecognised() {
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .eol().raw("尊敬的客户，您的投诉已受理，受理号为 SL20241104001。请耐心等待处理结果。".getBytes(GBK)).parse();

        assertThat(m.text()).startsWith("尊敬的客户，您的投诉已受理");
        assertThat(m.reference()).contains("SL20241104001");
    }

    /** Encoded words as real mailers write them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "well-formed UTF-8 B       | =?UTF-8?B?5oqV6K+J5bel5Y2V?=                                   | 投诉工单",
        "GB2312 label, GBK bytes   | =?gb2312?B?1uzpRrv5?=                                           | 朱镕基",
        "Q in GBK                  | =?GBK?Q?=CD=B6=CB=DF_abc?=                                     | 投诉 abc",
        "split UTF-8 character     | =?UTF-8?B?5oqV6K8=?= =?UTF-8?B?ieW3peWNlQ==?=                  | 投诉工单",
        "split across a fold       | =?UTF-8?B?5oqV6K+J5Q==?=<fold>=?UTF-8?B?t6XljZU=?=               | 投诉工单",
        "split GBK character       | =?gb2312?Q?=CD=B6=CB?= =?gb2312?Q?=DF?=                          | 投诉",
        "space inside the word     | =?UTF-8?B?5oqV6K+J 5bel5Y2V?=                                  | 投诉工单",
        "missing ?= at the end     | =?UTF-8?B?5oqV6K+J5bel5Y2V                                     | 投诉工单",
        "missing ?= before a word  | =?UTF-8?B?5oqV6K+J =?UTF-8?B?5bel5Y2V?=                         | 投诉工单",
        "lower-case b and q        | =?utf-8?b?5oqV6K+J?= =?utf-8?q?=E5=B7=A5=E5=8D=95?=             | 投诉工单",
        "text around the words     | Re: =?UTF-8?B?5oqV6K+J?= 12 =?UTF-8?B?5bel5Y2V?= (urgent) | Re: 投诉 12 工单 (urgent)",
        "Big5                      | =?big5?B?p+u2RA==?=                                             | 投訴",
        "unknown charset label     | =?x-unknown?B?5oqV6K+J?=                                        | 投诉",
        "language suffix (2231)    | =?UTF-8*zh?B?5oqV6K+J?=                                         | 投诉",
    })
    void encodedWordsAreDecodedAlsoWhenMalformed(String what, String subject, String expected) {
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Subject: " + subject.replace("<fold>", "\r\n ")).body("x").parse();

        assertThat(m.subject()).as(what).isEqualTo(expected);
    }

    @Test
    void rawEightBitHeadersAreReadAsUtf8OrElseGbk() {
        MailMessage gbk = message().header("From", "张三 <zs@qq.example>", GBK)
                .header("Subject", "关于转账未到账的投诉", GBK).header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: text/plain; charset=GBK").eol().raw("正文".getBytes(GBK)).parse();
        MailMessage utf8 = message().header("From: 李四 <ls@example.com>").header("Subject: 退款进度")
                .header("Date: Mon, 4 Nov 2024 10:00:00 +0800").body("x").parse();

        assertThat(gbk.subject()).isEqualTo("关于转账未到账的投诉");
        assertThat(gbk.from()).contains(new MailAddress("zs@qq.example", "张三"));
        assertThat(gbk.text()).isEqualTo("正文");
        assertThat(utf8.subject()).isEqualTo("退款进度");
        assertThat(utf8.from()).contains(new MailAddress("ls@example.com", "李四"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"王五, 客服\" <ww@example.com>, 赵六<zl@example.com> | 王五, 客服 | 赵六",
        "=?GBK?B?zfXO5Q==?= <ww@example.com>, \"=?utf-8?B?6LW15YWt?=\" <zl@example.com> | 王五 | 赵六",
    })
    void displayNamesInQuotesOrTouchingTheAddressAreRead(String to, String first, String second) {
        MailMessage m = message().header("From: a@example.com").header("To", to, GBK).body("x").parse();

        assertThat(m.to()).containsExactly(new MailAddress("ww@example.com", first),
                new MailAddress("zl@example.com", second));
    }

    @Test
    void aQqLikeGbkMessageWithBase64BodyReadsInChinese() {
        String html = "<div>您好：</div><div>您的投诉（投诉编号：TS-2024-118834）已转交相关部门处理。</div>"
                + "<div><br></div><div>支付宝客服</div>";
        byte[] bytes = message().header("From: \"=?gb2312?B?" + b64("支付宝客服".getBytes(GBK)) + "?=\" <kefu@163.example>")
                .header("To: \"=?gb2312?B?" + b64("用户".getBytes(GBK)) + "?=\" <me@example.com>")
                .header("Subject: =?gb2312?B?" + b64("回复：转账未到账".getBytes(GBK)) + "?=")
                .header("Date: Tue, 5 Nov 2024 09:30:00 +0800").header("Message-ID: <tencent_1A2B@qq.example>")
                .header("X-Mailer: QQMail 2.x").header("MIME-Version: 1.0")
                .header("Content-Type: multipart/alternative; boundary=\"----=_NextPart_5A_1\"").eol()
                .line("------=_NextPart_5A_1")
                .header("Content-Type: text/html; charset=\"gb2312\"").header("Content-Transfer-Encoding: base64")
                .eol().line(b64Lines(html.getBytes(GBK))).eol()
                .line("------=_NextPart_5A_1--").bytes();

        MailMessage m = PARSER.parse(bytes, MailOrigin.file("reply.eml"));

        assertThat(m.subject()).isEqualTo("回复：转账未到账");
        assertThat(m.from()).contains(new MailAddress("kefu@163.example", "支付宝客服"));
        assertThat(m.to()).containsExactly(new MailAddress("me@example.com", "用户"));
        assertThat(m.text()).isEqualTo("您好：\n您的投诉（投诉编号：TS-2024-118834）已转交相关部门处理。\n\n支付宝客服");
        assertThat(m.reference()).contains("TS-2024-118834");
        assertThat(m.summary()).startsWith("您好：\n您的投诉");
    }

    @Test
    void anHtmlOnlyBodyBecomesTextWithoutScriptsImagesOrStyles() {
        String html = "<html><head><title>T</title><style>p{color:red}</style>"
                + "<script>alert('x')</script></head><body><p>Dear customer,</p>"
                + "<p>Your case <b>#88231</b> is being investigated.<br>We reply within 7 days.</p>"
                + "<img src=\"https://tracker.example/pixel.gif\" alt=\"tracking\">"
                + "<p>See <a href=\"https://help.example/faq\">our help pages</a>.</p>"
                + "<blockquote><p>my original complaint</p></blockquote></body></html>";
        MailMessage m = message().header("From: support@wallet.example").header("Subject: Your complaint")
                .header("Date: Tue, 5 Nov 2024 09:30:00 +0000").header("Content-Type: text/html; charset=utf-8")
                .body(html).parse();

        assertThat(m.text()).isEqualTo("Dear customer,\nYour case #88231 is being investigated.\n"
                + "We reply within 7 days.\nSee our help pages.\n> my original complaint");
        assertThat(m.text()).doesNotContain("alert", "color", "tracker", "https://");
        assertThat(m.summary()).doesNotContain("my original complaint");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.reference()).contains("88231");
    }

    @Test
    void attachmentNamesInRfc2231AndRfc2047AndRawGbkAreDecoded() throws IOException {
        byte[] pdf = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
        Mails mail = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: multipart/mixed; boundary=B").eol()
                .line("--B").header("Content-Type: text/plain; charset=utf-8").body("see attached\n")
                .line("--B").header("Content-Type: application/pdf")
                .header("Content-Disposition: attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf")
                .header("Content-Transfer-Encoding: base64").eol().line(b64(pdf))
                .line("--B").header("Content-Type: application/pdf")
                .header("Content-Disposition: attachment;\r\n filename*0*=utf-8''%E8%BD%AC%E8%B4%A6;\r\n"
                        + " filename*1*=%E8%AE%B0%E5%BD%95.pdf").eol().line("x")
                .line("--B").header("Content-Type: image/png; name=\"=?GBK?B?" + b64("截图.png".getBytes(GBK)) + "?=\"")
                .header("Content-Disposition: attachment; filename=\"=?GBK?B?" + b64("截图.png".getBytes(GBK)) + "?=\"")
                .eol().line("png")
                .line("--B").header("Content-Type: application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"回执单.txt\"", GBK).eol().line("r")
                .line("--B").header("Content-Type: application/pdf")
                .header("Content-Disposition: attachment; filename=\"C:\\\\Users\\\\me\\\\证明.pdf\"").eol().line("y")
                .line("--B").header("Content-Type: image/jpeg").header("Content-Disposition: attachment")
                .eol().line("z")
                .line("--B--");

        MailMessage m = mail.parse();

        assertThat(m.attachments()).extracting(MailAttachment::fileName).containsExactly("发票.pdf", "转账记录.pdf",
                "截图.png", "回执单.txt", "证明.pdf", "attachment-7.jpg");
        MailAttachment invoice = m.attachments().get(0);
        assertThat(invoice.mediaType()).isEqualTo("application/pdf");
        assertThat(invoice.size()).isEqualTo(pdf.length);
        assertThat(invoice.open().readAllBytes()).isEqualTo(pdf);
        assertThat(invoice.inline()).isFalse();
        assertThat(m.text()).isEqualTo("see attached");
    }

    @Test
    void inlineImagesOfARelatedHtmlBodyAreAttachmentsMarkedInline() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: multipart/related; boundary=R; type=\"multipart/alternative\"").eol()
                .line("--R").header("Content-Type: multipart/alternative; boundary=A").eol()
                .line("--A").header("Content-Type: text/plain; charset=utf-8").body("The screenshot:\n[image]\n")
                .line("--A").header("Content-Type: text/html; charset=utf-8")
                .body("<p>The screenshot:</p><img src=\"cid:shot1@x\">\n").line("--A--")
                .line("--R").header("Content-Type: image/png").header("Content-ID: <shot1@x>")
                .header("Content-Transfer-Encoding: base64").eol().line(b64(png))
                .line("--R--").parse();

        assertThat(m.text()).isEqualTo("The screenshot:\n[image]");
        assertThat(m.attachments()).hasSize(1);
        MailAttachment image = m.attachments().get(0);
        assertThat(image.inline()).isTrue();
        assertThat(image.contentId()).contains("shot1@x");
        assertThat(image.fileName()).isEqualTo("attachment-3.png");
        assertThat(image.open().readAllBytes()).isEqualTo(png);
    }

    @Test
    void namedInlineTextPartsAreTheBodyWhenNothingElseIs() {
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: multipart/mixed; boundary=N").eol()
                .line("--N").header("Content-Type: text/plain").header("Content-Disposition: inline; filename=msg.txt")
                .body("the words\n")
                .line("--N").header("Content-Type: text/plain")
                .header("Content-Disposition: attachment; filename=b.txt")
                .body("not the words\n").line("--N--").parse();

        assertThat(m.text()).isEqualTo("the words");
        assertThat(m.attachments()).extracting(MailAttachment::fileName).containsExactly("msg.txt", "b.txt");
    }

    @Test
    void anAttachedMessageIsKeptAsAnEmlOfItsOwn() throws IOException {
        String inner = "From: b@example.com\r\nSubject: original\r\n\r\nthe original text";
        MailMessage m = message().header("From: a@example.com").header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Content-Type: multipart/mixed; boundary=M").eol()
                .line("--M").header("Content-Type: text/plain").body("forwarding\n")
                .line("--M").header("Content-Type: message/rfc822").eol().raw(inner.getBytes(StandardCharsets.US_ASCII))
                .eol().line("--M--").parse();

        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.mediaType()).isEqualTo("message/rfc822");
            assertThat(a.fileName()).endsWith(".eml");
            assertThat(new String(a.open().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(inner);
        });
        assertThat(m.text()).isEqualTo("forwarding");
    }

    @Test
    void withoutDateTheNewestReceivedHeaderGivesTheTime() {
        MailMessage m = message()
                .header("Received: from mx.example (mx.example [10.0.0.1])\r\n\tby mail.me.example with ESMTPS id 42;"
                        + "\r\n\tTue, 05 Nov 2024 09:31:07 +0800 (CST)")
                .header("Received: from client by mx.example; Tue, 05 Nov 2024 01:30:58 +0000")
                .header("From: a@example.com").header("Subject: no date").body("x").parse();

        assertThat(m.date()).contains(new MailDate(Instant.parse("2024-11-05T01:31:07Z"), ZoneOffset.ofHours(8),
                MailDate.Source.RECEIVED));
    }

    @Test
    void withoutDateOrReceivedThereIsNoTime() {
        MailMessage m = message().header("From: a@example.com").header("Subject: draft").body("x").parse();

        assertThat(m.date()).isEmpty();
        assertThat(m.messageId()).isEmpty();
        assertThat(m.dedupKey()).isEqualTo("sha256:" + m.sha256().orElseThrow()).hasSize(7 + 64);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mon, 4 Nov 2024 10:00:00           | 2024-11-04T02:00:00Z | DATE_WITHOUT_ZONE",
        "4 Nov 2024 10:00                   | 2024-11-04T02:00:00Z | DATE_WITHOUT_ZONE",
        "2024-11-04 10:00:00                | 2024-11-04T02:00:00Z | DATE_WITHOUT_ZONE",
        "Mon Nov  4 10:00:00 2024           | 2024-11-04T02:00:00Z | DATE_WITHOUT_ZONE",
        "Mon, 04 Nov 2024 10:00:00 +0800 (CST) | 2024-11-04T02:00:00Z | DATE",
        "Mon, 4 Nov 24 10:00:00 GMT         | 2024-11-04T10:00:00Z | DATE",
        "Mon, 4 Nov 2024 10:00:00 EST       | 2024-11-04T15:00:00Z | DATE",
        "Mon, 4 Nov 2024 10:00:00 -0000     | 2024-11-04T10:00:00Z | DATE",
        "2024-11-04T10:00:00+08:00          | 2024-11-04T02:00:00Z | DATE",
    })
    void datesWithAndWithoutZoneAreRead(String header, String instant, MailDate.Source source) {
        MailMessage m = message().header("From: a@example.com").header("Date: " + header).body("x").parse();

        assertThat(m.date()).hasValueSatisfying(d -> {
            assertThat(d.at()).isEqualTo(Instant.parse(instant));
            assertThat(d.source()).isEqualTo(source);
        });
    }

    @Test
    void aFileThatIsNotMailIsRefusedInOneSentence() {
        byte[] notes = "Call the bank on Monday.\nAsk about the refund.\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] headerish = "Title: notes\nAuthor: me\n\ntext\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PARSER.parse(notes, MailOrigin.file("notes.txt"))).isInstanceOf(MailException.class)
                .hasMessage("'notes.txt' is not an e-mail: it has no From, Date or Message-ID header.");
        assertThatThrownBy(() -> PARSER.parse(png, MailOrigin.file("shot.png")))
                .hasMessage("'shot.png' is not an e-mail: it has no From, Date or Message-ID header.");
        assertThatThrownBy(() -> PARSER.parse(headerish, new MailOrigin("inbox.mbox", 3)))
                .hasMessage("Message 3 of 'inbox.mbox' is not an e-mail: it has no From, Date or Message-ID header.");
    }
}
