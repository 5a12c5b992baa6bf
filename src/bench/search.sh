#!/usr/bin/env bash
# Benchmark: searching 100,000 transactions for the cases that mention a text (DESIGN.md goal: p95 under 20 ms),
# side by side with a plain LIKE scan of the same database in the same run.
#   src/bench/search.sh [VAULT_DIR]     (builds the test classes when needed; the vault is made once)
set -euo pipefail
exec "$(dirname "$0")/run-main.sh" io.casevault.bench.SearchBench "${1:-target/bench/search-vault}"
