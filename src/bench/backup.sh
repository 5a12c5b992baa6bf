#!/usr/bin/env bash
# Benchmark: backing up a vault that holds the GenCorpus case (200 phone screenshots + 50 photos), each a whole
# command, side by side in the same run with `tar` of the same vault folder followed by `sync` (tar neither hashes
# nor flushes; CaseVault hashes every original against the manifest and fsyncs what it writes). Three kinds: one
# archive file (.cvbackup), the first backup into a folder, and an incremental one into that folder (nothing new).
#
#   src/bench/backup.sh [ROUNDS]        (run from anywhere; builds the jar when missing)
#
# Needs ../shared/bench/GenCorpus.java and ../shared/fonts (or set GENCORPUS / FONT). Prints medians and ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
GENCORPUS=${GENCORPUS:-../shared/bench/GenCorpus.java}
FONT=${FONT:-../shared/fonts/NotoSansSC-Regular.ttf}
WORK=${BENCH_DIR:-target/bench}
JAVA=${JAVA:-java}
CV=("$JAVA" -jar target/casevault.jar)

[ -f target/casevault.jar ] || ./mvnw -B -q -DskipTests package
mkdir -p "$WORK"
CORPUS="$WORK/corpus"
if [ ! -f "$CORPUS/photo-0049.jpg" ]; then
    echo "generating the corpus (200 screenshots, 50 photos) ..."
    "$JAVA" "$GENCORPUS" "$CORPUS" 200 50 "$FONT"
fi
VAULT="$WORK/backup-vault"
if [ ! -f "$VAULT/casevault.db" ]; then
    "${CV[@]}" --vault "$VAULT" init > /dev/null
    case_id=$("${CV[@]}" --vault "$VAULT" case add --title "backup bench" --provider "GenCorpus")
    "${CV[@]}" --vault "$VAULT" evidence add --case "$case_id" "$CORPUS"/* > /dev/null
fi
echo "vault: $(du -sh "$VAULT" | cut -f1)"

ms() { local t0; t0=$(date +%s%N); "$@" > /dev/null; echo $(( ($(date +%s%N) - t0) / 1000000 )); }
# shellcheck source=common.sh
source src/bench/common.sh
tar_sync() { tar cf "$1" -C "$VAULT" . && sync; }

tars=(); archives=(); firsts=(); increments=()
for round in $(seq 1 "$ROUNDS"); do
    rm -rf "$WORK/backups" && mkdir -p "$WORK/backups" && sync
    tars+=("$(ms tar_sync "$WORK/backups/vault.tar")")
    archives+=("$(ms "${CV[@]}" --vault "$VAULT" backup --out "$WORK/backups/vault.cvbackup")")
    firsts+=("$(ms "${CV[@]}" --vault "$VAULT" backup --out "$WORK/backups/folder")")
    increments+=("$(ms "${CV[@]}" --vault "$VAULT" backup --out "$WORK/backups/folder")")
    echo "round $round: tar+sync ${tars[-1]} ms, archive ${archives[-1]} ms, folder ${firsts[-1]} ms," \
        "folder again ${increments[-1]} ms"
done
rm -rf "$WORK/restored"
"${CV[@]}" --vault "$WORK/restored" restore "$WORK/backups/vault.cvbackup" > /dev/null && echo "the last archive restores"

t=$(printf '%s\n' "${tars[@]}" | median)
for kind in archive first increment; do
    case $kind in
        archive) v=$(printf '%s\n' "${archives[@]}" | median); label="archive (.cvbackup)" ;;
        first) v=$(printf '%s\n' "${firsts[@]}" | median); label="folder, first" ;;
        increment) v=$(printf '%s\n' "${increments[@]}" | median); label="folder, incremental" ;;
    esac
    awk -v t="$t" -v v="$v" -v l="$label" 'BEGIN { printf "median: %-20s %6d ms, tar+sync %d ms, ratio %.2fx\n", l, v, t, v / t }'
done
rm -rf "$WORK/backups" "$WORK/restored"
