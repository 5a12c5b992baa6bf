package io.casevault.vault;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code cases} table with its demands and tags. */
public final class CaseRepository {

    public long insert(Db h, NewCase c, CaseStatus status, Instant now) {
        long id = h.createUpdate("""
                        INSERT INTO cases (title, provider, account_ref, category, facts, amount, currency, status,
                            incident_kind, incident_from, incident_to, opened_on, window_days, created_ms, sample)
                        VALUES (:title, :provider, :accountRef, :category, :facts, :amount, :currency, :status,
                            :incidentKind, :incidentFrom, :incidentTo, :openedOn, :windowDays, :created, :sample)""")
                .bind("title", c.title()).bind("provider", c.provider()).bind("accountRef", c.accountRef())
                .bind("category", c.category().name()).bind("facts", c.facts())
                .bind("amount", c.amount() == null ? null : c.amount().amount().toPlainString())
                .bind("currency", c.amount() == null ? null : c.amount().currency().getCurrencyCode())
                .bind("status", status.name())
                .bind("incidentKind", c.incident() == null ? null : c.incident().kind().name())
                .bind("incidentFrom", c.incident() == null ? null : c.incident().from().toString())
                .bind("incidentTo", c.incident() == null ? null : c.incident().to().toString())
                .bind("openedOn", c.openedOn().toString()).bind("windowDays", c.windowDays())
                .bind("created", now.toEpochMilli()).bind("sample", c.sample() ? 1 : 0)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int position = 0;
        for (String demand : c.demands()) {
            h.execute("INSERT INTO case_demands (case_id, position, text) VALUES (?, ?, ?)", id, position++, demand);
        }
        for (String tag : c.tags()) {
            h.execute("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", id, tag);
        }
        return id;
    }

    public Optional<Case> find(Db h, long id) {
        return h.createQuery("SELECT * FROM cases WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs, demands(h, id), tags(h, id))).findOne();
    }

    /** All cases, newest first; trashed ones only when asked for. */
    public List<Case> list(Db h, boolean trashed) {
        Map<Long, List<String>> demands = grouped(h,
                "SELECT case_id, text FROM case_demands ORDER BY case_id, position");
        Map<Long, List<String>> tags = grouped(h, "SELECT case_id, tag FROM case_tags ORDER BY case_id, tag");
        return h.createQuery("SELECT * FROM cases WHERE (trashed_ms IS NOT NULL) = :trashed ORDER BY id DESC")
                .bind("trashed", trashed)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return map(rs, demands.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()));
                }).list();
    }

    /** Rewrites the editable fields of a case, its demands and its tags. */
    public void update(Db h, long id, NewCase c) {
        h.createUpdate("""
                        UPDATE cases SET title = :title, provider = :provider, account_ref = :accountRef,
                            category = :category, facts = :facts, amount = :amount, currency = :currency,
                            incident_kind = :incidentKind, incident_from = :incidentFrom, incident_to = :incidentTo,
                            window_days = :windowDays
                        WHERE id = :id""")
                .bind("id", id).bind("title", c.title()).bind("provider", c.provider()).bind("accountRef",
                        c.accountRef())
                .bind("category", c.category().name()).bind("facts", c.facts())
                .bind("amount", c.amount() == null ? null : c.amount().amount().toPlainString())
                .bind("currency", c.amount() == null ? null : c.amount().currency().getCurrencyCode())
                .bind("incidentKind", c.incident() == null ? null : c.incident().kind().name())
                .bind("incidentFrom", c.incident() == null ? null : c.incident().from().toString())
                .bind("incidentTo", c.incident() == null ? null : c.incident().to().toString())
                .bind("windowDays", c.windowDays()).execute();
        h.execute("DELETE FROM case_demands WHERE case_id = ?", id);
        int position = 0;
        for (String demand : c.demands()) {
            h.execute("INSERT INTO case_demands (case_id, position, text) VALUES (?, ?, ?)", id, position++, demand);
        }
        h.execute("DELETE FROM case_tags WHERE case_id = ?", id);
        for (String tag : c.tags()) {
            h.execute("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", id, tag);
        }
    }

    public void updateStatus(Db h, long id, CaseStatus status) {
        h.execute("UPDATE cases SET status = ? WHERE id = ?", status.name(), id);
    }

    public void setTrashed(Db h, long id, Instant at) {
        h.execute("UPDATE cases SET trashed_ms = ? WHERE id = ?", Rows.millis(at), id);
    }

    public void delete(Db h, long id) {
        h.execute("DELETE FROM cases WHERE id = ?", id);
    }

    private static List<String> demands(Db h, long id) {
        return h.createQuery("SELECT text FROM case_demands WHERE case_id = :id ORDER BY position")
                .bind("id", id).mapTo(String.class).list();
    }

    private static List<String> tags(Db h, long id) {
        return h.createQuery("SELECT tag FROM case_tags WHERE case_id = :id ORDER BY tag")
                .bind("id", id).mapTo(String.class).list();
    }

    private static Map<Long, List<String>> grouped(Db h, String sql) {
        Map<Long, List<String>> out = new HashMap<>();
        h.createQuery(sql).map((rs, ctx) -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return 0;
        }).list();
        return out;
    }

    private static Case map(ResultSet rs, List<String> demands, List<String> tags) throws SQLException {
        String amount = rs.getString("amount");
        Money money = amount == null ? null
                : new Money(new java.math.BigDecimal(amount), Currency.getInstance(rs.getString("currency")));
        String kind = rs.getString("incident_kind");
        IncidentDate incident = kind == null ? null : new IncidentDate(IncidentDate.Kind.valueOf(kind),
                Rows.date(rs, "incident_from"), Rows.date(rs, "incident_to"));
        return new Case(rs.getLong("id"), rs.getString("title"), rs.getString("provider"), rs.getString("account_ref"),
                Category.valueOf(rs.getString("category")), rs.getString("facts"), money, demands,
                CaseStatus.valueOf(rs.getString("status")), incident, Rows.date(rs, "opened_on"),
                Rows.integer(rs, "window_days"), tags, Rows.instant(rs, "created_ms"), Rows.instant(rs, "trashed_ms"),
                rs.getInt("sample") == 1);
    }
}
