#!/usr/bin/env bash
# Benchmark: parsing 100,000-row Alipay-style and WeChat-style statements (goal: 100,000 rows per second or better).
#   src/bench/import-parse.sh      (builds the test classes when needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -DskipTests test-compile
cp=$(./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "target/classes:target/test-classes:$cp" io.casevault.bench.ImportParseBench
