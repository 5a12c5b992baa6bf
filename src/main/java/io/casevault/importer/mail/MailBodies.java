package io.casevault.importer.mail;

import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentIdField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a message's leaf parts into its text and its attachments. A text/plain or text/html part without a file
 * name is body text; of the renditions in one {@code multipart/alternative} the plain text is kept, the HTML only
 * when there is no plain one (converted by {@link HtmlText}); when there is none of these, named inline text parts
 * give the text (and stay attachments). Every other part is an attachment, the inline images of
 * a {@code multipart/related} HTML body included.
 */
final class MailBodies {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"), Map.entry("image/jpg", "jpg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("image/bmp", "bmp"), Map.entry("application/pdf", "pdf"),
            Map.entry("message/rfc822", "eml"), Map.entry("text/plain", "txt"), Map.entry("text/html", "html"),
            Map.entry("text/calendar", "ics"), Map.entry("application/zip", "zip"));

    private static final Pattern ANGLES = Pattern.compile("^\\s*<|>\\s*$");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}]");

    /** The body text and the attachments, in the order of the message. */
    record Content(String text, List<MailAttachment> attachments) {
    }

    /** One rendition of a body: an HTML one is converted to text only when it is the one kept. */
    private record Rendition(String mimeType, String decoded) {
        String text() {
            String plain = mimeType.equals("text/html") ? HtmlText.toText(decoded) : decoded;
            return plain.replace("\r\n", "\n").strip();
        }
    }

    private MailBodies() {
    }

    static Content read(List<MimeParts.Leaf> leaves, Charset headerFallback) {
        Map<Integer, List<Rendition>> groups = new LinkedHashMap<>();
        List<MailAttachment> attachments = new ArrayList<>();
        List<String> inlineTexts = new ArrayList<>();
        int index = 0;
        for (MimeParts.Leaf leaf : leaves) {
            index++;
            HeaderFields fields = new HeaderFields(leaf.fields(), headerFallback);
            ContentTypeField type = parsed(fields, "Content-Type", ContentTypeField.class);
            ContentDispositionField disposition = parsed(fields, "Content-Disposition",
                    ContentDispositionField.class);
            String name = fileName(type, disposition);
            boolean text = leaf.mimeType().equals("text/plain") || leaf.mimeType().equals("text/html");
            boolean attached = disposition != null && disposition.isAttachment();
            if (text && name == null && !attached) {
                String charset = type == null ? null : type.getCharset();
                groups.computeIfAbsent(alternativeOf(leaf, index), k -> new ArrayList<>())
                        .add(new Rendition(leaf.mimeType(), MailCharsets.decode(leaf.content(), charset)));
                continue;
            }
            ContentIdField cid = parsed(fields, "Content-ID", ContentIdField.class);
            String contentId = cid == null || cid.getId() == null ? null
                    : ANGLES.matcher(cid.getId()).replaceAll("").strip();
            boolean related = leaf.containers().stream().anyMatch(c -> c.subtype().equals("related"));
            boolean inline = !attached
                    && (disposition != null && disposition.isInline() || related && contentId != null);
            if (leaf.mimeType().equals("text/plain") && !attached) {
                inlineTexts.add(MailCharsets.decode(leaf.content(), type == null ? null : type.getCharset()));
            }
            String fileName = name != null ? name : "attachment-" + index + "." + EXTENSIONS.getOrDefault(
                    leaf.mimeType(), "bin");
            attachments.add(new MailAttachment(fileName, leaf.mimeType(), inline, contentId, leaf.content()));
        }
        List<String> texts = new ArrayList<>();
        for (List<Rendition> group : groups.values()) {
            String chosen = group.stream().filter(r -> r.mimeType().equals("text/plain")).findFirst()
                    .orElse(group.get(0)).text();
            if (!chosen.isEmpty()) {
                texts.add(chosen);
            }
        }
        if (texts.isEmpty()) {
            // some mailers (Apple Mail, XEmacs VM) name their inline text parts: with no other text, they are the body
            inlineTexts.stream().map(t -> t.replace("\r\n", "\n").strip()).filter(t -> !t.isEmpty())
                    .forEach(texts::add);
        }
        return new Content(String.join("\n\n", texts), attachments);
    }

    /** The innermost multipart/alternative around the leaf, or a group of its own. */
    private static int alternativeOf(MimeParts.Leaf leaf, int index) {
        for (int i = leaf.containers().size() - 1; i >= 0; i--) {
            MimeParts.Container c = leaf.containers().get(i);
            if (c.subtype().equals("alternative")) {
                return c.id();
            }
        }
        return -index;
    }

    /** The file name the sender gave (RFC 2231 or RFC 2047 decoded), without any folder part; null when none. */
    private static String fileName(ContentTypeField type, ContentDispositionField disposition) {
        String name = disposition == null ? null : disposition.getFilename();
        if ((name == null || name.isBlank()) && type != null) {
            name = type.getParameter("name");
        }
        if (name == null) {
            return null;
        }
        if (name.contains("=?")) {
            name = EncodedWords.decode(name);
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .transform(n -> CONTROLS.matcher(n).replaceAll("")).strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    private static <T> T parsed(HeaderFields fields, String name, Class<T> kind) {
        ParsedField f = fields.parsed(name).orElse(null);
        return kind.isInstance(f) ? kind.cast(f) : null;
    }
}
