package io.casevault.domain;

/** The way a follow-up reached the provider or an authority. */
public enum Channel {
    HOTLINE, EMAIL, IN_APP_CHAT, SOCIAL_MEDIA, COMPLAINT_PLATFORM, REGULATOR, POLICE, LAWYER_COURT, LETTER, OTHER
}
