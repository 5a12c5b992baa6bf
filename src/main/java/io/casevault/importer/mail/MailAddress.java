package io.casevault.importer.mail;

import java.util.Locale;
import java.util.Objects;

/** One mailbox of a From, To or Cc field: the address and the display name (empty when the field had none). */
public record MailAddress(String address, String displayName) {

    public MailAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(displayName, "displayName");
        if (address.isBlank()) {
            throw new IllegalArgumentException("address must not be blank");
        }
    }

    /** The address for comparing: mail systems treat addresses case-insensitively in practice. */
    public String key() {
        return address.toLowerCase(Locale.ROOT);
    }

    /** {@code 张三 <zs@example.com>}, or the bare address. */
    @Override
    public String toString() {
        return displayName.isEmpty() ? address : displayName + " <" + address + ">";
    }
}
