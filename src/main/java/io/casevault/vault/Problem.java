package io.casevault.vault;

import java.util.List;

/**
 * One thing {@code verify} found wrong. {@code kind} is stable for scripts; {@code detail} is a sentence;
 * {@code details} are what a tool (SQLite) said, verbatim, when there is more to say.
 */
public record Problem(Kind kind, String detail, List<String> details) {

    public Problem {
        details = List.copyOf(details);
    }

    public Problem(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public enum Kind {
        MISSING_BLOB("missing-blob"),
        CHANGED_BLOB("changed-blob"),
        UNREFERENCED_BLOB("unreferenced-blob"),
        UNEXPECTED_FILE("unexpected-file"),
        STAGING_LEFTOVER("staging-leftover"),
        AUDIT_CHAIN("audit-chain"),
        /** An evidence row no longer says what the audit log recorded when it was added. */
        EVIDENCE_ROW_CHANGED("evidence-row-changed"),
        DATABASE("database"),
        DATABASE_DAMAGED("database-damaged");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
