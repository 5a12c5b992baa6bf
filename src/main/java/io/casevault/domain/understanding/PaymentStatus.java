package io.casevault.domain.understanding;

/** What a payment screen says became of the payment. */
public enum PaymentStatus {
    SUCCEEDED, FAILED, PENDING, REFUNDED
}
