#!/usr/bin/env bash
# Benchmark: open the transactions, evidence and timeline tabs of a case with 10,000 transactions and 1,000
# exhibits in a real window, and scroll each list, reporting open time and the longest FX pulse gap.
#   src/bench/ui-open.sh [VAULT_DIR]   (needs a display: e.g. `Xvfb :99 & DISPLAY=:99 src/bench/ui-open.sh`)
set -euo pipefail
BENCH_JAVA_OPTS=-Dprism.order=sw exec "$(dirname "$0")/run-main.sh" io.casevault.bench.UiOpenBench \
    "${1:-target/bench/large-vault}"
