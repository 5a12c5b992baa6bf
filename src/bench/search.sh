#!/usr/bin/env bash
# Benchmark: searching 100,000 transactions and the recognised text of 10,000 screenshots for the cases that mention a
# text, per kind of query (a word, two CJK characters, part of an order number, an amount, a counterparty, two words, a
# rare and a broad term); DESIGN.md goal: p95 under 20 ms for every kind. Side by side with a plain LIKE scan of the
# same database in the same run, whose answers must be the same; prints the ratio and the load average.
#   src/bench/search.sh [VAULT_DIR]     (builds the test classes when needed; the vault is made once)
set -euo pipefail
exec "$(dirname "$0")/run-main.sh" io.casevault.bench.SearchBench "${1:-target/bench/search-vault}"
