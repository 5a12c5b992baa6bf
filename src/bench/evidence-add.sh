#!/usr/bin/env bash
# Benchmark: adding the GenCorpus evidence (200 phone screenshots + 50 photos) to a new case, timed as a whole
# command, side by side with `cp` + `sha256sum` of the same files in the same run. DESIGN.md's goal: within 3x.
#
#   src/bench/evidence-add.sh [ROUNDS]        (run from the repository root; builds the jar when missing)
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT). Prints medians and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}

[ -f target/casevault.jar ] || ./mvnw -B -q -DskipTests package
mkdir -p "$WORK"
CORPUS="$WORK/corpus"
if [ ! -f "$CORPUS/photo-0049.jpg" ]; then
    echo "generating the corpus (200 screenshots, 50 photos) ..."
    "$JAVA" "$GENCORPUS" "$CORPUS" 200 50 "$FONT"
fi
files=("$CORPUS"/*)
echo "corpus: ${#files[@]} files, $(du -sh "$CORPUS" | cut -f1)"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

base_times=(); cv_times=()
for round in $(seq 1 "$ROUNDS"); do
    rm -rf "$WORK/copy" "$WORK/vault"
    sync
    t0=$(now)
    cp -r "$CORPUS" "$WORK/copy" && sha256sum "$WORK/copy"/* > /dev/null
    t1=$(now)
    base_times+=($(( (t1 - t0) / 1000000 )))

    "$JAVA" -jar target/casevault.jar --vault "$WORK/vault" init > /dev/null
    case_id=$("$JAVA" -jar target/casevault.jar --vault "$WORK/vault" case add --title "bench" --provider "GenCorpus")
    sync
    t0=$(now)
    "$JAVA" -jar target/casevault.jar --vault "$WORK/vault" evidence add --case "$case_id" "${files[@]}" > /dev/null
    t1=$(now)
    cv_times+=($(( (t1 - t0) / 1000000 )))
    echo "round $round: cp+sha256sum ${base_times[-1]} ms, casevault evidence add ${cv_times[-1]} ms"
done
"$JAVA" -jar target/casevault.jar --vault "$WORK/vault" verify > /dev/null && echo "the last vault verifies"

b=$(printf '%s\n' "${base_times[@]}" | median)
c=$(printf '%s\n' "${cv_times[@]}" | median)
awk -v b="$b" -v c="$c" 'BEGIN { printf "median: cp+sha256sum %d ms, casevault %d ms, ratio %.2fx (goal: at most 3x)\n", b, c, c / b }'
rm -rf "$WORK/copy"
