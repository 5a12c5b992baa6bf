#!/usr/bin/env bash
# Benchmark: the longest gap between two FX pulses of the window while N GenCorpus screenshots (1080 x 2400) are
# read in the background, with the evidence tab (text panel open) and the status bar's progress on screen.
# DESIGN.md's goal: the FX thread never stalled over 100 ms while recognition runs.
#   src/bench/fx-stall.sh [N]     (default 10; needs a display: e.g. `Xvfb :99 & DISPLAY=:99 src/bench/fx-stall.sh`)
# More JVM options in FX_STALL_OPTS, e.g. FX_STALL_OPTS=-Xlog:gc:file=gc.log to set the long gaps beside GC pauses.
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT); shares ocr.sh's corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
CORPUS=${BENCH_DIR:-target/bench}/corpus
JAVA=${JAVA:-java}
if [ ! -f "$CORPUS/shot-$(printf %04d $((COUNT - 1))).png" ]; then
    echo "generating $COUNT screenshots ..."
    "$JAVA" "$GENCORPUS" "$CORPUS" "$COUNT" 0 "$FONT"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_JAVA_OPTS="-Dprism.order=sw ${FX_STALL_OPTS:-}" "$(dirname "$0")/run-main.sh" io.casevault.bench.FxStallBench "$CORPUS" "$COUNT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
