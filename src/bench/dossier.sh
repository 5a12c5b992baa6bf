#!/usr/bin/env bash
# Benchmark: the dossier of the 250-file GenCorpus case (200 screenshots + 50 photos) exported with
# `casevault export`, side by side with img2pdf on the same images in the same run (DESIGN.md's goal: at most
# 0.3x img2pdf's time and no larger output); then a 1,000-exhibit dossier with -Xmx256m (goal: completes, heap
# flat; the GC log's heap after each collection is printed).
# The exports carry the screenshots' invisible text layer: the images' text is recognised once before the timed
# exports (`evidence text`, timed apart), as the background recognition would have done by the time a user exports.
#
#   src/bench/dossier.sh [ROUNDS]        (run from anywhere; builds the jar when missing)
#   SHOTS=40 PHOTOS=10 MANY=0 src/bench/dossier.sh 1     (a smaller corpus, no 1,000-exhibit run: while others build)
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT), img2pdf and pdftotext.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}
CV=("$JAVA" -jar target/casevault.jar)
SHOTS=${SHOTS:-200}
PHOTOS=${PHOTOS:-50}
MANY=${MANY:-1}

[ -f target/casevault.jar ] || mvn -o -B -q -DskipTests package
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
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

rm -rf "$WORK/vault"
"${CV[@]}" --vault "$WORK/vault" init > /dev/null
case_id=$("${CV[@]}" --vault "$WORK/vault" case add --title "bench" --provider "GenCorpus")
"${CV[@]}" --vault "$WORK/vault" evidence add --case "$case_id" "${files[@]}" > /dev/null
t0=$(now); "${CV[@]}" --vault "$WORK/vault" evidence text --case "$case_id" > /dev/null; t1=$(now)
echo "text of ${#files[@]} images recognised in $(( (t1 - t0) / 1000000 )) ms (before the timed exports)"

img=(); cv=(); cvno=()
for round in $(seq 1 "$ROUNDS"); do
    t0=$(now); img2pdf "${files[@]}" -o "$WORK/img2pdf.pdf" 2> /dev/null; t1=$(now)
    img+=($(( (t1 - t0) / 1000000 )))
    t0=$(now); "${CV[@]}" --vault "$WORK/vault" export --case "$case_id" --out "$WORK/cv.pdf" > /dev/null; t1=$(now)
    cv+=($(( (t1 - t0) / 1000000 )))
    t0=$(now); "${CV[@]}" --vault "$WORK/vault" export --case "$case_id" --out "$WORK/cv-no.pdf" --no-originals > /dev/null
    t1=$(now)
    cvno+=($(( (t1 - t0) / 1000000 )))
    echo "round $round: img2pdf ${img[-1]} ms, casevault ${cv[-1]} ms, casevault --no-originals ${cvno[-1]} ms"
done
i=$(printf '%s\n' "${img[@]}" | median); c=$(printf '%s\n' "${cv[@]}" | median); n=$(printf '%s\n' "${cvno[@]}" | median)
size() { stat -c %s "$1"; }
awk -v i="$i" -v c="$c" -v n="$n" -v si="$(size "$WORK/img2pdf.pdf")" -v sc="$(size "$WORK/cv.pdf")" \
    -v sn="$(size "$WORK/cv-no.pdf")" 'BEGIN {
    printf "median time: img2pdf %d ms; casevault %d ms (%.2fx); --no-originals %d ms (%.2fx); goal at most 0.3x\n", i, c, c / i, n, n / i
    printf "size: img2pdf %d B; casevault %d B (%.2fx, originals attached); --no-originals %d B (%.2fx)\n", si, sc, sc / si, sn, sn / si }'
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
"$JAVA" -Xmx256m -Xlog:gc:file="$WORK/gc-1000.log" -jar target/casevault.jar --vault "$WORK/vault1000" export \
    --case "$id" --out "$WORK/many.pdf"
t1=$(now)
echo "1000 exhibits: $(( (t1 - t0) / 1000000 )) ms, $(stat -c %s "$WORK/many.pdf") B"
echo "heap after each GC (MB): $(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc-1000.log" | sed 's/.*->//' | tr '\n' ' ')"
