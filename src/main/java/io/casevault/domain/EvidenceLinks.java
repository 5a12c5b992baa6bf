package io.casevault.domain;

import java.util.List;

/** The transactions and follow-ups an evidence item documents. */
public record EvidenceLinks(List<Long> transactionIds, List<Long> followUpIds) {

    public static final EvidenceLinks NONE = new EvidenceLinks(List.of(), List.of());

    public EvidenceLinks {
        transactionIds = List.copyOf(transactionIds);
        followUpIds = List.copyOf(followUpIds);
    }
}
