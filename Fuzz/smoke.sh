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
# First the inputs that once crashed (each a regression test in Tests/CiteproofCoreTests/Hardening).
for dir in regressions/*/; do
  target=$(basename "$dir"); ls "$dir"* >/dev/null 2>&1 || continue
  if ! ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "${SCRATCH:-../.build-fuzz}/debug/$target" -detect_leaks=0 -timeout=1 "$dir"* >"artifacts-$target.log" 2>&1; then
    echo "$target: a regression input FAILS again — see Fuzz/artifacts-$target.log"; status=1
  fi
done
for target in fuzz-text fuzz-markdown fuzz-html fuzz-docx fuzz-odt fuzz-dates fuzz-normalizer; do
  # A fixed seed: CI explores the same input sequence on every run (a prefix of it on a slower machine).
  if ./run.sh "$target" "$SMOKE_SECONDS" -seed="${SMOKE_SEED:-1}" >"artifacts-$target.log" 2>&1; then
    echo "$target: ok ($(grep -o 'stat::number_of_executed_units: [0-9]*' "artifacts-$target.log" | awk '{print $2}') runs)"
  else
    echo "$target: FAILED — see Fuzz/artifacts-$target.log and Fuzz/artifacts/$target/"; status=1
  fi
done
exit $status
