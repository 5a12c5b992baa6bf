#!/usr/bin/env bash
# Benchmark: parsing 100,000-row Alipay-style and WeChat-style statements (goal: 100,000 rows per second or better).
#   src/bench/import-parse.sh      (builds the test classes when needed)
set -euo pipefail
exec "$(dirname "$0")/run-main.sh" io.casevault.bench.ImportParseBench
