#!/usr/bin/env bash
# CI smoke test: seed the corpora, build every fuzz target, run each for SMOKE_SECONDS (default 20).
# Exits non-zero on the first crash, hang or OOM; the reproducer is in Fuzz/artifacts/<target>/.
#   Fuzz/smoke.sh
set -euo pipefail
cd "$(dirname "$0")"
SMOKE_SECONDS=${SMOKE_SECONDS:-20}
./seed-corpora.sh >/dev/null
./build.sh
status=0
for target in fuzz-text fuzz-markdown fuzz-html fuzz-docx fuzz-odt fuzz-dates fuzz-normalizer; do
  if ./run.sh "$target" "$SMOKE_SECONDS" >"artifacts-$target.log" 2>&1; then
    echo "$target: ok ($(grep -o 'stat::number_of_executed_units: [0-9]*' "artifacts-$target.log" | awk '{print $2}') runs)"
  else
    echo "$target: FAILED — see Fuzz/artifacts-$target.log and Fuzz/artifacts/$target/"; status=1
  fi
done
exit $status
