package io.casevault.importer.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The text of an HTML body, with line breaks where the page would break lines. jsoup only parses the string it is
 * given: nothing is fetched (no connection is ever made), scripts, styles and images are dropped, links keep only
 * their text.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer", "dd", "dt");
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "img", "object", "embed",
            "iframe", "noscript", "template", "svg");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(String.join(",", DROPPED)).remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText().replaceAll("[\\s\u00A0]+", " ");
                    if (t.isBlank() && endsWithSpace(out)) {
                        return;
                    }
                    if (!t.isBlank() && atLineStart(out) && text.parent() != null
                            && text.parent().closest("blockquote") != null) {
                        out.append("> "); // quoted history, marked as plain-text mail marks it
                    }
                    out.append(t);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))
                        && !endsWithSpace(out)) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        });
        return out.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean atLineStart(StringBuilder out) {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private static boolean endsWithSpace(StringBuilder out) {
        return out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
