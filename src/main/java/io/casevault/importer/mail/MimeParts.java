package io.casevault.importer.mail;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * One pass of mime4j's stream parser over a message: the top-level header fields, and every leaf part with its own
 * fields, its decoded content (base64 and quoted-printable undone) and the multiparts it sits in. An attached message
 * (message/rfc822) stays one leaf holding its bytes, so it can be kept as an .eml of its own.
 */
final class MimeParts extends AbstractContentHandler {
    private static final MimeConfig CONFIG = MimeConfig.copy(MimeConfig.PERMISSIVE).setMaxContentLen(-1).build();
    /**
     * Each worker's buffer for a part's content as sent, so that a base64 attachment is decoded from it rather than
     * first copied into an array of its own; one larger than {@value #KEPT_RAW} bytes is not kept for the next part.
     */
    private static final ThreadLocal<byte[]> RAW = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
    private static final int KEPT_RAW = 4 << 20;

    /** A multipart container: its subtype ("mixed", "alternative", "related" …) and a number unique in the message. */
    record Container(String subtype, int id) {
    }

    /** A leaf: its fields, MIME type, content after transfer decoding, and the containers around it, outer first. */
    record Leaf(List<Field> fields, String mimeType, byte[] content, List<Container> containers) {
    }

    private final List<Field> messageFields = new ArrayList<>();
    private final List<Leaf> leaves = new ArrayList<>();
    private final Deque<Container> containers = new ArrayDeque<>();
    private List<Field> currentFields;
    private boolean inMessageHeader = true;
    private int nextContainer;

    private MimeParts() {
    }

    static MimeParts parse(byte[] bytes) throws IOException, MimeException {
        MimeParts parts = new MimeParts();
        MimeStreamParser parser = new MimeStreamParser(CONFIG, DecodeMonitor.SILENT, null);
        parser.setContentDecoding(false);
        parser.setNoRecurse();
        parser.setContentHandler(parts);
        parser.parse(new ByteArrayInputStream(bytes));
        return parts;
    }

    List<Field> messageFields() {
        return messageFields;
    }

    List<Leaf> leaves() {
        return leaves;
    }

    @Override
    public void startHeader() {
        currentFields = inMessageHeader ? messageFields : new ArrayList<>();
    }

    @Override
    public void field(Field field) {
        currentFields.add(field);
    }

    @Override
    public void endHeader() {
        inMessageHeader = false;
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        containers.addLast(new Container(bd.getSubType() == null ? "mixed" : bd.getSubType().toLowerCase(Locale.ROOT),
                nextContainer++));
    }

    @Override
    public void endMultipart() {
        containers.pollLast();
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        String type = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
        byte[] buffer = RAW.get();
        int length = 0;
        for (int n; (n = is.read(buffer, length, buffer.length - length)) >= 0; ) {
            length += n;
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        if (buffer.length <= KEPT_RAW) {
            RAW.set(buffer);
        }
        leaves.add(new Leaf(List.copyOf(currentFields), type, decode(bd.getTransferEncoding(), buffer, length),
                List.copyOf(containers)));
    }

    /**
     * The content without its transfer encoding, from the first {@code length} bytes of {@code raw} as sent. Base64
     * in plain lines goes through {@link Base64Lines}, other base64 through the JDK's MIME decoder (several times
     * faster on large attachments than mime4j's) and, when that refuses damaged input, through mime4j's tolerant
     * one; quoted-printable through mime4j's; anything else is as it was sent.
     */
    private static byte[] decode(String encoding, byte[] raw, int length) throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            byte[] plain = Base64Lines.decode(raw, length);
            if (plain != null) {
                return plain;
            }
            try {
                return Base64.getMimeDecoder().decode(Arrays.copyOf(raw, length));
            } catch (IllegalArgumentException damaged) {
                try (InputStream in = new Base64InputStream(new ByteArrayInputStream(raw, 0, length),
                        DecodeMonitor.SILENT)) {
                    return in.readAllBytes();
                }
            }
        }
        if (e.equals("quoted-printable")) {
            try (InputStream in = new QuotedPrintableInputStream(new ByteArrayInputStream(raw, 0, length),
                    DecodeMonitor.SILENT)) {
                return in.readAllBytes();
            }
        }
        return Arrays.copyOf(raw, length);
    }
}
