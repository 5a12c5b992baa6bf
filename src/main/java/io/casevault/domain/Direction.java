package io.casevault.domain;

/** Which way money moved in a transaction. */
public enum Direction {
    OUT, IN, NEUTRAL
}
