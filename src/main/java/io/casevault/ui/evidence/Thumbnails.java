package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Makes or finds the cached PNG of an exhibit no larger than {@code maxEdge}, off the FX thread; empty: none. */
@FunctionalInterface
interface Thumbnails {
    CompletableFuture<Optional<Path>> thumbnail(Evidence e, int maxEdge);
}
