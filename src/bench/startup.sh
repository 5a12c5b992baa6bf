#!/usr/bin/env bash
# Benchmark: how soon CaseVault's window appears, against the least a JavaFX window can take on this machine.
# In the same run, rounds interleaving the variants (so load from other work hits them alike):
#   minimal    src/bench/MinimalWindow.java — one Label in a Stage, the same JavaFX jars (target/lib), `java -cp`;
#   java-jar   `java -jar target/casevault.jar` (which starts the window's JVM again with an AppCDS archive of its own,
#              made by the first start of a round set, and the launcher's JIT options: io.casevault.JarRelaunch);
#   launcher   the Linux app-image's launcher, target/dist/CaseVault/bin/CaseVault (what a user runs; built when
#              missing or older than the jar).
# Two moments, each as the wall time from the start of the command and the CPU time its process had used by then
# (CPU time is less disturbed by other work on the machine than wall time):
#   - first window: the first top-level window mapped on the X display (Xvfb), seen when the X server reports it
#     (xev's MapNotify event, read as it arrives: no polling step), the same for all three;
#   - case list:    the case list holding the vault's cases in a shown window, as the app logs it ("Case list shown
#     … at <epoch ms>", logged after the first layout pass that has the cases), or the first window if later.
# Goals (issue 19): first window within 1.5× the minimal window's, case list within 2.0×. Also a new JVM for the
# command line (`--version`, `case list --json`). The vault (under a temporary HOME) holds four cases, one of them
# with 2,000 transactions.
#
#   src/bench/startup.sh [ROUNDS]     (from the repository root; default 5 rounds)
#
# VARIANTS="minimal java-jar" times only those; CASEVAULT_JAR=other.jar times another build's jar as java-jar (with
# its lib/ beside it; a build that does not log its case list gets none, after 30 s). BEFORE=DIR adds, in the same
# rounds, an earlier build kept in DIR (its casevault.jar with lib/ beside it, and dist/CaseVault, whose AppCDS archive
# must be made again there: packaging/linux/appcds.sh --dump DIR/dist/CaseVault) as before-jar and before-launcher,
# and prints each variant's ratio to its earlier build.
# Needs Xvfb, xev and stdbuf (apt-get install xvfb x11-utils coreutils) for the window; without them only the command
# line is timed. JAVA names the java to run (default: java on the PATH).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
WORK=${BENCH_DIR:-target/bench/startup}
JAVA=${JAVA:-java}
# shellcheck source=common.sh
source src/bench/common.sh

read -r -a VARIANTS <<<"${VARIANTS:-minimal java-jar launcher}"
BEFORE=${BEFORE:+$(cd "$BEFORE" && pwd)}
[ -n "$BEFORE" ] && VARIANTS+=(before-jar before-launcher)
JAR=${CASEVAULT_JAR:-target/casevault.jar}
[ -f target/casevault.jar ] || ./mvnw -B -q -DskipTests package
if [[ " ${VARIANTS[*]} " == *" launcher "* ]]; then
    app_image_current
fi
rm -rf "$WORK"
mkdir -p "$WORK/home" "$WORK/minimal"
mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd)   # absolute, whether BENCH_DIR was given relative or not
export HOME=$WORK/home   # preferences and logs of these runs stay in the bench folder
unset XDG_DATA_HOME XDG_STATE_HOME XDG_CONFIG_HOME XDG_CACHE_HOME

FX_CP=$(find target/lib -name 'javafx-*.jar' | sort | paste -sd: -)
javac -d "$WORK/minimal" -cp "$FX_CP" src/bench/MinimalWindow.java

cmd() { # variant → the command that starts it
    case "$1" in
        minimal) echo "$JAVA -cp $WORK/minimal:$FX_CP MinimalWindow" ;;
        java-jar) echo "$JAVA -jar $JAR" ;;
        launcher) echo "$IMAGE/bin/CaseVault" ;;
        # a cache folder of its own: each build's first start makes its AppCDS archive there and removes the other
        # builds' (io.casevault.JarRelaunch), so in a shared one the two jars would remove each other's every round
        before-jar) echo "env XDG_CACHE_HOME=$HOME/.cache-before $JAVA -jar $BEFORE/casevault.jar" ;;
        before-launcher) echo "$BEFORE/dist/CaseVault/bin/CaseVault" ;;
    esac
}

