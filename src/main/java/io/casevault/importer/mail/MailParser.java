package io.casevault.importer.mail;

import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one message (an .eml file, or one message of an mbox) with Apache James mime4j into a {@link MailMessage}.
 * Never fetches anything: HTML is only parsed for its text. The bytes are not changed; the message's time comes from
 * its Date header, else from the newest Received header; a Date without a zone is taken in the zone given here (the
 * user's own, as for every other time typed without an offset) and marked {@link MailDate.Source#DATE_WITHOUT_ZONE}.
 */
public final class MailParser {
    /** A header line: a field name of printable characters, then a colon (RFC 5322 §2.2). */
    private static final Pattern FIRST_LINE = Pattern.compile("^[!-9;-~]+[ \\t]*:");
    private static final Pattern ANGLED_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s,]+");

    private final ZoneId assumedZone;

    public MailParser(ZoneId assumedZone) {
        this.assumedZone = Objects.requireNonNull(assumedZone, "assumedZone");
    }

    /**
     * The message in {@code bytes}.
     *
     * @throws MailException when the bytes are not an e-mail at all, in one sentence naming {@code origin}
     */
    public MailMessage parse(byte[] bytes, MailOrigin origin) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        if (!FIRST_LINE.matcher(firstLine(bytes)).find()) {
            throw notMail(origin);
        }
        MimeParts parts;
        try {
            parts = MimeParts.parse(bytes);
        } catch (IOException | MimeException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Reason what = origin.describe();
            throw new MailException(Reason.of("mail.unreadable", capitalised(what) + " could not be read as an "
                    + "e-mail: " + detail + ".", what, detail));
        }
        Charset fallback = headerCharset(parts);
        HeaderFields h = new HeaderFields(parts.messageFields(), fallback);
        if (!h.has("From") && !h.has("Date") && !h.has("Message-ID")) {
            throw notMail(origin);
        }
        MailBodies.Content content = MailBodies.read(parts.leaves(), fallback);
        String subject = subject(h);
        List<MailAddress> from = h.addresses("From");
        if (from.isEmpty()) {
            from = h.addresses("Sender");
        }
        List<String> ownLines = BodySummary.ownLines(content.text());
        String own = String.join("\n", ownLines);
        Optional<String> id = messageId(h);
        return new MailMessage(id, inReplyTo(h), references(h), subject, from.stream().findFirst(),
                h.addresses("To"), h.addresses("Cc"), date(h), content.text(), BodySummary.summary(ownLines),
                TicketReferences.find(subject, own, content.text()), content.attachments(), gmailThreadId(h),
                id.isPresent() ? Optional.empty() : Optional.of(sha256(bytes)));
    }

    private static Optional<String> messageId(HeaderFields h) {
        return h.firstRaw("Message-ID").flatMap(MailParser::firstId);
    }

    private static Optional<String> inReplyTo(HeaderFields h) {
        return h.firstRaw("In-Reply-To").flatMap(MailParser::firstId);
    }

    private static List<String> references(HeaderFields h) {
        return ids(h.raw("References"));
    }

    private static String subject(HeaderFields h) {
        return h.text("Subject").orElse("");
    }

    private static Optional<String> gmailThreadId(HeaderFields h) {
        return h.text("X-GM-THRID").filter(s -> !s.isEmpty());
    }

    private static String sha256(byte[] bytes) {
        return Hashes.hex(Hashes.sha256().digest(bytes));
    }

    private Optional<MailDate> date(HeaderFields h) {
        Optional<MailDate> date = h.firstRaw("Date").flatMap(v -> MailDates.parse(v, assumedZone,
                MailDate.Source.DATE));
        if (date.isPresent()) {
            return date;
        }
        for (String received : h.raw("Received")) {
            Optional<MailDate> at = MailDates.parse(received.substring(received.lastIndexOf(';') + 1), assumedZone,
                    MailDate.Source.RECEIVED);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** The character set for raw 8-bit header bytes that are not UTF-8: the message's own, else GB18030. */
    private static Charset headerCharset(MimeParts parts) {
        if (HeaderFields.readWithoutFallback(parts.messageFields(), name -> true) && parts.leaves().stream()
                .allMatch(leaf -> HeaderFields.readWithoutFallback(leaf.fields(), name -> true))) {
            return MailCharsets.GB18030; // no header needs it: its Content-Types need not be read for it
        }
        List<String> labels = new ArrayList<>();
        labels.add(charsetOf(new HeaderFields(parts.messageFields(), MailCharsets.GB18030)));
        for (MimeParts.Leaf leaf : parts.leaves()) {
            labels.add(charsetOf(new HeaderFields(leaf.fields(), MailCharsets.GB18030)));
        }
        return labels.stream().map(MailCharsets::forLabel).flatMap(Optional::stream)
                .filter(cs -> !cs.equals(StandardCharsets.UTF_8) && !cs.equals(StandardCharsets.US_ASCII))
                .findFirst().orElse(MailCharsets.GB18030);
    }

    private static String charsetOf(HeaderFields fields) {
        ParsedField f = fields.parsed("Content-Type").orElse(null);
        return f instanceof ContentTypeField ct ? ct.getCharset() : null;
    }

    private static Optional<String> firstId(String value) {
        List<String> ids = ids(List.of(value));
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** Message-IDs in angle brackets; a value without brackets counts when it looks like one (has an @). */
    private static List<String> ids(List<String> values) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String value : values) {
            Matcher m = ANGLED_ID.matcher(value);
            boolean any = false;
            while (m.find()) {
                ids.add(m.group(1));
                any = true;
            }
            if (!any) {
                for (String token : ID_SEPARATORS.split(value)) {
                    if (token.contains("@")) {
                        ids.add(token);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private static String firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 1000 && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    static MailException notMail(MailOrigin origin) {
        Reason what = origin.describe();
        return new MailException(Reason.of("mail.notMail", capitalised(what)
                + " is not an e-mail: it has no From, Date or Message-ID header.", what));
    }

    static String capitalised(Reason r) {
        String s = r.english();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
