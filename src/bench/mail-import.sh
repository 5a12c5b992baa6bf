#!/usr/bin/env bash
# Benchmark: importing a 5,000-message mbox (10 % with screenshots or photos attached) into a fresh vault through the
# application's import (MailImportService: parse, thread, stage, check, commit with follow-ups and audit entries),
# with a 256 MB heap, timed against cp + sha256sum of the same file in the same run; prints the load average, the
# ratio and the peak heap. DESIGN goal: at most 5x, heap flat.
#
#   src/bench/mail-import.sh [ROUNDS] [COUNT]     (run from anywhere; the mbox is written once, deterministic)
#
# The import runs in a JVM with the options the command line's `mail import` has: the compiler options every app JVM
# has (the app-image launcher's raised Tier4 compile thresholds and its CompileCommand rules, which the window and the
# large imports started with java -jar take too) and the options the launcher adds for the command line's imports (the
# throughput collector, and the optimising compiler for the loops over bytes only; packaging/linux/build.sh says why),
# read from that script; PLAIN_JVM=1 runs it in a JVM without them, as a plain `java` command line would. WINDOW_JVM=1
# leaves out the imports' options: the window imports mail in its own JVM, which keeps the JVM's default collector (G1)
# and both compilers. VS_WINDOW=1 times both in the same run: each round one cold import in a JVM of each kind (which
# goes first alternates), each against its own floor, then the medians.
# IMPORTS="OPTIONS" gives the imports' options instead of build.sh's; VS_IMPORTS="OPTIONS" times the command line's
# JVM against one with those imports' options instead (say the options before a change), as VS_WINDOW=1 does.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-1}
COUNT=${2:-5000}
WORK=${BENCH_DIR:-target/bench}
# shellcheck source=common.sh
source src/bench/common.sh # median
if [ "${VS_WINDOW:-0}" = 1 ] || [ -n "${VS_IMPORTS:-}" ]; then
    [ "${PLAIN_JVM:-0}" != 1 ] || { echo "VS_WINDOW=1 and VS_IMPORTS compare the app's JVMs: no PLAIN_JVM" >&2; exit 2; }
    [ "${VS_WINDOW:-0}" != 1 ] || [ -z "${VS_IMPORTS:-}" ] || { echo "VS_WINDOW=1 or VS_IMPORTS, not both" >&2; exit 2; }
    against=${VS_IMPORTS:-} # read before the rounds' commands set VS_IMPORTS='' (which their later words would see)
    other="window (G1)"
    [ -z "$against" ] || other="imports' options $against"
    # one cold import of the command line's kind (0) or the other (1)
    cold() {
        local window=0 imports=''
        if [ "$1" = 1 ] && [ -n "$against" ]; then
            imports=$against
        elif [ "$1" = 1 ]; then
            window=1
        fi
        KEEP_VAULTS=1 VS_WINDOW=0 VS_IMPORTS='' WINDOW_JVM=$window IMPORTS=$imports "$0" 1 "$COUNT"
    }
    name() { # of the JVM of kind $1
        if [ "$1" = 1 ]; then echo "$other"; else echo "command line"; fi
    }
    results=$(mktemp)
    # the rounds' vaults are deleted after the last round, not between rounds (see below: deleting thousands of files
    # makes creating the next thousands slow on the test machines' file system)
    trap 'rm -f "$results"; rm -rf "$WORK"/mail/run-*' EXIT
    for r in $(seq "$ROUNDS"); do
        order="0 1"
        [ $((r % 2)) = 0 ] && order="1 0"
        for w in $order; do
            line=$(cold "$w" | grep '^round 1:')
            floor=$(sed -E 's/.*cp\+sha256sum ([0-9,]+) ms.*/\1/' <<<"$line" | tr -d ,)
            took=$(sed -E 's/.*, import ([0-9,]+) ms.*/\1/' <<<"$line" | tr -d ,)
            cpu=$(sed -E 's/.*JVM ([0-9,]+) ms user \+ ([0-9,]+) ms system.*/\1 + \2/' <<<"$line" | tr -d ,)
            echo "round $r, $(name "$w"): cp+sha256sum $floor ms, import $took ms (CPU $cpu ms user + system), ratio" \
                "$(awk -v a="$took" -v b="$floor" 'BEGIN { printf "%.2f", a / b }')x"
            echo "$w $floor $took" >>"$results"
        done
    done
    for w in 0 1; do
        f=$(awk -v w="$w" '$1 == w { print $2 }' "$results" | median)
        i=$(awk -v w="$w" '$1 == w { print $3 }' "$results" | median)
        ratio=$(awk -v w="$w" '$1 == w { print $3 / $2 }' "$results" | median)
        echo "median, $(name "$w"): cp+sha256sum $f ms, import $i ms; median ratio $(printf '%.2f' "$ratio")x" \
            "(goal: at most 5x)"
    done
    exit 0
