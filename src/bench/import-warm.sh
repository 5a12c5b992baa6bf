#!/usr/bin/env bash
# Benchmark: adding a folder of evidence inside a running JVM (the desktop app's case), 4 rounds into fresh vaults.
#   src/bench/import-warm.sh CORPUS_DIR      (e.g. target/bench/corpus made by evidence-add.sh)
set -euo pipefail
exec "$(dirname "$0")/run-main.sh" io.casevault.bench.ImportWarmBench "${1:-target/bench/corpus}"
