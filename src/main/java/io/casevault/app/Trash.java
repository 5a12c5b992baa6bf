package io.casevault.app;

import io.casevault.domain.Trashable;
import io.casevault.vault.AuditLog;
import io.casevault.vault.TrashableRows;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.util.function.Function;

/** Moves rows to the trash and back, with their audit entry, the same way for every kind of record. */
final class Trash {
    private Trash() {
    }

    static <T extends Trashable> void setTrashed(Vault vault, AuditLog audit, TrashableRows<T> rows, String entity,
                                                 String noun, long id, boolean trash, Function<T, String> detail) {
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            T row = rows.find(h, id).orElseThrow(() -> new NotFoundException("There is no " + noun + " with id " + id + "."));
            if ((row.trashedAt() != null) != trash) {
                rows.setTrashed(h, id, trash ? now : null);
                audit.append(h, now, row.caseId(), entity, id, trash ? "trashed" : "restored", detail.apply(row));
            }
            return null;
        });
    }
}
