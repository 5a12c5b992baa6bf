#!/usr/bin/env bash
# Benchmark: adding the GenCorpus evidence (200 phone screenshots + 50 photos) to a new case, timed as a whole
# command, side by side with `cp` + `sha256sum` of the same files in the same run. DESIGN.md's goal: within 3x.
#
#   src/bench/evidence-add.sh [ROUNDS]        (run from the repository root; builds the jar when missing)
#
# JAR=path picks the jar to time (default target/casevault.jar, its lib/ folder beside it); BEFORE_JAR=path adds a
# second jar (say a copy of the jar before a change) timed in the same rounds, so a busy machine slows both alike.
# Besides wall time each command's CPU seconds (user + system, all threads) are printed: on a shared machine they
# are steadier than the wall time.
# LAUNCHER=0 times only `java -jar`: by default each round also adds through the app-image's launcher (what a user
# runs; built when older than the jar).
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT). Prints medians and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}
JAR=${JAR:-target/casevault.jar}
BEFORE_JAR=${BEFORE_JAR:-}

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
mkdir -p "$WORK"
CORPUS="$WORK/corpus"
if [ ! -f "$CORPUS/photo-0049.jpg" ]; then
    echo "generating the corpus (200 screenshots, 50 photos) ..."
    "$JAVA" "$GENCORPUS" "$CORPUS" 200 50 "$FONT"
fi
files=("$CORPUS"/*)
echo "corpus: ${#files[@]} files, $(du -sh "$CORPUS" | cut -f1)"

# shellcheck source=common.sh
source src/bench/common.sh
TIMEFORMAT='%R %U %S'

LAUNCHER=${LAUNCHER:-1}
[ "$LAUNCHER" = 1 ] && app_image_current

# Times `evidence add` of the corpus into a new vault with the command "$@" (java -jar a jar, or the launcher); sets
# ms (wall) and cpu (user + system, ms).
time_add() {
    local case_id t
    rm -rf "$WORK/add-vault"
    "$@" --vault "$WORK/add-vault" init > /dev/null
    case_id=$("$@" --vault "$WORK/add-vault" case add --title "bench" --provider "GenCorpus")
    sync
    t=$( { time "$@" --vault "$WORK/add-vault" evidence add --case "$case_id" "${files[@]}" > /dev/null; } 2>&1 )
    ms=$(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", a[1] * 1000 }')
    cpu=$(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", (a[2] + a[3]) * 1000 }')
}

base_times=(); base_cpu=(); cv_times=(); cv_cpu=(); before_times=(); before_cpu=(); la_times=(); la_cpu=()
for round in $(seq 1 "$ROUNDS"); do
    rm -rf "$WORK/copy"
    sync
    t=$( { time { cp -r "$CORPUS" "$WORK/copy" && sha256sum "$WORK/copy"/* > /dev/null; }; } 2>&1 )
    base_times+=($(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", a[1] * 1000 }'))
    base_cpu+=($(awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", (a[2] + a[3]) * 1000 }'))
    line="round $round: cp+sha256sum ${base_times[-1]} ms (cpu ${base_cpu[-1]} ms)"
    if [ -n "$BEFORE_JAR" ]; then
        # a cache folder of its own (absolute: XDG ignores a relative one): each build's first start makes its
        # command's AppCDS archive there and removes the other builds' of that kind, so two jars sharing one folder
        # would each make theirs again in every round
        time_add env XDG_CACHE_HOME="$(cd "$WORK" && pwd)/cache-before" "$JAVA" -jar "$BEFORE_JAR"
        before_times+=("$ms"); before_cpu+=("$cpu")
        line="$line, before $ms ms (cpu $cpu ms)"
    fi
    time_add "$JAVA" -jar "$JAR"
    cv_times+=("$ms"); cv_cpu+=("$cpu")
    line="$line, casevault evidence add $ms ms (cpu $cpu ms)"
    if [ "$LAUNCHER" = 1 ]; then
        time_add "$IMAGE/bin/CaseVault"
        la_times+=("$ms"); la_cpu+=("$cpu")
        line="$line, through the launcher $ms ms (cpu $cpu ms)"
    fi
    echo "$line"
done
"$JAVA" -jar "$JAR" --vault "$WORK/add-vault" verify > /dev/null && echo "the last vault verifies"

report() { # label, wall times..., then cpu times after a "--"
    local label=$1; shift
    local walls=() cpus=() seen=0
    for v in "$@"; do if [ "$v" = "--" ]; then seen=1; elif [ $seen = 0 ]; then walls+=("$v"); else cpus+=("$v"); fi; done
    local w c
    w=$(printf '%s\n' "${walls[@]}" | median)
    c=$(printf '%s\n' "${cpus[@]}" | median)
    awk -v l="$label" -v w="$w" -v c="$c" -v b="$b" -v bc="$bc" 'BEGIN {
        printf "median: %s %d ms (cpu %d ms), ratio %.2fx wall, %.2fx cpu (goal: at most 3x wall)\n", l, w, c, w / b, c / bc }'
}
b=$(printf '%s\n' "${base_times[@]}" | median)
bc=$(printf '%s\n' "${base_cpu[@]}" | median)
echo "median: cp+sha256sum $b ms (cpu $bc ms)"
[ -z "$BEFORE_JAR" ] || report "before ($BEFORE_JAR)" "${before_times[@]}" -- "${before_cpu[@]}"
report "casevault ($JAR)" "${cv_times[@]}" -- "${cv_cpu[@]}"
[ "$LAUNCHER" != 1 ] || report "casevault (the app-image's launcher)" "${la_times[@]}" -- "${la_cpu[@]}"
rm -rf "$WORK/copy"
