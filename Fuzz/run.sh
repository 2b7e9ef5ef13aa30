#!/usr/bin/env bash
# Runs one fuzz target for SECONDS (default 600) on its corpus (Fuzz/corpus/TARGET, or an absolute
# $CORPUS_DIR/TARGET), with the project's limits: a hang is > 1 s on a 64 KB input; memory over 2 GB
# is an OOM. Leak detection is off: the Swift runtime reports the one-time allocations of static Regex literals as leaks. Findings go to Fuzz/artifacts/TARGET/.
#   Fuzz/run.sh fuzz-markdown 600 [extra libFuzzer flags]
set -euo pipefail
cd "$(dirname "$0")"
TARGET=$1; SECONDS_TO_RUN=${2:-600}; shift; shift || true
SCRATCH=${SCRATCH:-../.build-fuzz}
BIN="$SCRATCH/debug/$TARGET"
[ -x "$BIN" ] || ./build.sh --product "$TARGET"
CORPUS=${CORPUS_DIR:-corpus}
[ -d "$CORPUS/$TARGET" ] || ./seed-corpora.sh
mkdir -p "artifacts/$TARGET" "$CORPUS/$TARGET"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# The Swift backtracer reads the crashed stack itself, which ASan reports as a second, bogus error.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
exec "$BIN" "$CORPUS/$TARGET" -max_total_time="$SECONDS_TO_RUN" -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=2048 -max_len=65536 \
  -detect_leaks=0 -artifact_prefix="artifacts/$TARGET/" -print_final_stats=1 "$@"
