#!/usr/bin/env bash
# Runs a benchmark's main class from the test classes on the project's test class path, after compiling them:
#   src/bench/run-main.sh CLASS [ARG...]      (JVM options in BENCH_JAVA_OPTS, e.g. -Dprism.order=sw)
# The other scripts here call it; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
set -f # the options are words on purpose, and a compiler option's method pattern has a *
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$cp" "$@"
