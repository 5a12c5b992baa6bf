package io.casevault.importer.mail;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a well-formed message into the same header fields and leaf parts as mime4j's stream parser (as
 * {@link MimeParts} runs it), by finding line breaks and boundary lines in the message's bytes directly instead of
 * reading them through mime4j's layers of line-reading streams; the fields are still made by mime4j's own field
 * parser. Only the forms whose reading is plain are split here: every header ends in an empty line, every field is
 * valid, a multipart has a boundary, ends with its closing delimiter, and its boundary text occurs only at the start
 * of delimiter lines ({@code --boundary} then a line break, or {@code --} and anything). For anything else it gives
 * null and the caller lets mime4j read the message, so what a message reads as does not depend on which one did.
 */
final class MimeSplitter {
    /** The characters of a field name (RFC 5322: printable ASCII but the colon), as mime4j accepts them. */
    private static final boolean[] NAME_CHARS = new boolean[128];

    static {
        for (int c = 33; c <= 126; c++) {
            NAME_CHARS[c] = c != ':';
        }
    }

    private final byte[] bytes;
    private final List<Body> bodies = new ArrayList<>();
    private final List<MimeParts.Container> containers = new ArrayList<>();
    private List<Field> messageFields;
    private int nextContainer;

    private MimeSplitter(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The message's fields and leaves (their content decoded by {@link MimeParts#decode}) as mime4j gives them, or
     * null when the message is not plainly formed.
     */
    static Parts split(byte[] bytes) throws IOException {
        MimeSplitter s = new MimeSplitter(bytes);
        if (!s.entity(0, bytes.length, null)) {
            return null;
        }
        List<MimeParts.Leaf> leaves = new ArrayList<>(s.bodies.size());
        for (Body b : s.bodies) {
            leaves.add(new MimeParts.Leaf(b.fields(), b.mimeType(),
                    MimeParts.decode(b.transferEncoding(), Arrays.copyOfRange(bytes, b.start(), b.end())),
                    b.containers()));
        }
        return new Parts(s.messageFields, leaves);
    }

    /** The top-level header fields, or null when the header is not plainly formed. */
    static List<Field> header(byte[] bytes) {
        List<Field> fields = new ArrayList<>();
        return readHeader(bytes, 0, bytes.length, fields) < 0 ? null : fields;
    }

    record Parts(List<Field> messageFields, List<MimeParts.Leaf> leaves) {
    }

    /** A leaf part found, not decoded yet. */
    private record Body(List<Field> fields, String mimeType, int start, int end, List<MimeParts.Container> containers,
            String transferEncoding) {
    }

    /** The body's media type, boundary and transfer encoding, worked out from the fields as mime4j does. */
    private record Description(String mimeType, String subType, String boundary, String transferEncoding) {
    }

    /** One entity (the message, or a part) from {@code start} to {@code end}; false when it is not plainly formed. */
    private boolean entity(int start, int end, String parentMimeType) {
        List<Field> fields = new ArrayList<>();
        int body = readHeader(bytes, start, end, fields);
        if (body < 0) {
            return false;
        }
        if (messageFields == null) {
            messageFields = fields;
        }
        Description d = describe(fields, parentMimeType);
        if (!d.mimeType().startsWith("multipart/")) {
            bodies.add(new Body(List.copyOf(fields), d.mimeType(), body, end, List.copyOf(containers),
                    d.transferEncoding()));
            return true;
        }
        if (!plainBoundary(d.boundary())) {
            return false;
        }
        containers.add(new MimeParts.Container(d.subType() == null ? "mixed" : d.subType(), nextContainer++));
        boolean plain = multipart(body, end, d);
        containers.remove(containers.size() - 1);
        return plain;
    }

    /** A boundary as RFC 2046 allows it (1 to 70 ASCII characters); mime4j is left any other. */
    private static boolean plainBoundary(String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            return false;
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            if (c <= ' ' || c >= 127) {
                return false;
            }
        }
        return true;
    }

    /** The parts between the delimiter lines of {@code --boundary}; the preamble and the epilogue are dropped. */
    private boolean multipart(int start, int end, Description d) {
        byte[] delimiter = ("--" + d.boundary()).getBytes(StandardCharsets.ISO_8859_1);
        int partStart = -1;
        int at = indexOf(delimiter, start, end);
        while (at >= 0) {
            if (at != start && bytes[at - 1] != '\n') {
                return false; // inside a line: mime4j may or may not take it, depending on where its buffer stands
            }
            int after = at + delimiter.length;
            boolean last = after + 1 < end && bytes[after] == '-' && bytes[after + 1] == '-';
            int lineEnd = after;
            if (!last) {
                if (after < end && bytes[after] == '\r' && after + 1 < end && bytes[after + 1] == '\n') {
                    lineEnd = after + 2;
                } else if (after < end && bytes[after] == '\n') {
                    lineEnd = after + 1;
                } else {
                    return false; // trailing blanks, text, or the end right after it
                }
            }
            if (partStart >= 0) {
                int partEnd = at;
                int length = partEnd - partStart;
                if (length > 0 && bytes[partEnd - 1] == '\n') {
                    partEnd--;
                }
                if (length > 1 && bytes[partEnd - 1] == '\r') {
                    partEnd--;
                }
                if (!entity(partStart, partEnd, d.mimeType())) {
                    return false;
                }
            }
            if (last) {
                return true;
            }
            partStart = lineEnd;
            at = indexOf(delimiter, lineEnd, end);
        }
        return false; // no closing delimiter
    }

