#!/usr/bin/env bash
# Benchmark: reading a 5,000-message mbox (10 % with screenshots or photos attached) streaming with a 256 MB heap:
# every message parsed (text, summary, ticket number, attachments read through) and threaded, timed against cp +
# sha256sum of the same file in the same run; prints the ratio and the peak heap. Parsing only: the import into a
# vault (issue 16) adds the blob writes on top. DESIGN goal for the whole import: at most 5x, heap flat.
#
#   src/bench/mail-parse.sh [ROUNDS] [COUNT]      (run from anywhere; the mbox is written once, deterministic)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
COUNT=${2:-5000}
WORK=${BENCH_DIR:-target/bench}
MBOX="$WORK/mail/bench-$COUNT.mbox"
if [ ! -f "$MBOX" ]; then
    src/bench/run-main.sh io.casevault.bench.GenMailbox "$MBOX" "$COUNT"
fi
BENCH_JAVA_OPTS="-Xmx256m ${BENCH_JAVA_OPTS:-}" exec src/bench/run-main.sh io.casevault.bench.MailParseBench \
    "$MBOX" "$ROUNDS"
