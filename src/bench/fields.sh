#!/usr/bin/env bash
# Benchmark: field precision and recall through the real recogniser. Generated payment screens of six layouts
# (Alipay, WeChat Pay, PayPal, bank apps in Chinese and English) are drawn, read by the OCR engine, and the amounts,
# transaction/order numbers, times, counterparties and statuses found are compared with what each screen shows.
# Prints a table per kind, per layout, and the redactions proposed over an amount or a number.
# Goals (issue 15): at least 98 % recall and 99 % precision for amounts, numbers and times; no such redaction.
#
#   src/bench/fields.sh [SCREENS] [SEED]      (default 120 screens; about 1 s of OCR each)
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$(dirname "$0")/run-main.sh" io.casevault.domain.understanding.RenderedFieldsBench "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
