package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.vault.BundledFiles;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A vault opened for the window, with its cases when they were read beside it (null: the case list reads them), or
 * why it could not be opened. With {@link Shell}, part of the window's composition root: it sees the whole session.
 */
public record VaultOpening(VaultSession session, CaseListViewModel.Listing cases, RuntimeException failure) {
    private static final Logger LOG = LoggerFactory.getLogger(VaultOpening.class);

    public VaultOpening {
        if ((session == null) == (failure == null) || (cases != null && session == null)) {
            throw new IllegalArgumentException("An opening has either a session or a failure");
        }
    }

    /**
     * An opening under way in two steps: {@code opened}, the vault open (or why it is not), then {@code withCases},
     * the same with its cases read. The window is built once the vault is open, while the cases are read.
     */
    public record Pending(CompletableFuture<VaultOpening> opened, CompletableFuture<VaultOpening> withCases) {
        public Pending {
            Objects.requireNonNull(opened, "opened");
            Objects.requireNonNull(withCases, "withCases");
        }
    }

    /**
     * Opens the vault {@code dir} (null: the default one) on the I/O threads of {@code executors}, then reads its
     * cases; needs no window, so the application starts it at launch, beside the toolkit's start.
     */
    public static Pending inBackground(Path dir, Clock clock, ZoneId zone, AppExecutors executors) {
        return casesOf(CompletableFuture.supplyAsync(() -> attempt(dir, clock, executors), executors.io()), clock,
                zone, executors);
    }

    /** The two steps of an opening whose first, {@code opened}, is under way: its cases are read on the I/O threads. */
    public static Pending casesOf(CompletableFuture<VaultOpening> opened, Clock clock, ZoneId zone,
                                  AppExecutors executors) {
        return new Pending(opened, opened.thenApplyAsync(o -> withCases(o, clock, zone), executors.io()));
    }

    /** Opens the vault on this thread, without reading its cases. */
    public static VaultOpening attempt(Path dir, Clock clock, AppExecutors executors) {
        try {
            BundledFiles.keepSqliteLibrary(VaultLocation.cacheDir()); // once: before SQLite's first use
            return new VaultOpening(openSession(dir, clock, executors), null, null);
        } catch (RuntimeException e) {
            return new VaultOpening(null, null, e);
        }
    }

    /**
     * The opened vault's cases, read before the window shows (while it is built): its first layout pass then places
     * them, instead of a pass for the empty window and another when they arrive. Should reading fail, the case list
     * reads them again itself, and says so as any failed load.
     */
    private static VaultOpening withCases(VaultOpening opening, Clock clock, ZoneId zone) {
        if (opening.session() == null) {
            return opening;
        }
        try {
            CaseListViewModel.Services services = new WindowServices(opening.session(), clock, zone).caseList();
            return new VaultOpening(opening.session(),
                    CaseListViewModel.Listing.read(services, LocalDate.now(clock.withZone(zone))), null);
        } catch (RuntimeException e) {
            LOG.warn("Reading the cases with the vault failed; the case list reads them again", e);
            return opening;
        }
    }

    /**
     * A vault whose folder cannot be written (a read-only disk, a DVD, another user's folder) opens read-only, the
     * window saying so; any other is created when missing and opened for writing.
     */
    private static VaultSession openSession(Path dir, Clock clock, AppExecutors executors) {
        Path at = VaultLocation.resolve(dir);
        if (Vault.exists(at) && Vault.isReadOnly(at)) {
            return VaultSession.open(at, Vault.Access.READ_PREFERRED, clock, executors);
        }
        return VaultSession.create(dir, clock, executors);
    }
}
