package io.casevault.vault;

/** One thing {@code verify} found wrong. {@code kind} is stable for scripts; {@code detail} is a sentence. */
public record Problem(Kind kind, String detail) {

    public enum Kind {
        MISSING_BLOB("missing-blob"),
        CHANGED_BLOB("changed-blob"),
        UNREFERENCED_BLOB("unreferenced-blob"),
        UNEXPECTED_FILE("unexpected-file"),
        STAGING_LEFTOVER("staging-leftover"),
        AUDIT_CHAIN("audit-chain"),
        DATABASE("database");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
