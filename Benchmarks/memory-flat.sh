#!/usr/bin/env bash
# Peak memory of `citeproof check --format jsonl` over 100 and over 10,000 drafts: flat in the number of
# drafts (issue 14: the 10,000-draft run must stay under 2x the 100-draft run). From the package root:
#   Benchmarks/memory-flat.sh [--small 100] [--large 10000] [--format jsonl]
# Builds a release `citeproof`, generates two Markdown corpora with Benchmarks/corpus/generate.py into
# $BENCH_DIR (default /tmp/citeproof-memory; reused when present), and reads the peak resident set size
# of each run from /usr/bin/time -v. For contrast it also measures `--format sarif`, which needs the
# whole report before it writes (its memory grows with the drafts).
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL=100; LARGE=10000; FORMAT=jsonl
while [ $# -gt 0 ]; do
  case $1 in
    --small) SMALL=$2; shift ;;
    --large) LARGE=$2; shift ;;
    --format) FORMAT=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "memory-flat: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
BENCH_DIR=${BENCH_DIR:-/tmp/citeproof-memory}
mkdir -p "$BENCH_DIR"

swift build -c release --product citeproof 2>&1 | tail -n 1
CITEPROOF=$(swift build -c release --show-bin-path)/citeproof

for n in "$SMALL" "$LARGE"; do
  [ -d "$BENCH_DIR/drafts-$n/md" ] || python3 Benchmarks/corpus/generate.py drafts "$BENCH_DIR/drafts-$n" --count "$n" --formats md >/dev/null
done

# Peak RSS in KiB of one run (its report goes to /dev/null).
peak() {
  /usr/bin/time -v "$CITEPROOF" check "$1" --format "$2" --fail-on none --published 2024-05-14 >/dev/null 2>"$BENCH_DIR/time.txt" || true
  awk -F': ' '/Maximum resident set size/ {print $2}' "$BENCH_DIR/time.txt"
}

printf '%-8s %10s %10s %14s %14s %7s\n' format drafts drafts "peak RSS (MB)" "peak RSS (MB)" ratio
for format in "$FORMAT" sarif; do
  small=$(peak "$BENCH_DIR/drafts-$SMALL/md" "$format")
  large=$(peak "$BENCH_DIR/drafts-$LARGE/md" "$format")
  printf '%-8s %10s %10s %14.1f %14.1f %6.2fx\n' "$format" "$SMALL" "$LARGE" "$(echo "$small / 1024" | bc -l)" \
    "$(echo "$large / 1024" | bc -l)" "$(echo "$large / $small" | bc -l)"
done
echo "(bytes of the corpora: $(du -sh "$BENCH_DIR/drafts-$SMALL/md" | cut -f1) and $(du -sh "$BENCH_DIR/drafts-$LARGE/md" | cut -f1))"
