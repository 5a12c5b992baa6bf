package io.casevault.domain;

/** The kind of problem the complaint is about. */
public enum Category {
    FUNDS_NOT_RECEIVED, PAYMENT_FAILED_CHARGED, ACCOUNT_STOLEN, PRIVACY_LEAK, POOR_SUPPORT,
    UNAUTHORISED_CHARGE, FROZEN_ACCOUNT, FEE_DISPUTE, OTHER
}
