#!/usr/bin/env bash
# Where a release `citeproof check --format json` spends its time on one draft: perf's inclusive
# ("children") profile, demangled, top N frames. Needs `perf` (linux-perf).
#   Benchmarks/profile.sh DRAFT [N]        e.g. Benchmarks/profile.sh /tmp/citeproof-bench/huge-10mb.md 45
set -euo pipefail
cd "$(dirname "$0")/.."
DRAFT=$1; TOP=${2:-45}
SCRATCH=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$SCRATCH" --product citeproof 2>&1 | tail -n 1
CITEPROOF=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/citeproof
DATA=$(mktemp /tmp/citeproof-perf.XXXXXX)
trap 'rm -f "$DATA"' EXIT
perf record -F 499 -g -o "$DATA" "$CITEPROOF" check "$DRAFT" --format json -o /dev/null 2>&1 | grep -v '^\[' || true
perf report -i "$DATA" --children --stdio --sort symbol -g none 2>/dev/null | grep '%' | swift demangle --simplified \
  | sed -E 's/ +$//' | cut -c1-160 | head -n "$TOP"
