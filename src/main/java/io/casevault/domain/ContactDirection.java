package io.casevault.domain;

/** Who started a follow-up: we contacted them (OUTGOING) or they contacted us (INCOMING). */
public enum ContactDirection {
    OUTGOING, INCOMING
}