fi
MBOX="$WORK/mail/bench-$COUNT.mbox"
if [ ! -f "$MBOX" ]; then
    src/bench/run-main.sh io.casevault.bench.GenMailbox "$MBOX" "$COUNT"
fi
# Each run imports into a folder of its own, where the file system has no inodes freed in the last minutes. On an ext4
# without a journal (this repo's test machines' disks), making a file skips, testing each in turn, every inode of its
# folder's block group freed less than 60 s ago (360 s while the inode table is not written back yet): right after a
# previous run deleted its 6,000 files, making the next 6,000 took 4-5 s of system time instead of 0.1 s (timed with a
# small C program; perf showed the kernel in recently_deleted and find_inode_bit). An ext4 with a journal, as on a
# laptop, does not do it. The T attribute makes ext4 place each new folder in mail/ in a block group chosen afresh (by
# its name, hence a name per run), as for a folder at the top of the file system, rather than beside the last one.
# Where chattr or the attribute is missing, nothing changes.
mkdir -p "$WORK/mail"
chattr +T "$WORK/mail" 2>/dev/null || true
# what a stopped run left; a finished run deleted its vaults itself (see MailImportBench), unless told to keep them
# (KEEP_VAULTS=1, which VS_WINDOW=1 and VS_IMPORTS set for their rounds: they delete them all once the last is done)
if [ "${KEEP_VAULTS:-0}" != 1 ]; then
    rm -rf "$WORK"/mail/import-vault* "$WORK"/mail/run-*
fi
RUN="$WORK/mail/run-$(date +%s)-$$"
mkdir "$RUN"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
jit=""
if [ "${PLAIN_JVM:-0}" != 1 ]; then
    # every app JVM's: those jpackage writes into the image's cfg (--java-options), not the imports' own below; in
    # the script's order: CompileCommand=quiet must come before the rules it keeps quiet
    jit=$(grep -- '--java-options' packaging/linux/build.sh \
        | grep -o -- "-XX:\(Tier4[A-Za-z]*=[0-9]*\|CompileCommand=[^ ']*\|-C1[A-Za-z]*\)" | awk '!seen[$0]++' | tr '\n' ' ')
    [ -n "$jit" ] || { echo "no JIT options found in packaging/linux/build.sh" >&2; exit 1; }
    if [ "${WINDOW_JVM:-0}" != 1 ]; then
        # build.sh's array import_options, one or more a line, those with a * in single quotes; IMPORTS instead
        imports=${IMPORTS:-$(sed -n '/^ *local import_options=(/,/^ *)/p' packaging/linux/build.sh | sed '1d;$d' \
            | tr -s ' ' '\n' | sed "s/^'//; s/'$//" | grep -- '^-XX:' | tr '\n' ' ')}
        [ -n "$imports" ] || { echo "no options for imports found in packaging/linux/build.sh" >&2; exit 1; }
        jit="$jit$imports "
    fi
fi
echo "JVM options: -Xmx256m ${jit}${BENCH_JAVA_OPTS:-}"
keep=""
[ "${KEEP_VAULTS:-0}" != 1 ] || keep="-Dbench.keep=true"
BENCH_JAVA_OPTS="-Xmx256m $jit $keep ${BENCH_JAVA_OPTS:-}" exec src/bench/run-main.sh io.casevault.bench.MailImportBench \
    "$MBOX" "$RUN" "$ROUNDS"
