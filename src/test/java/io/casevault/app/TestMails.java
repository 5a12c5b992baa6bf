package io.casevault.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Writes the raw text of test e-mails: headers, a UTF-8 body, and attachments as base64 parts. */
public final class TestMails {
    private final List<String> headers = new ArrayList<>();
    private final List<String[]> attachments = new ArrayList<>();
    private String body = "";

    /**
     * A progress that plays a mail program appending {@code bytes} to {@code file} when the import asks whether it is
     * cancelled for the {@code question}th time (an import asks before each message it reads, in each pass, and
     * before each file of the second pass).
     */
    static Progress appendingAt(int question, java.nio.file.Path file, byte[] bytes) {
        return new Progress() {
            private int asked;

            @Override
            public void update(long done, long total, String item) {
            }

            @Override
            public boolean isCancelled() {
                if (++asked == question) {
                    try {
                        java.nio.file.Files.write(file, bytes, java.nio.file.StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return false;
            }
        };
    }

    public static TestMails from(String from, String to, String subject, String date, String messageId) {
        TestMails m = new TestMails();
        m.headers.add("From: " + from);
        m.headers.add("To: " + to);
        m.headers.add("Subject: " + subject);
        m.headers.add("Date: " + date);
        m.headers.add("Message-ID: <" + messageId + ">");
        m.headers.add("MIME-Version: 1.0");
        return m;
    }

    /** In-Reply-To the last of {@code ids}, References all of them. */
    public TestMails replyTo(String... ids) {
        headers.add("In-Reply-To: <" + ids[ids.length - 1] + ">");
        headers.add("References: " + String.join(" ", java.util.Arrays.stream(ids).map(i -> "<" + i + ">").toList()));
        return this;
    }

    public TestMails body(String text) {
        body = text;
        return this;
    }

    public TestMails attach(String name, String mediaType, byte[] bytes) {
        attachments.add(new String[] {name, mediaType, Base64.getMimeEncoder().encodeToString(bytes)});
        return this;
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        headers.forEach(h -> s.append(h).append("\r\n"));
        String plain = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n";
        if (attachments.isEmpty()) {
            return s.append(plain).toString();
        }
        String boundary = "=-boundary-42";
        s.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        s.append("--").append(boundary).append("\r\n").append(plain);
        for (String[] a : attachments) {
            s.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(a[1]).append("; name=\"").append(a[0]).append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(a[0]).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n").append(a[2]).append("\r\n");
        }
        return s.append("--").append(boundary).append("--\r\n").toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** An mbox of these messages, each after a "From " separator line. */
    public static byte[] mbox(String... messages) {
        StringBuilder s = new StringBuilder();
        for (String m : messages) {
            s.append("From sender@example.com Mon Nov  4 10:00:00 2024\n").append(m.replace("\r\n", "\n"))
                    .append("\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