declare -A samples
add() { samples[$1]="${samples[$1]:-} $2"; }
med() { printf '%s\n' ${samples[$1]:-} | median; }
now_us() { local t=$EPOCHREALTIME; echo "${t/[.,]/}"; }
cpu_ms() { # pid → user + system CPU ms so far of the process and those it started (`java -jar` starts the window's
    # JVM again as its child; the launcher runs the JVM in its own process)
    local pids=$1 all= p
    while [ -n "$pids" ]; do
        all="$all $pids"
        pids=$(for p in $pids; do pgrep -P "$p" || true; done | tr '\n' ' ' | xargs)
    done
    for p in $all; do cat "/proc/$p/stat" 2>/dev/null || true; done \
        | awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); t += $12 + $13} END {printf "%d", t * 1000 / hz}'
}

VAULT=$WORK/vault
CASEVAULT="$JAVA -jar target/casevault.jar"
$CASEVAULT --vault "$VAULT" init >/dev/null
$CASEVAULT --vault "$VAULT" case add --title "转账未到账" --provider 支付宝 --amount 1250.00 --currency CNY \
    --incident 2026-11-03 --window-days 30 >/dev/null
$CASEVAULT --vault "$VAULT" case add --title "Charged twice for one order" --provider PayPal --amount 89.90 \
    --currency USD --incident 2026-10-12 --window-days 60 >/dev/null
$CASEVAULT --vault "$VAULT" case add --title "账户被盗" --provider 微信支付 --amount 3000.00 --currency CNY \
    --incident 2026-09-30 --window-days 30 >/dev/null
$CASEVAULT --vault "$VAULT" case add --title "Refund never arrived" --provider Alipay --amount 420.00 \
    --currency CNY --incident 2026-11-20 --window-days 30 >/dev/null
awk 'BEGIN { print "Date,Amount,Currency,Name,Ref"
    for (i = 1; i <= 2000; i++)
        printf "2026-%02d-%02d %02d:%02d:00,%d.%02d,CNY,Shop %d,R%08d\n", 1 + i % 11, 1 + i % 28, i % 24, i % 60,
            1 + i % 900, i % 100, i % 37, i }' >"$WORK/statement.csv"
$CASEVAULT --vault "$VAULT" tx import --case 1 "$WORK/statement.csv" \
    --map time=Date,amount=Amount,currency=Currency,counterparty=Name,id=Ref >/dev/null
LOG=$(find "$HOME" -name casevault.log | head -n 1)
[ -n "$LOG" ] || { echo "no casevault.log under $HOME after the set-up" >&2; exit 1; }

# wall ms and CPU ms of one command-line run
cli_run() { # variant, key, args...
    local variant=$1 key=$2
    shift 2
    local t0 t1
    t0=$(now_us)
    /usr/bin/time -f '%U %S' -o "$WORK/cpu" $(cmd "$variant") "$@" >/dev/null 2>"$WORK/err" \
        || { cat "$WORK/err" >&2; exit 1; }
    t1=$(now_us)
    add "$variant/$key/wall" $(((t1 - t0) / 1000))
    add "$variant/$key/cpu" "$(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu")"
}

XVFB=
WINDOW=0
if command -v Xvfb >/dev/null && command -v xev >/dev/null && command -v stdbuf >/dev/null; then
    DISPLAY_NO=:$((80 + RANDOM % 9))
    Xvfb "$DISPLAY_NO" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    sleep 1
    # Every map of a top-level window, as the X server reports it; read below as each line arrives.
    coproc XEV { DISPLAY=$DISPLAY_NO exec stdbuf -oL xev -root -event substructure; }
    XEV_WATCHER=$XEV_PID
    trap 'kill "$XEV_WATCHER" "$XVFB" 2>/dev/null || true' EXIT
    sleep 0.5
    WINDOW=1
else
    echo "no Xvfb, xev or stdbuf: the window is not timed"
fi

# Waits for the next top-level window mapped (not override-redirect: no menu or tooltip); sets MAPPED to its time
# in µs (in this shell: the coprocess's pipe is read here, not in a subshell).
next_map() {
    local line
    MAPPED=
    while IFS= read -r -t 60 -u "${XEV[0]}" line; do
        case $line in
            MapNotify*) MAPPED=$EPOCHREALTIME; MAPPED=${MAPPED/[.,]/} ;;
            *"override NO"*) [ -n "$MAPPED" ] && return 0 ;;
            *) MAPPED= ;;
        esac
    done
    return 1
}

