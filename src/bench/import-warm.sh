#!/usr/bin/env bash
# Benchmark: adding a folder of evidence inside a running JVM (the desktop app's case), 4 rounds into fresh vaults.
#   src/bench/import-warm.sh CORPUS_DIR      (e.g. target/bench/corpus made by evidence-add.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/classes:target/test-classes:$cp" io.casevault.bench.ImportWarmBench "${1:-target/bench/corpus}"
