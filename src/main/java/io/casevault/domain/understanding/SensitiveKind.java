package io.casevault.domain.understanding;

/** Personal data a screenshot may show unmasked, worth covering before the picture is sent to anyone. */
public enum SensitiveKind {
    MOBILE, RESIDENT_ID, BANK_CARD, EMAIL
}
