package io.casevault.importer.mail;

import io.casevault.domain.Hashes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups messages into conversations: by Message-ID, In-Reply-To and References (and Gmail's X-GM-THRID, which a
 * Takeout export carries), and, for a message that refers to nothing (ticket systems often send their answers so),
 * by its subject without Re:/Fwd:/回复:/转发: prefixes. A thread's id is derived from its first message's id (the
 * first References entry, which replies keep), so it does not depend on the order messages arrive in and stays the
 * same when later replies are imported. Messages with the same {@link MailMessage#dedupKey()} count once.
 */
public final class MailThreads {
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(re|fw|fwd|aw|wg|sv|vs|antw|答复|答覆|回复|回覆|转发|轉寄|转寄)\\s*(\\[\\d+]|\\(\\d+\\))?\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * What threading needs of a message, so thousands can be threaded without their bodies; {@code topic} is its
     * subject as threads are matched by it (without prefixes, in lower case), made once per message.
     */
    public record Entry(String key, Optional<String> messageId, Optional<String> inReplyTo, List<String> references,
            String subject, Optional<Instant> at, Optional<String> gmailThreadId, String topic) {

        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(inReplyTo, "inReplyTo");
            references = List.copyOf(references);
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(gmailThreadId, "gmailThreadId");
            Objects.requireNonNull(topic, "topic");
        }

        public Entry(String key, Optional<String> messageId, Optional<String> inReplyTo, List<String> references,
                String subject, Optional<Instant> at, Optional<String> gmailThreadId) {
            this(key, messageId, inReplyTo, references, subject, at, gmailThreadId,
                    baseSubject(subject).toLowerCase(Locale.ROOT));
        }

        public static Entry of(MailMessage m) {
            return new Entry(m.dedupKey(), m.messageId(), m.inReplyTo(), m.references(), m.subject(),
                    m.date().map(MailDate::at), m.gmailThreadId());
        }

        boolean linked() {
            return inReplyTo.isPresent() || !references.isEmpty() || gmailThreadId.isPresent();
        }

        /** The id of the conversation's first message as this message knows it. */
        String rootCandidate() {
            return references.isEmpty() ? inReplyTo.or(() -> messageId).orElse(key) : references.get(0);
        }
    }

    /** One conversation: a stable id, the subject of its first message without prefixes, its messages by time. */
    public record MailThread(String id, String subject, List<Entry> messages) {
        public MailThread {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            messages = List.copyOf(messages);
        }
    }

    private static final Comparator<Entry> BY_TIME = Comparator
            .comparing((Entry e) -> e.at().orElse(Instant.MAX)).thenComparing(Entry::key);

    private MailThreads() {
    }

    /**
     * The threads of these messages, oldest first; messages without a time go last in their thread. (The messages are
     * put in time order first, so each thread's messages, and the threads by their first, come out in it.)
     */
    public static List<MailThread> group(Collection<Entry> messages) {
        Map<String, Entry> byKey = new HashMap<>();
        messages.forEach(e -> byKey.merge(e.key(), e, (a, b) -> BY_TIME.compare(a, b) <= 0 ? a : b));
        List<Entry> unique = new ArrayList<>(byKey.values());
        unique.sort(BY_TIME);
        String[] nodes = new String[unique.size()];
        UnionFind links = new UnionFind();
        for (int i = 0; i < nodes.length; i++) {
            Entry e = unique.get(i);
            String self = node(e);
            nodes[i] = self;
            links.add(self);
            e.inReplyTo().ifPresent(id -> links.union(self, "id:" + id));
            e.references().forEach(id -> links.union(self, "id:" + id));
            e.gmailThreadId().ifPresent(t -> links.union(self, "gm:" + t));
        }
        Map<String, Boolean> linkedRoots = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            linkedRoots.merge(links.find(nodes[i]), unique.get(i).linked(), Boolean::logicalOr);
        }
        Map<String, String> bySubject = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            String subject = unique.get(i).topic();
            if (subject.isEmpty()) {
                continue;
            }
            String root = links.find(nodes[i]);
            String other = bySubject.putIfAbsent(subject, root);
            String otherRoot = other == null ? root : links.find(other);
            boolean linked = linkedRoots.getOrDefault(root, false);
            boolean otherLinked = linkedRoots.getOrDefault(otherRoot, false);
            // two conversations that each hold replies stay apart, whatever their subjects
            if (!otherRoot.equals(root) && !(linked && otherLinked)) {
                links.union(root, otherRoot);
                linkedRoots.put(links.find(root), linked || otherLinked);
            }
        }
        Map<String, List<Entry>> threads = new LinkedHashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            threads.computeIfAbsent(links.find(nodes[i]), k -> new ArrayList<>()).add(unique.get(i));
        }
        List<MailThread> out = new ArrayList<>(threads.size());
        MessageDigest sha256 = Hashes.sha256();
        for (List<Entry> members : threads.values()) {
            out.add(new MailThread(threadId(members, sha256), baseSubject(members.get(0).subject()), members));
        }
        return out;
    }

    /**
     * The id of the thread {@code message} makes by itself: the one {@link #group} gives it when no other message
     * joins it, and the one a reply gets in its thread when every message refers to the first as the first (as mail
     * programs do).
     */
    public static String threadOf(Entry message) {
        return threadId(List.of(message), Hashes.sha256());
    }

    /** The subject without reply and forward prefixes (Re:, Fwd:, 回复:, 转发:, RE[2]: …), whitespace collapsed. */
    public static String baseSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        String before;
        do {
            before = s;
            s = PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return BLANKS.matcher(s).replaceAll(" ").strip();
    }

    private static String node(Entry e) {
        return e.messageId().map(id -> "id:" + id).orElse("key:" + e.key());
    }

    /**
     * From Gmail's thread id when there is one; else from the first message's id as the references name it (a
     * message joined only by its subject does not count, so its arrival cannot change the id); else from the
     * earliest message.
     */
    private static String threadId(List<Entry> members, MessageDigest sha256) {
        Set<String> referenced = new HashSet<>();
        String gmail = null;
        for (Entry e : members) {
            e.inReplyTo().ifPresent(referenced::add);
            referenced.addAll(e.references());
            String t = e.gmailThreadId().orElse(null);
            if (t != null && (gmail == null || t.compareTo(gmail) < 0)) {
                gmail = t;
            }
        }
        String basis;
        if (gmail != null) {
            basis = "gm:" + gmail;
        } else {
            basis = null;
            for (Entry e : members) {
                if (e.linked() || e.messageId().filter(referenced::contains).isPresent()) {
                    String candidate = e.rootCandidate();
                    if (basis == null || candidate.compareTo(basis) < 0) {
                        basis = candidate;
                    }
                }
            }
            if (basis == null) {
                basis = members.get(0).rootCandidate();
            }
        }
        return "t-" + Hashes.hex(sha256.digest(basis.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** Disjoint sets of string nodes, with path halving. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String node) {
            parent.putIfAbsent(node, node);
        }

        String find(String node) {
            add(node);
            String n = node;
            while (!parent.get(n).equals(n)) {
                parent.put(n, parent.get(parent.get(n)));
                n = parent.get(n);
            }
            return n;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                // the smaller name wins, so the result does not depend on the order of the unions
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
