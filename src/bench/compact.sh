#!/usr/bin/env bash
# Benchmark: the submission copy (`export --max-size 20MB --split`) of the 250-file GenCorpus case (200 screenshots +
# 50 photos), side by side with img2pdf on the same images in the same run (issue 17's goal: at most 0.5x img2pdf's
# time); prints the copy's size and how many volumes it has, and renders a few of its pages at 72 dpi (100 % zoom on
# a usual screen) into $WORK/compact-page-*.png to look at.
# The screenshots' text is recognised once before the timed runs (`evidence text`, not timed), as the background
# recognition would have done by the time a user exports.
#
#   src/bench/compact.sh [ROUNDS] [SIZE]      (run from anywhere; builds the jar when missing)
#   SHOTS=40 PHOTOS=10 src/bench/compact.sh 1 5MB     (a smaller corpus: while others build)
#   VS=target/casevault-before.jar src/bench/compact.sh 3    (also times another build in the same rounds, e.g. a
#       copy of the jar before a change, kept in target/ beside lib/; on a shared machine compare these ratios and the
#       CPU seconds, not times from different runs)
#   LAUNCHER=0 src/bench/compact.sh           (only `java -jar`: by default each round also exports through the
#       app-image's launcher, what a user runs, built when stale)
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT), img2pdf, pdftotext, pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
SIZE=${2:-20MB}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}
JAR=${JAR:-target/casevault.jar}
VS=${VS:-}
CV=("$JAVA" -jar "$JAR")
SHOTS=${SHOTS:-200}
PHOTOS=${PHOTOS:-50}
LAUNCHER=${LAUNCHER:-1}
# shellcheck source=common.sh
source src/bench/common.sh

[ -f "$JAR" ] || ./mvnw -o -B -q -DskipTests package
[ "$LAUNCHER" = 1 ] && app_image_current
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$SHOTS-$PHOTOS"
if [ ! -f "$CORPUS/.done" ]; then
    echo "generating the corpus ($SHOTS screenshots, $PHOTOS photos) ..."
    rm -rf "$CORPUS"
    "$JAVA" "$GENCORPUS" "$CORPUS" "$SHOTS" "$PHOTOS" "$FONT"
    touch "$CORPUS/.done"
fi
files=("$CORPUS"/*)

VAULT="$WORK/compact-vault-$SHOTS-$PHOTOS"
if [ ! -f "$VAULT/.case" ]; then
    rm -rf "$VAULT"
    "${CV[@]}" --vault "$VAULT" init > /dev/null
    "${CV[@]}" --vault "$VAULT" case add --title "bench" --provider "GenCorpus" > "$WORK/.case-id"
    "${CV[@]}" --vault "$VAULT" evidence add --case "$(cat "$WORK/.case-id")" "${files[@]}" > /dev/null
    t0=$(now); "${CV[@]}" --vault "$VAULT" evidence text --case "$(cat "$WORK/.case-id")" > /dev/null; t1=$(now)
    echo "text of ${#files[@]} images recognised in $(( (t1 - t0) / 1000000 )) ms (before the timed exports)"
    mv "$WORK/.case-id" "$VAULT/.case"
fi
case_id=$(cat "$VAULT/.case")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

OUT="$WORK/compact"
# runs an export with the command "$@" (java -jar a jar, or the launcher) into $OUT; sets ms (wall) and cpu (user +
# system seconds of the process)
export_with() {
    local t0 t1 times
    rm -rf "$OUT"; mkdir -p "$OUT"
    t0=$(now)
    times=$( { TIMEFORMAT='%U %S'; time "$@" --vault "$VAULT" export --case "$case_id" \
        --out "$OUT/copy.pdf" --max-size "$SIZE" --split > "$WORK/compact.out"; } 2>&1 )
    t1=$(now)
    ms=$(( (t1 - t0) / 1000000 ))
    cpu=$(awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", a[1] + a[2] }')
}
img=(); cv=(); cvcpu=(); vs=(); vscpu=(); la=(); lacpu=()
for round in $(seq 1 "$ROUNDS"); do
    t0=$(now); img2pdf "${files[@]}" -o "$WORK/img2pdf.pdf" 2> /dev/null; t1=$(now)
    img+=($(( (t1 - t0) / 1000000 )))
    if [ -n "$VS" ]; then
        export_with "$JAVA" -jar "$VS"
        vs+=("$ms"); vscpu+=("$cpu")
        echo "round $round: $VS ${ms} ms, ${cpu} s CPU, $(cat "$OUT"/*.pdf | wc -c) B"
    fi
    export_with "$JAVA" -jar "$JAR"
    cv+=("$ms"); cvcpu+=("$cpu")
    echo "round $round: img2pdf ${img[-1]} ms, casevault export --max-size $SIZE --split ${ms} ms, ${cpu} s CPU"
    if [ "$LAUNCHER" = 1 ]; then
        export_with "$IMAGE/bin/CaseVault"
        la+=("$ms"); lacpu+=("$cpu")
        echo "round $round: the same through the app-image's launcher ${ms} ms, ${cpu} s CPU"
    fi
done
cat "$WORK/compact.out"
i=$(printf '%s\n' "${img[@]}" | median); c=$(printf '%s\n' "${cv[@]}" | median)
cc=$(printf '%s\n' "${cvcpu[@]}" | median)
if [ -n "$VS" ]; then
    v=$(printf '%s\n' "${vs[@]}" | median); vc=$(printf '%s\n' "${vscpu[@]}" | median)
    awk -v c="$c" -v v="$v" -v cc="$cc" -v vc="$vc" 'BEGIN {
        printf "against the other build: %d ms vs %d ms (%.2fx), %.1f s vs %.1f s CPU (%.2fx)\n", c, v, c / v, cc, vc,
            cc / vc }'
fi
echo "median CPU of the compact copy: $cc s"
if [ "$LAUNCHER" = 1 ]; then
    l=$(printf '%s\n' "${la[@]}" | median); lc=$(printf '%s\n' "${lacpu[@]}" | median)
    awk -v i="$i" -v l="$l" -v lc="$lc" 'BEGIN {
        printf "median time through the launcher: %d ms (%.2fx img2pdf), %.1f s CPU\n", l, l / i, lc }'
fi
volumes=("$OUT"/*.pdf)
total=$(cat "${volumes[@]}" | wc -c)
largest=$(stat -c %s "${volumes[@]}" | sort -n | tail -1)
awk -v i="$i" -v c="$c" -v n="${#volumes[@]}" -v t="$total" -v l="$largest" -v si="$(stat -c %s "$WORK/img2pdf.pdf")" \
    -v size="$SIZE" 'BEGIN {
    printf "median time: img2pdf %d ms; compact copy %d ms (%.2fx); goal at most 0.5x\n", i, c, c / i
    printf "compact copy: %d volume(s), %d B in all, largest %d B (limit %s); img2pdf %d B\n", n, t, l, size, si }'
echo "text layer: pdftotext finds 'Payment to Merchant' $(cat "${volumes[@]}" | wc -c > /dev/null; \
    for v in "${volumes[@]}"; do pdftotext "$v" -; done | grep -c 'Payment to Merchant') times"
first=${volumes[0]}
pages=$(pdfinfo "$first" 2> /dev/null | awk '/^Pages:/ {print $2}')
for p in 8 9 $(( pages - 4 )); do
    pdftoppm -r 72 -png -f "$p" -l "$p" "$first" "$WORK/compact-page-$p"
done
echo "pages rendered at 72 dpi: $(ls "$WORK"/compact-page-*.png | tr '\n' ' ')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
