#!/usr/bin/env bash
# Benchmark: opening a case with 10,000 transactions and 1,000 exhibits (DESIGN.md goal: under 300 ms).
#   src/bench/case-open.sh [VAULT_DIR]     (builds the test classes when needed; the vault is made once)
set -euo pipefail
exec "$(dirname "$0")/run-main.sh" io.casevault.bench.CaseOpenBench "${1:-target/bench/large-vault}"
