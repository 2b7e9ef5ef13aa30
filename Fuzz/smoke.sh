#!/usr/bin/env bash
# CI smoke test: replay every regression input, then run each target for a fixed number of inputs.
# Deterministic: a fixed seed, a fixed run count, deterministic Swift hashing, and a fresh corpus seeded
# from the repository's drafts alone (SEED_SHARED=0) — so a clean clone explores exactly the inputs a local
# `Fuzz/smoke.sh` does, and CI cannot find what the same command here did not.
# Exits non-zero on the first crash, hang or OOM; the reproducer is in Fuzz/artifacts/<target>/.
#   Fuzz/smoke.sh                 # SMOKE_SCALE=2 doubles every run count; SMOKE_SEED picks another sequence
set -euo pipefail
cd "$(dirname "$0")"
SMOKE_SCALE=${SMOKE_SCALE:-1}
export SWIFT_DETERMINISTIC_HASHING=1
# A hang is > 1 s of a release build; this is a debug build under ASan (about ten times slower) on
# a CI machine that may be busy, so the smoke run allows 3 s (Fuzz/run.sh alone keeps 1 s).
export FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-3}
CORPUS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/citeproof-smoke-corpus.XXXXXX")
trap 'rm -rf "$CORPUS_DIR"' EXIT
export CORPUS_DIR
SEED_SHARED=0 ./seed-corpora.sh >/dev/null
./build.sh
status=0
# First the inputs that once crashed (each a regression test in Tests/CiteproofCoreTests/Hardening).
for dir in regressions/*/; do
  target=$(basename "$dir"); ls "$dir"* >/dev/null 2>&1 || continue
  if ! ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "${SCRATCH:-../.build-fuzz}/debug/$target" -detect_leaks=0 -timeout="$FUZZ_TIMEOUT" "$dir"* >"artifacts-$target.log" 2>&1; then
    echo "$target: a regression input FAILS again — see Fuzz/artifacts-$target.log"; status=1
  fi
done
# Run counts: about 15 s each on the 2-core development machine.
for entry in fuzz-text:1000 fuzz-markdown:1000 fuzz-html:500 fuzz-docx:500 fuzz-odt:600 fuzz-dates:15000 fuzz-normalizer:15000; do
  target=${entry%%:*}; runs=$(( ${entry##*:} * SMOKE_SCALE ))
  if ./run.sh "$target" 0 -runs="$runs" -seed="${SMOKE_SEED:-1}" >"artifacts-$target.log" 2>&1; then
    echo "$target: ok ($(grep -o 'stat::number_of_executed_units: [0-9]*' "artifacts-$target.log" | awk '{print $2}') runs, $(grep -o 'cov: [0-9]* ft: [0-9]*' "artifacts-$target.log" | tail -1))"
  else
    echo "$target: FAILED — see Fuzz/artifacts-$target.log and Fuzz/artifacts/$target/"; status=1
  fi
done
exit $status
