package io.casevault.importer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;

/** Builds the raw bytes of test messages: header lines (text, or raw bytes in any charset) and a body. */
final class Mails {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final MailParser PARSER = new MailParser(SHANGHAI);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String eol;

    private Mails(String eol) {
        this.eol = eol;
    }

    static Mails message() {
        return new Mails("\r\n");
    }

    static Mails lfMessage() {
        return new Mails("\n");
    }

    /** A header line as ASCII (or UTF-8 for raw 8-bit UTF-8 headers). */
    Mails header(String line) {
        return raw(line.getBytes(StandardCharsets.UTF_8)).eol();
    }

    /** A header line "name: value" whose value is raw bytes in {@code charset} (no encoded words). */
    Mails header(String name, String value, Charset charset) {
        raw((name + ": ").getBytes(StandardCharsets.US_ASCII));
        return raw(value.getBytes(charset)).eol();
    }

    Mails line(String text) {
        return header(text);
    }

    Mails body(String text) {
        eol();
        return raw(text.replace("\n", eol).getBytes(StandardCharsets.UTF_8));
    }

    Mails raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    Mails eol() {
        return raw(eol.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    MailMessage parse() {
        return PARSER.parse(bytes(), MailOrigin.file("test.eml"));
    }

    /** A plain message with the usual headers and a UTF-8 body. */
    static Mails simple(String messageId, String subject, String body) {
        return message().header("From: Zhang San <zs@example.com>").header("To: support@wallet.example")
                .header("Subject: " + subject).header("Date: Mon, 4 Nov 2024 10:00:00 +0800")
                .header("Message-ID: <" + messageId + ">").header("MIME-Version: 1.0")
                .header("Content-Type: text/plain; charset=UTF-8").body(body);
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Base64 in 76-character lines, as mailers write bodies. */
    static String b64Lines(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    /** Quoted-printable of {@code bytes}: printable ASCII kept, everything else =XX, soft breaks at 72. */
    static String qp(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            String piece = v == '\n' ? "\n" : v == '\r' ? "" : v >= 33 && v <= 126 && v != '=' || v == ' '
                    ? String.valueOf((char) v) : String.format("=%02X", v);
            if (piece.equals("\n")) {
                out.append("\r\n");
                col = 0;
                continue;
            }
            if (col + piece.length() > 72) {
                out.append("=\r\n");
                col = 0;
            }
            out.append(piece);
            col += piece.length();
        }
        return out.toString();
    }
}
