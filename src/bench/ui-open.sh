#!/usr/bin/env bash
# Benchmark: the application's window over a case with 10,000 transactions and 1,000 exhibits. Selects the case in a
# fresh JVM and opens every tab once (cold), reopens every tab five times (warm), then scrolls each list; prints per tab
# the open times, the longest FX pulse gap while opening and while scrolling, the processor time of the cold open (the
# whole process's, and the FX thread's: on a loaded machine it compares runs better than the times) and the load average.
#   src/bench/ui-open.sh [VAULT_DIR]   (needs a display: e.g. `Xvfb :99 & DISPLAY=:99 src/bench/ui-open.sh`)
set -euo pipefail
BENCH_JAVA_OPTS=-Dprism.order=sw exec "$(dirname "$0")/run-main.sh" io.casevault.bench.UiOpenBench \
    "${1:-target/bench/large-vault}"
