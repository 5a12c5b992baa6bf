package io.casevault.importer.mail;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The header fields of one message or part, read from their raw bytes (mime4j turns 8-bit header bytes into U+FFFD):
 * unfolded, 8-bit bytes decoded as UTF-8 or else in the message's fallback set, encoded words made tolerable by
 * {@link EncodedWords}, and structured fields then parsed by mime4j.
 */
final class HeaderFields {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final List<Field> fields;
    private final Charset fallback;

    HeaderFields(List<Field> fields, Charset fallback) {
        this.fields = List.copyOf(fields);
        this.fallback = fallback;
    }

    boolean has(String name) {
        for (Field f : fields) {
            if (f.getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every value of the field, unfolded, 8-bit bytes decoded, encoded words left as they are. */
    List<String> raw(String name) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.getName().equalsIgnoreCase(name)) {
                values.add(rawValue(f));
            }
        }
        return values;
    }

    Optional<String> firstRaw(String name) {
        for (Field f : fields) {
            if (f.getName().equalsIgnoreCase(name)) {
                return Optional.of(rawValue(f));
            }
        }
        return Optional.empty();
    }

    /** The first value as text, encoded words decoded, whitespace collapsed. */
    Optional<String> text(String name) {
        return firstRaw(name).map(v -> BLANKS.matcher(EncodedWords.decode(v)).replaceAll(" ").strip());
    }

    /** Every mailbox in the address fields of that name (groups flattened), display names decoded. */
    List<MailAddress> addresses(String name) {
        List<MailAddress> out = new ArrayList<>();
        for (String value : raw(name)) {
            for (Address a : LenientAddressParser.DEFAULT.parseAddressList(EncodedWords.ascii(value))) {
                if (a instanceof Mailbox box) {
                    add(out, box);
                } else if (a instanceof Group group) {
                    group.getMailboxes().forEach(box -> add(out, box));
                }
            }
        }
        return out;
    }

    /** The field parsed by mime4j's lenient parser once its value is ASCII; for Content-Type and -Disposition. */
    Optional<ParsedField> parsed(String name) {
        return firstRaw(name).map(v -> LenientFieldParser.getParser()
                .parse(new RawField(name, EncodedWords.ascii(v)), DecodeMonitor.SILENT));
    }

    private static void add(List<MailAddress> out, Mailbox box) {
        String address = box.getAddress();
        if (address == null || address.isBlank() || !address.contains("@")) {
            return;
        }
        String display = box.getName() == null ? "" : EncodedWords.decode(box.getName()).strip();
        out.add(new MailAddress(address.strip(), display));
    }

    /** Whether every value of those {@code fields} whose names {@code named} accepts is ASCII or valid UTF-8. */
    static boolean readWithoutFallback(List<Field> fields, Predicate<String> named) {
        for (Field f : fields) {
            if (named.test(f.getName()) && !isAscii(f.getRaw())) {
                byte[] value = valueBytes(f);
                if (value != null && !MailCharsets.isAscii(value) && !MailCharsets.isUtf8(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the raw field is ASCII throughout (null, when mime4j kept no raw form, counts as ASCII). */
    private static boolean isAscii(ByteSequence raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.byteAt(i) < 0) {
                return false;
            }
        }
        return true;
    }

    private String rawValue(Field f) {
        byte[] value = valueBytes(f);
        if (value == null) {
            return f.getBody() == null ? "" : f.getBody();
        }
        return unfolded(MailCharsets.decodeHeader(value, fallback));
    }

    /** The value on one line: every line break removed (a fold's and any other), then stripped. */
    private static String unfolded(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The raw bytes after the field's colon; null when mime4j kept no raw form. */
    private static byte[] valueBytes(Field f) {
        byte[] raw = f.getRaw() == null ? null : f.getRaw().toByteArray();
        if (raw == null) {
            return null;
        }
        int colon = 0;
        while (colon < raw.length && raw[colon] != ':') {
            colon++;
        }
        int start = Math.min(colon + 1, raw.length);
        return Arrays.copyOfRange(raw, start, raw.length);
    }
}
