package io.casevault.bench;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic mbox (the same bytes on every run) of complaint correspondence for the mail benchmark:
 * threads of a user and providers' support desks, a mix of UTF-8 and GBK (base64), quoted-printable with an HTML
 * alternative, and plain 7-bit messages, some body lines quoted as {@code >From }, and one message in ten carrying
 * one to three screenshots (PNG) or photos (JPEG).
 *
 * <p>usage: {@code GenMailbox OUT.mbox [COUNT]} (5,000 messages by default)
 */
public final class GenMailbox {
    private static final Charset GBK = Charset.forName("GBK");
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    private static final DateTimeFormatter POSTMARK = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy",
            Locale.ENGLISH);
    private static final String[] PROVIDERS = {"support@wallet.example", "kefu@pay.example", "help@bank.example"};
    private static final String[] TOPICS = {"转账未到账", "Payment failed but charged", "账户被冻结", "Refund request",
        "个人信息泄露", "Unauthorised charge", "客服不回复", "Fee dispute"};
    private static final String PARAGRAPH = "您好，我于 11 月 3 日通过贵平台向张三转账 1,250.00 元，交易号 2026110322001456789，"
            + "至今对方未收到款项，但我的账户已扣款。请尽快核实并退款，并书面说明原因。\n"
            + "Hello, on 3 November I sent 1,250.00 CNY to Zhang San; the money left my account but never arrived. "
            + "Please investigate and refund the amount, and explain in writing what happened.\n";

    private GenMailbox() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Random random = new Random(20241104);
        List<byte[]> images = images(random);
        Files.createDirectories(out.toAbsolutePath().getParent());
        List<String> threadRoots = new ArrayList<>();
        ZonedDateTime time = ZonedDateTime.of(2024, 1, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        long bytes;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                time = time.plusMinutes(5 + random.nextInt(240));
                boolean reply = !threadRoots.isEmpty() && random.nextInt(3) > 0;
                String root = reply ? threadRoots.get(random.nextInt(threadRoots.size())) : "m" + i + "@bench.example";
                if (!reply) {
                    threadRoots.add(root);
                }
                String topic = TOPICS[Math.abs(root.hashCode()) % TOPICS.length];
                boolean fromUser = random.nextBoolean();
                String provider = PROVIDERS[Math.abs(root.hashCode()) % PROVIDERS.length];
                StringBuilder head = new StringBuilder();
                head.append("From ").append(fromUser ? "me@home.example" : provider).append(' ')
                        .append(POSTMARK.format(time.withZoneSameInstant(ZoneOffset.UTC))).append('\n');
                os.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                os.write(message(i, random, time, reply, root, topic, fromUser, provider,
                        i % 10 == 0 ? images : List.of()));
                os.write('\n');
            }
        }
        bytes = Files.size(out);
        System.out.printf("wrote %s: %,d messages, %,d threads, %,d bytes%n", out, count, threadRoots.size(), bytes);
    }

    private static byte[] message(int i, Random random, ZonedDateTime time, boolean reply, String root, String topic,
            boolean fromUser, String provider, List<byte[]> images) {
        String id = "m" + i + "@bench.example";
        String from = fromUser ? "=?UTF-8?B?" + b64("张三".getBytes(StandardCharsets.UTF_8)) + "?= <me@home.example>"
                : "Support <" + provider + ">";
        String subject = (reply ? "Re: " : "") + topic + " [Case #" + (100000 + Math.abs(root.hashCode()) % 900000)
                + "]";
        StringBuilder h = new StringBuilder();
        h.append("Return-Path: <").append(fromUser ? "me@home.example" : provider).append(">\n");
        h.append("Received: from mx.example by mail.home.example; ").append(RFC.format(time.plusSeconds(7)))
                .append('\n');
        h.append("From: ").append(from).append('\n');
        h.append("To: ").append(fromUser ? provider : "me@home.example").append('\n');
        h.append("Subject: =?UTF-8?B?").append(b64(subject.getBytes(StandardCharsets.UTF_8))).append("?=\n");
        h.append("Date: ").append(RFC.format(time)).append('\n');
        h.append("Message-ID: <").append(id).append(">\n");
        if (reply) {
            h.append("In-Reply-To: <").append(root).append(">\nReferences: <").append(root).append(">\n");
        }
        h.append("MIME-Version: 1.0\n");
        String body = PARAGRAPH.repeat(1 + random.nextInt(4)) + (i % 7 == 0 ? ">From the start nothing worked.\n" : "")
                + "\n-- \n张三\n";
        int kind = random.nextInt(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String boundary = "=_b" + i;
        boolean mixed = !images.isEmpty();
        if (mixed) {
            h.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n\n--")
                    .append(boundary).append('\n');
        }
        out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        if (kind < 4) {
            text(out, "text/plain; charset=UTF-8", "base64", lines(b64(body.getBytes(StandardCharsets.UTF_8))));
        } else if (kind < 6) {
            text(out, "text/plain; charset=GB2312", "base64", lines(b64(body.getBytes(GBK))));
        } else if (kind < 8) {
            String alt = "=_a" + i;
            out.writeBytes(("Content-Type: multipart/alternative; boundary=\"" + alt + "\"\n\n--" + alt + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            text(out, "text/plain; charset=UTF-8", "quoted-printable", qp(body));
            out.writeBytes(("\n--" + alt + "\n").getBytes(StandardCharsets.US_ASCII));
            text(out, "text/html; charset=UTF-8", "quoted-printable",
                    qp("<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>"));
            out.writeBytes(("\n--" + alt + "--\n").getBytes(StandardCharsets.US_ASCII));
        } else {
            String english = body.lines().filter(l -> l.chars().allMatch(c -> c < 128)).reduce("", (a, b) -> a + b
                    + "\n");
            text(out, "text/plain; charset=us-ascii", "7bit", english);
        }
        if (mixed) {
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                byte[] image = images.get(random.nextInt(images.size()));
                boolean jpeg = image[0] == (byte) 0xFF;
                String name = (jpeg ? "photo-" : "screenshot-") + i + "-" + k + (jpeg ? ".jpg" : ".png");
                out.writeBytes(("\n--" + boundary + "\nContent-Type: " + (jpeg ? "image/jpeg" : "image/png")
                        + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\"" + name
                        + "\"\nContent-Transfer-Encoding: base64\n\n" + lines(b64(image)))
                        .getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(("\n--" + boundary + "--\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String type, String encoding, String content) {
        out.writeBytes(("Content-Type: " + type + "\nContent-Transfer-Encoding: " + encoding + "\n\n" + content)
                .getBytes(encoding.equals("7bit") ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8));
    }

    /** Sixteen distinct screenshots (PNG) and photos (JPEG) of realistic size, drawn from the seed. */
    private static List<byte[]> images(Random random) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean photo = i % 4 == 3;
            BufferedImage img = new BufferedImage(photo ? 1200 : 540, photo ? 900 : 1170, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(245, 245, 245));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (int y = 0; y < img.getHeight(); y += 60) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                g.fillRoundRect(20, y + 10, 120 + random.nextInt(380), 40, 12, 12);
            }
            if (photo) {
                for (int k = 0; k < 4000; k++) {
                    g.setColor(new Color(random.nextInt()));
                    g.fillOval(random.nextInt(1200), random.nextInt(900), 12, 12);
                }
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, photo ? "jpg" : "png", out);
            images.add(out.toByteArray());
        }
        return images;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String lines(String base64) {
        StringBuilder out = new StringBuilder(base64.length() + base64.length() / 76 + 2);
        for (int i = 0; i < base64.length(); i += 76) {
            out.append(base64, i, Math.min(base64.length(), i + 76)).append('\n');
        }
        return out.toString();
    }

    /** Quoted-printable of UTF-8 text: ASCII kept, other bytes =XX, soft line breaks at 72 columns. */
    private static String qp(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int col = 0;
            for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
                int v = b & 0xFF;
                String piece = v >= 33 && v <= 126 && v != '=' || v == ' ' ? String.valueOf((char) v)
                        : String.format("=%02X", v);
                if (col + piece.length() > 72) {
                    out.append("=\n");
                    col = 0;
                }
                out.append(piece);
                col += piece.length();
            }
            out.append('\n');
        }
        return out.toString();
    }
}
