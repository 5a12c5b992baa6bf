#!/usr/bin/env bash
# Benchmark: the OCR engine (one thread, as the app runs it) on the GenCorpus phone screenshots (1080 x 2400 PNG),
# warm: model load time, median and p90 CPU and wall time per screenshot, the process's peak resident memory with
# the default heap once the screenshots are read, and accuracy on the 36 rendered payment screens of the tests (key
# lines read exactly, and the masked phone numbers apart), drawn after the corpus is read, with the peak again at the
# end (drawing them with Java2D in the same process adds to it).
# DESIGN.md's goals: at most 1.0 s CPU per screenshot, at most 700 MB resident, at least 99 % of key lines exact.
#
#   src/bench/ocr.sh [SCREENSHOTS]        (default 200; run from anywhere; builds the test classes when needed)
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT). The load average is printed
# before and after, since CPU time per screenshot grows when other work shares the cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-200}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}

mkdir -p "$WORK"
CORPUS="$WORK/corpus"
if [ ! -f "$CORPUS/shot-0199.png" ]; then
    echo "generating the corpus's 200 screenshots ..."
    "$JAVA" "$GENCORPUS" "$CORPUS" 200 0 "$FONT"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$(dirname "$0")/run-main.sh" io.casevault.bench.OcrBench "$CORPUS" "$COUNT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
