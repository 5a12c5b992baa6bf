#!/usr/bin/env bash
# Benchmark: the dossier of the 250-file GenCorpus case (200 screenshots + 50 photos) exported with
# `casevault export`, side by side with img2pdf on the same images in the same run (issue 19's goal: at most
# 0.25x img2pdf's time; DESIGN.md's: no larger output); then a 1,000-exhibit dossier with -Xmx256m (goal: completes, heap
# flat; the GC log's heap after each collection is printed).
# The exports carry the screenshots' invisible text layer: the images' text is recognised once before the timed
# exports (`evidence text`, timed apart), as the background recognition would have done by the time a user exports.
#
#   src/bench/dossier.sh [ROUNDS]        (run from anywhere; builds the jar when missing)
#   SHOTS=40 PHOTOS=10 MANY=0 src/bench/dossier.sh 1     (a smaller corpus, no 1,000-exhibit run: while others build)
#   JAR=/tmp/before.jar src/bench/dossier.sh             (another build, e.g. main's, for a before/after pair)
#   REUSE_VAULT=1 src/bench/dossier.sh                    (export from the last run's vault of the same corpus: no
#                                                          import and no text recognition before the timed exports)
#
#   LAUNCHER=0 src/bench/dossier.sh                      (only `java -jar`: by default each round also exports through
#                                                          the app-image's launcher, what a user runs, built when stale)
#
# Besides the wall times (the goal), the CPU time (user + system) of each command is printed: on a machine busy with
# other work it moves less than the wall time does.
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT), img2pdf, pdftotext and GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}
JAR=${JAR:-target/casevault.jar}   # another build's jar, to compare two builds on the same corpus
CV=("$JAVA" -jar "$JAR")
SHOTS=${SHOTS:-200}
PHOTOS=${PHOTOS:-50}
MANY=${MANY:-1}
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
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${REUSE_VAULT:-0}" = 1 ] && [ -f "$WORK/vault.ready" ] && [ "$(cat "$WORK/vault.ready")" = "$CORPUS" ]; then
    case_id=1 # the vault of the last run, on this corpus, text already recognised
    echo "reusing $WORK/vault"
else
    rm -rf "$WORK/vault" "$WORK/vault.ready"
    "${CV[@]}" --vault "$WORK/vault" init > /dev/null
    case_id=$("${CV[@]}" --vault "$WORK/vault" case add --title "bench" --provider "GenCorpus")
    "${CV[@]}" --vault "$WORK/vault" evidence add --case "$case_id" "${files[@]}" > /dev/null
    t0=$(now); "${CV[@]}" --vault "$WORK/vault" evidence text --case "$case_id" > /dev/null; t1=$(now)
    echo "text of ${#files[@]} images recognised in $(( (t1 - t0) / 1000000 )) ms (before the timed exports)"
    echo "$CORPUS" > "$WORK/vault.ready"
fi

# runs a command, appending its wall time (ms) to the array named by $1 and its CPU time (ms) to the one named by $2
timed() {
    local -n wall=$1 cpu=$2
    shift 2
    local t0 t1
    t0=$(now)
    if ! /usr/bin/time -f '%U %S' -o "$WORK/cpu.txt" "$@" > /dev/null 2> "$WORK/stderr.txt"; then
        cat "$WORK/stderr.txt" >&2
        exit 1
    fi
    t1=$(now)
    wall+=($(( (t1 - t0) / 1000000 )))
    cpu+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu.txt"))
}
img=(); cv=(); cvno=(); imgc=(); cvc=(); cvnoc=(); la=(); lac=()
for round in $(seq 1 "$ROUNDS"); do
    timed img imgc img2pdf "${files[@]}" -o "$WORK/img2pdf.pdf"
    timed cv cvc "${CV[@]}" --vault "$WORK/vault" export --case "$case_id" --out "$WORK/cv.pdf"
    timed cvno cvnoc "${CV[@]}" --vault "$WORK/vault" export --case "$case_id" --out "$WORK/cv-no.pdf" --no-originals
    echo "round $round: img2pdf ${img[-1]} ms (CPU ${imgc[-1]} ms), casevault ${cv[-1]} ms (CPU ${cvc[-1]} ms)," \
        "casevault --no-originals ${cvno[-1]} ms (CPU ${cvnoc[-1]} ms)"
    if [ "$LAUNCHER" = 1 ]; then
        timed la lac "$IMAGE/bin/CaseVault" --vault "$WORK/vault" export --case "$case_id" --out "$WORK/cv-launcher.pdf"
        echo "round $round: the app-image's launcher ${la[-1]} ms (CPU ${lac[-1]} ms)"
    fi
done
i=$(printf '%s\n' "${img[@]}" | median); c=$(printf '%s\n' "${cv[@]}" | median); n=$(printf '%s\n' "${cvno[@]}" | median)
ic=$(printf '%s\n' "${imgc[@]}" | median); cc=$(printf '%s\n' "${cvc[@]}" | median)
size() { stat -c %s "$1"; }
awk -v i="$i" -v c="$c" -v n="$n" -v ic="$ic" -v cc="$cc" -v si="$(size "$WORK/img2pdf.pdf")" -v sc="$(size "$WORK/cv.pdf")" \
    -v sn="$(size "$WORK/cv-no.pdf")" 'BEGIN {
    printf "median time: img2pdf %d ms; casevault %d ms (%.2fx); --no-originals %d ms (%.2fx); goal at most 0.25x\n", i, c, c / i, n, n / i
    printf "median CPU time: img2pdf %d ms; casevault %d ms (%.2fx)\n", ic, cc, cc / ic
    printf "size: img2pdf %d B; casevault %d B (%.2fx, originals attached); --no-originals %d B (%.2fx)\n", si, sc, sc / si, sn, sn / si }'
if [ "$LAUNCHER" = 1 ]; then
    l=$(printf '%s\n' "${la[@]}" | median); lc=$(printf '%s\n' "${lac[@]}" | median)
    awk -v i="$i" -v l="$l" -v lc="$lc" 'BEGIN {
        printf "median time through the launcher: %d ms (%.2fx img2pdf), CPU %d ms\n", l, l / i, lc }'
fi
echo "text layer: pdftotext finds 'Payment to Merchant' $(pdftotext "$WORK/cv.pdf" - | grep -c 'Payment to Merchant') times"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$MANY" = 1 ] || exit 0

# 1,000 exhibits with a 256 MB heap
MANYDIR="$WORK/many"
[ -f "$MANYDIR/x-0999.jpg" ] || "$JAVA" src/bench/GenExhibits.java "$MANYDIR" 1000
rm -rf "$WORK/vault1000"
"${CV[@]}" --vault "$WORK/vault1000" init > /dev/null
id=$("${CV[@]}" --vault "$WORK/vault1000" case add --title "1000 exhibits" --provider "GenExhibits")
"${CV[@]}" --vault "$WORK/vault1000" evidence add --case "$id" "$MANYDIR"/* > /dev/null
"${CV[@]}" --vault "$WORK/vault1000" evidence text --case "$id" > /dev/null
t0=$(now)
"$JAVA" -Xmx256m -Xlog:gc:file="$WORK/gc-1000.log" -jar "$JAR" --vault "$WORK/vault1000" export \
    --case "$id" --out "$WORK/many.pdf"
t1=$(now)
echo "1000 exhibits: $(( (t1 - t0) / 1000000 )) ms, $(stat -c %s "$WORK/many.pdf") B"
echo "heap after each GC (MB): $(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc-1000.log" | sed 's/.*->//' | tr '\n' ' ')"
