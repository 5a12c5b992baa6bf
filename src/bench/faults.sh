#!/usr/bin/env bash
# Fault benchmark (issue 18): N random, seeded faults over copies of a vault holding 250 exhibits and a backup of it —
# bytes flipped in the database and in originals, truncated and deleted files, and, with --disk-full (root only: it
# mounts a size-limited tmpfs per fault), a full disk at a random moment of an import of 30 more exhibits. For each
# fault: did `verify` report it, did `recover` (or the backup) get back every original the fault did not itself hit,
# did anything print a stack trace. Goal: every fault with an effect reported, zero undamaged originals lost, zero
# stack traces.
#
#   src/bench/faults.sh [N] [SEED] [--disk-full]      (run from anywhere; builds the test classes when needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-30}
SEED=${2:-18}
FULL=${3:-}
WORK=${BENCH_DIR:-target/bench/faults}
mkdir -p "$WORK"
if [ ! -f "$WORK/exhibits/x-0279.png" ] && [ ! -f "$WORK/exhibits/x-0279.jpg" ]; then
    echo "generating 280 exhibits (250 for the vault, 30 for the full-disk import) ..."
    java src/bench/GenExhibits.java "$WORK/exhibits" 280
fi
exec src/bench/run-main.sh io.casevault.bench.FaultBench "$WORK/exhibits" "$WORK" "$N" "$SEED" $FULL
