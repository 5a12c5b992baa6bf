#!/usr/bin/env bash
# Benchmark: the application's window over a case with 10,000 transactions and 1,000 exhibits. Selects the case in a
# fresh JVM and opens every tab once (cold), reopens every tab five times (warm), then scrolls each list; prints per tab
# the open times, the longest FX pulse gap while opening and while scrolling, the processor time of the cold open (the
# whole process's, and the FX thread's: on a loaded machine it compares runs better than the times) and the load average.
#   src/bench/ui-open.sh [VAULT_DIR]   (needs a display: e.g. `Xvfb :99 & DISPLAY=:99 src/bench/ui-open.sh`)
#   IMAGE=target/dist/CaseVault src/bench/ui-open.sh [VAULT_DIR]
#   DWELL_MS=1000 src/bench/ui-open.sh     (waits that long on each tab before the next cold open, as a person reading
#                                          it would; by default each tab is clicked the moment the one before shows)
# By default the JVM is a plain one on the class folders. With IMAGE (an app-image from packaging/linux/build.sh) it
# runs as that image's window does: on the image's jars, with the JVM options of its lib/app/CaseVault.cfg, and with
# a class-data archive of the classes its lib/app/casevault.classlist names (recorded by appcds.sh: the commands, the
# window and each of its tabs). That archive is made here, for the JDK that runs the benchmark (the image's own
# runtime lacks java.management, which the benchmark reads its processor times from); the test classes follow the
# image's jars on the class path, in a jar, since classes from a folder are never archived.
set -euo pipefail
cd "$(dirname "$0")/../.."
VAULT=${1:-target/bench/large-vault}
DWELL="-Dbench.dwellMs=${DWELL_MS:-0}"
if [ -z "${IMAGE:-}" ]; then
    BENCH_JAVA_OPTS="-Dprism.order=sw $DWELL" exec src/bench/run-main.sh io.casevault.bench.UiOpenBench "$VAULT"
fi
app=$(cd "$IMAGE/lib/app" && pwd)
cfg=$app/CaseVault.cfg
[ -f "$cfg" ] && [ -f "$app/casevault.classlist" ] || { echo "ui-open: $IMAGE is no app-image with a class list" >&2; exit 1; }
./mvnw -B -q -DskipTests test-compile
deps=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
work=target/bench/ui-open-image
mkdir -p "$work"
rm -f "$work/tests.jar"
jar cf "$work/tests.jar" -C target/test-classes .
image_cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
archive=$(cd "$work" && pwd)/casevault.jsa
java -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedClassListFile="$app/casevault.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$image_cp" >/dev/null
options=()
while IFS= read -r option; do
    case "$option" in
        -XX:SharedArchiveFile=*) options+=("-XX:SharedArchiveFile=$archive") ;;
        -Xshare:auto) options+=(-Xshare:on) ;; # an archive that does not map fails the run rather than passing unseen
        *) options+=("${option//\$APPDIR/$app}") ;;
    esac
done < <(sed -n '/^\[JavaOptions\]/,/^\[/s/^java-options=//p' "$cfg")
echo "as the app-image $IMAGE runs: ${options[*]}"
exec java -Dprism.order=sw "$DWELL" "${options[@]}" -cp "$image_cp:$work/tests.jar:$deps" io.casevault.bench.UiOpenBench \
    "$VAULT"
