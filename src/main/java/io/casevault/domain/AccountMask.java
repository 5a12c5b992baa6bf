package io.casevault.domain;

/** Hides account numbers, phone numbers and e-mail addresses on screen and in exports. */
public final class AccountMask {
    private AccountMask() {
    }

    public static String mask(String ref) {
        if (ref == null || ref.isBlank()) {
            return "";
        }
        String r = ref.strip();
        int at = r.indexOf('@');
        if (at > 0) {
            return r.charAt(0) + "***" + r.substring(at);
        }
        int keep = r.length() <= 4 ? 1 : 4;
        int hidden = r.codePointCount(0, r.length()) - keep;
        if (hidden <= 0) {
            return "*".repeat(r.length());
        }
        return "*".repeat(hidden) + r.substring(r.offsetByCodePoints(0, hidden));
    }
}
