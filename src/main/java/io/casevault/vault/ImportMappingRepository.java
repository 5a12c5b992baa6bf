package io.casevault.vault;


import java.time.Instant;
import java.util.Optional;

/** The {@code import_mappings} table: a CSV column mapping (its text form) per header layout. */
public final class ImportMappingRepository {

    public Optional<String> find(Db h, String layoutKey) {
        return h.createQuery("SELECT mapping FROM import_mappings WHERE layout_key = :k").bind("k", layoutKey)
                .mapTo(String.class).findOne();
    }

    public void save(Db h, String layoutKey, String header, String mapping, Instant now) {
        h.createUpdate("""
                        INSERT INTO import_mappings (layout_key, header, mapping, updated_ms)
                        VALUES (:k, :header, :mapping, :now)
                        ON CONFLICT (layout_key) DO UPDATE SET header = :header, mapping = :mapping, updated_ms = :now""")
                .bind("k", layoutKey).bind("header", header).bind("mapping", mapping).bind("now", now.toEpochMilli())
                .execute();
    }
}
