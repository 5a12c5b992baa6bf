package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.vault.FollowUpRepository;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.util.Objects;

/**
 * The complaint-form helper: a case's complaint as the fields of a web form, the description cut to the number of
 * characters the user's form allows (see {@link FormTextCutter}). Reads only.
 */
public final class FormTextService {
    private final Vault vault;
    private final CaseService cases;
    private final TransactionRepository transactions;
    private final FollowUpRepository followUps;

    public FormTextService(Vault vault, CaseService cases, TransactionRepository transactions,
                           FollowUpRepository followUps) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.transactions = Objects.requireNonNull(transactions);
        this.followUps = Objects.requireNonNull(followUps);
    }

    /**
     * The form text of a case in a language; {@code limit} is the description's limit in characters (code points),
     * or null for the whole text.
     */
    public FormText formText(long caseId, ExportOptions.Language language, Integer limit) {
        checkLimit(limit);
        GuidanceTexts t = GuidanceTexts.of(language);
        return vault.read(h -> {
            Case c = cases.find(h, caseId);
            return FormTextComposer.compose(t, c, transactions.listByCase(h, caseId, false),
                    followUps.listByCase(h, caseId, false), limit);
        });
    }

    /** A limit is a whole number of characters, 1 or more. */
    public static void checkLimit(Integer limit) {
        if (limit != null && limit < 1) {
            throw new DomainException(Reason.of("form.limit",
                    "The character limit must be 1 or more, not " + limit + ".", limit));
        }
    }
}