window_run() { # variant
    local v=$1 t0 mapped app line= shown
    while IFS= read -r -t 0.05 -u "${XEV[0]}" line; do :; done # events of the previous run
    rm -f "$LOG"
    t0=$(now_us)
    DISPLAY=$DISPLAY_NO $(cmd "$v") --vault "$VAULT" >/dev/null 2>&1 &
    app=$!
    if ! next_map; then
        echo "no window from $v within 60 s" >&2
        kill "$app" 2>/dev/null
        exit 1
    fi
    mapped=$MAPPED
    add "$v/window/cpu" "$(cpu_ms "$app")"
    add "$v/window/wall" $(((mapped - t0) / 1000))
    if [ "$v" != minimal ]; then
        # the app logs the moment (epoch ms) the case list first showed the cases
        for _ in $(seq 1 1500); do
            [ -f "$LOG" ] && line=$(grep -m 1 'Case list shown' "$LOG") && break
            sleep 0.02
        done
        if [ -n "$line" ]; then
            shown=$(echo "$line" | sed -n 's/.* at \([0-9]*\) ms since the epoch.*/\1/p')
            shown=$((shown * 1000 > mapped ? shown * 1000 : mapped))
            add "$v/list/cpu" "$(cpu_ms "$app")"
            add "$v/list/wall" $(((shown - t0) / 1000))
        else
            echo "$v logged no case list within 30 s" >&2
        fi
    fi
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null || true
}

for round in $(seq 1 "$ROUNDS"); do
    line="round $round:"
    for v in "${VARIANTS[@]}"; do
        if [ "$WINDOW" = 1 ]; then
            window_run "$v"
            line="$line $v $(echo ${samples[$v/window/wall]} | awk '{print $NF}') ms"
            [ "$v" != minimal ] && line="$line (list $(echo ${samples[$v/list/wall]:--} | awk '{print $NF}') ms)"
            line="$line;"
        fi
        if [ "$v" != minimal ]; then
            cli_run "$v" version --version
            cli_run "$v" caselist --vault "$VAULT" case list --json
        fi
    done
    echo "$line (load $(cut -d' ' -f1 /proc/loadavg))"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f×" : "-"), a / b }'; }
echo
if [ "$WINDOW" = 1 ]; then
    base_wall=$(med minimal/window/wall)
    base_cpu=$(med minimal/window/cpu)
    printf '%-9s %-34s %-34s\n' "median" "first window: wall, cpu (ratio)" "case list: wall, cpu (ratio)"
    for v in "${VARIANTS[@]}"; do
        w="$(med "$v/window/wall") ms, $(med "$v/window/cpu") ms ($(ratio "$(med "$v/window/wall")" "$base_wall"),"
        w="$w $(ratio "$(med "$v/window/cpu")" "$base_cpu"))"
        l=-
        if [ "$v" != minimal ] && [ -n "${samples[$v/list/wall]:-}" ]; then
            l="$(med "$v/list/wall") ms, $(med "$v/list/cpu") ms ($(ratio "$(med "$v/list/wall")" "$base_wall"),"
            l="$l $(ratio "$(med "$v/list/cpu")" "$base_cpu"))"
        fi
        printf '%-9s %-34s %-34s\n' "$v" "$w" "$l"
    done
    echo "(ratios: to the minimal window's wall and CPU time; goals: first window ≤ 1.5×, case list ≤ 2.0×)"
    if [ -n "$BEFORE" ]; then
        for v in java-jar launcher; do
            b=before-${v#java-}
            printf '%-9s to %s: first window wall %s, cpu %s; case list wall %s, cpu %s\n' "$v" "$b" \
                "$(ratio "$(med "$v/window/wall")" "$(med "$b/window/wall")")" \
                "$(ratio "$(med "$v/window/cpu")" "$(med "$b/window/cpu")")" \
                "$(ratio "$(med "$v/list/wall")" "$(med "$b/list/wall")")" \
                "$(ratio "$(med "$v/list/cpu")" "$(med "$b/list/cpu")")"
        done
    fi
fi
echo
printf '%-9s %-24s %-24s\n' "median" "--version wall/cpu" "case list --json wall/cpu"
for v in "${VARIANTS[@]}"; do
    [ "$v" = minimal ] && continue
    printf '%-9s %-24s %-24s\n' "$v" "$(med "$v/version/wall")/$(med "$v/version/cpu") ms" \
        "$(med "$v/caselist/wall")/$(med "$v/caselist/cpu") ms"
done
echo "(load average now: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