    /**
     * Reads the fields from {@code start} into {@code fields}, each made by mime4j's field parser from its raw lines
     * (the last line break left off); the offset of the body after the empty line, or -1 when the header does not
     * end in one, starts with a folded line, or holds a line that is not a valid field.
     */
    private static int readHeader(byte[] bytes, int start, int end, List<Field> fields) {
        if (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
            return -1;
        }
        int fieldStart = -1;
        int i = start;
        while (i < end) {
            int next = lineEnd(bytes, i, end);
            boolean blank = next - i == 1 && bytes[i] == '\n' || next - i == 2 && bytes[i] == '\r'
                    && bytes[i + 1] == '\n';
            boolean folded = !blank && (bytes[i] == ' ' || bytes[i] == '\t');
            if (!folded && fieldStart >= 0) {
                if (!field(bytes, fieldStart, i, fields)) {
                    return -1;
                }
                fieldStart = -1;
            }
            if (blank) {
                return next;
            }
            if (!folded) {
                fieldStart = i;
            }
            i = next;
        }
        return -1; // the header runs to the end
    }

    private static boolean field(byte[] bytes, int start, int end, List<Field> fields) {
        int length = end - start;
        if (bytes[end - 1] == '\n') {
            length--;
        }
        if (length > 0 && bytes[start + length - 1] == '\r') {
            length--;
        }
        RawField field;
        try {
            field = RawFieldParser.DEFAULT.parseField(new ByteArrayBuffer(
                    Arrays.copyOfRange(bytes, start, start + length), true));
        } catch (MimeException e) {
            return false;
        }
        String name = field.getName();
        if (name.isEmpty()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c >= 128 || !NAME_CHARS[c]) {
                return false;
            }
        }
        fields.add(field);
        return true;
    }

    /** As mime4j's fallback body descriptor: the first valid Content-Type, text/plain (in a digest message/rfc822). */
    private static Description describe(List<Field> fields, String parentMimeType) {
        String mimeType = null;
        String subType = null;
        String boundary = null;
        String transferEncoding = null;
        for (Field f : fields) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.equals("content-transfer-encoding") && transferEncoding == null) {
                String value = f.getBody() == null ? "" : f.getBody().trim().toLowerCase(Locale.US);
                transferEncoding = value.isEmpty() ? null : value;
            } else if (name.equals("content-type") && mimeType == null) {
                RawBody body = RawFieldParser.DEFAULT.parseRawBody((RawField) f);
                String main = body.getValue();
                String b = null;
                for (NameValuePair p : body.getParams()) {
                    if (p.getName().toLowerCase(Locale.US).equals("boundary")) {
                        b = p.getValue(); // the last one wins, as in mime4j's map of the parameters
                    }
                }
                String type = null;
                String sub = null;
                if (main != null) {
                    main = main.toLowerCase().trim();
                    int slash = main.indexOf('/');
                    if (slash >= 0) {
                        type = main.substring(0, slash).trim();
                        sub = main.substring(slash + 1).trim();
                    }
                    main = type != null && !type.isEmpty() && !sub.isEmpty() ? type + "/" + sub : null;
                    sub = main == null ? null : sub;
                }
                boolean multipart = main != null && main.startsWith("multipart/");
                if (!multipart || b != null) {
                    mimeType = main;
                    subType = sub;
                }
                if (mimeType != null && mimeType.startsWith("multipart/")) {
                    boundary = b;
                }
            }
        }
        if (mimeType == null) {
            boolean digest = "multipart/digest".equalsIgnoreCase(parentMimeType);
            mimeType = digest ? "message/rfc822" : "text/plain";
            subType = digest ? "rfc822" : "plain";
        }
        return new Description(mimeType, subType, boundary, transferEncoding == null ? "7bit" : transferEncoding);
    }

    /** The offset after the line break of the line at {@code from}, or {@code end}. */
    private static int lineEnd(byte[] bytes, int from, int end) {
        int i = ByteScan.indexOf(bytes, (byte) '\n', from, end);
        return i < 0 ? end : i + 1;
    }

    private int indexOf(byte[] what, int from, int end) {
        int last = end - what.length;
        for (int i = ByteScan.indexOf(bytes, what[0], from, end); i >= 0 && i <= last;
                i = ByteScan.indexOf(bytes, what[0], i + 1, end)) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
