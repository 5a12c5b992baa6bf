#!/usr/bin/env bash
# Benchmark: the installed-app experience. The Linux app-image's size, and its start-up side by side in the same run
# with the plain `java -jar target/casevault.jar` (the baseline) and with the same image without its AppCDS archive:
#   - time to the first window (mapped and visible) under Xvfb, polled with xdotool, and the CPU time the process
#     used until then (less disturbed by other work on the machine than the wall time); goal: under 2 s;
#   - a new JVM for the command line: `--version` and `case list --json`, wall and CPU time.
# Rounds interleave the variants, so load from other work on the machine hits them alike. Medians are printed.
#
#   src/bench/startup.sh [ROUNDS]     (from the repository root; builds the app-image when missing)
#
# Needs Xvfb and xdotool (apt-get install xvfb xdotool) for the window; without them only the command line is timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
WORK=${BENCH_DIR:-target/bench/startup}
JAVA=${JAVA:-java}
IMAGE=target/dist/CaseVault

[ -x "$IMAGE/bin/CaseVault" ] || packaging/linux/build.sh app-image
rm -rf "$WORK"
mkdir -p "$WORK/home"
export HOME=$PWD/$WORK/home   # preferences and logs of these runs stay in the bench folder

# The same image without AppCDS: its launcher then uses only the runtime's default CDS archive of JDK classes.
cp -a "$IMAGE" "$WORK/no-appcds"
sed -i '/SharedArchiveFile/d' "$WORK/no-appcds/lib/app/CaseVault.cfg"
rm -f "$WORK/no-appcds/lib/app/casevault.jsa"

VARIANTS=(launcher no-appcds java-jar)
cmd() { # variant → the command that starts the app
    case "$1" in
        launcher) echo "$IMAGE/bin/CaseVault" ;;
        no-appcds) echo "$WORK/no-appcds/bin/CaseVault" ;;
        java-jar) echo "$JAVA -jar target/casevault.jar" ;;
    esac
}

size() { du -sh "$1" | cut -f1; }
echo "app-image $IMAGE: $(size "$IMAGE") (runtime $(size "$IMAGE/lib/runtime"), app and libraries" \
    "$(du -sh --exclude=casevault.jsa "$IMAGE/lib/app" | cut -f1), AppCDS archive" \
    "$(size "$IMAGE/lib/app/casevault.jsa")); the jar and its libraries alone:" \
    "$(du -shc target/casevault.jar target/lib | tail -n 1 | cut -f1)"
ls target/dist/casevault_*.deb >/dev/null 2>&1 && echo ".deb: $(ls -sh target/dist/casevault_*.deb | cut -d' ' -f1)"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A samples
add() { samples[$1]="${samples[$1]:-} $2"; }
med() { printf '%s\n' ${samples[$1]} | median; }

VAULT=$WORK/vault
$(cmd java-jar) --vault "$VAULT" init >/dev/null
$(cmd java-jar) --vault "$VAULT" case add --title "转账未到账" --provider 支付宝 --amount 1250.00 --currency CNY \
    --incident 2026-11-03 --window-days 30 >/dev/null

# wall ms and CPU ms of one command-line run
cli_run() { # variant, key, args...
    local variant=$1 key=$2
    shift 2
    local t0 t1
    t0=$(now)
    /usr/bin/time -f '%U %S' -o "$WORK/cpu" $(cmd "$variant") "$@" >/dev/null 2>"$WORK/err" \
        || { cat "$WORK/err" >&2; exit 1; }
    t1=$(now)
    add "$variant/$key/wall" $(((t1 - t0) / 1000000))
    add "$variant/$key/cpu" "$(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu")"
}

XVFB=
WINDOW=0
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    DISPLAY_NO=:$((80 + RANDOM % 9))
    Xvfb "$DISPLAY_NO" -screen 0 1400x900x24 >/dev/null 2>&1 &
    XVFB=$!
    trap '[ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null' EXIT
    sleep 1
    WINDOW=1
else
    echo "no Xvfb or xdotool: the window is not timed"
fi

window_run() { # variant
    local t0 t1 app
    t0=$(now)
    DISPLAY=$DISPLAY_NO $(cmd "$1") --vault "$VAULT" >/dev/null 2>&1 &
    app=$!
    # The toolkit first makes an unmapped leader window named CaseVault; the main window is "CaseVault — vault".
    if ! DISPLAY=$DISPLAY_NO timeout 60 xdotool search --sync --onlyvisible --name "CaseVault —" >/dev/null; then
        echo "no window from $1 within 60 s" >&2
        kill "$app" 2>/dev/null
        exit 1
    fi
    t1=$(now)
    # CPU time of the process so far (the launcher runs the JVM in its own process): user + system clock ticks.
    add "$1/window/cpu" "$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$app/stat")"
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null || true
    add "$1/window/wall" $(((t1 - t0) / 1000000))
}

for round in $(seq 1 "$ROUNDS"); do
    for v in "${VARIANTS[@]}"; do
        [ "$WINDOW" = 1 ] && window_run "$v"
        cli_run "$v" version --version
        cli_run "$v" list --vault "$VAULT" case list --json
    done
    line="round $round:"
    for v in "${VARIANTS[@]}"; do
        w=$(echo ${samples[$v/window/wall]:-} | awk '{print $NF}')
        line="$line $v window ${w:--} ms, --version $(echo ${samples[$v/version/wall]} | awk '{print $NF}') ms;"
    done
    echo "$line"
done

echo
printf '%-10s %22s %22s %22s\n' "median" "first window wall/cpu" "--version wall/cpu" "case list wall/cpu"
for v in "${VARIANTS[@]}"; do
    w=-
    [ "$WINDOW" = 1 ] && w="$(med "$v/window/wall")/$(med "$v/window/cpu") ms"
    printf '%-10s %22s %22s %22s\n' "$v" "$w" \
        "$(med "$v/version/wall")/$(med "$v/version/cpu") ms" "$(med "$v/list/wall")/$(med "$v/list/cpu") ms"
done
echo "(goal: first window under 2 s; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
