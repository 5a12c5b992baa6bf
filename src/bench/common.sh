# Shared by the benchmark scripts (sourced from the project folder): timing helpers and the app-image launcher.
# shellcheck shell=bash

IMAGE=${IMAGE:-target/dist/CaseVault}

now() { date +%s%N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Builds the Linux app-image (what a user runs: its launcher has the AppCDS archive and the JIT options of
# packaging/linux/build.sh) from target/casevault.jar when it is missing or older than that jar.
app_image_current() {
    if [ ! -x "$IMAGE/bin/CaseVault" ] || [ target/casevault.jar -nt "$IMAGE/lib/app/casevault.jar" ]; then
        CASEVAULT_REUSE_JAR=1 packaging/linux/build.sh app-image > /dev/null
    fi
}
