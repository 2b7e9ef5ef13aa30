#!/usr/bin/env bash
# Offline benchmarks of citeproof (see BENCHMARKS.md). From the package root:
#   Benchmarks/run.sh [--drafts N] [--huge-mb 100] [--timeout S] [--with-probe] [--quick]
# Builds a release `citeproof`, generates a deterministic corpus (Benchmarks/corpus/generate.py) into
# $BENCH_DIR (default /tmp/citeproof-bench; reused when the parameters match), then measures:
#   1. throughput of `citeproof check --format json` over N drafts per format, against cmark-gfm -e footnotes
#   2. size scaling on one Markdown draft of 1, 10 and HUGE_MB MB (500 notes per MB, capped at 50,000)
#   3. start-up: one 5 KB article end to end, median of 20 runs
#   4. parallel scaling: drafts/s on one core (taskset -c 0) and on all cores — the CLI has no --jobs flag
#   5. with --with-probe: Benchmarks/probe/run.sh at 5,000 URLs
# Every run that exceeds --timeout seconds is reported as such, not waited for.
set -euo pipefail
cd "$(dirname "$0")/.."
DRAFTS=10000; HUGE_MB=100; TIMEOUT=900; WITH_PROBE=0
while [ $# -gt 0 ]; do
  case $1 in
    --drafts) DRAFTS=$2; shift ;;
    --huge-mb) HUGE_MB=$2; shift ;;
    --timeout) TIMEOUT=$2; shift ;;
    --with-probe) WITH_PROBE=1 ;;
    --quick) DRAFTS=500; HUGE_MB=10; TIMEOUT=300 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
SCRATCH=${SCRATCH:-.build-bench}
BENCH_DIR=${BENCH_DIR:-/tmp/citeproof-bench}
GEN=Benchmarks/corpus/generate.py
mkdir -p "$BENCH_DIR"

echo "== build"
swift build -c release --scratch-path "$SCRATCH" --product citeproof 2>&1 | tail -n 1
CITEPROOF=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/citeproof
echo "binary: $CITEPROOF (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"

echo "== machine"
echo "nproc: $(nproc); CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "swift: $(swift --version 2>&1 | head -n 1)"
echo "cmark-gfm: $(cmark-gfm --version | head -n 1); pandoc: $(command -v pandoc >/dev/null && pandoc --version | head -n 1 || echo 'not installed')"

echo "== corpus"
CORPUS="$BENCH_DIR/drafts-$DRAFTS"
if [ ! -f "$CORPUS/manifest.tsv" ]; then
  python3 "$GEN" drafts "$CORPUS" --count "$DRAFTS" --office 20
else
  echo "reusing $CORPUS"
fi
HUGE_SIZES="1 10"
[ "$HUGE_MB" != 10 ] && [ "$HUGE_MB" != 1 ] && HUGE_SIZES="$HUGE_SIZES $HUGE_MB"
for mb in $HUGE_SIZES; do
  notes=$(( mb * 500 > 50000 ? 50000 : mb * 500 ))
  f="$BENCH_DIR/huge-${mb}mb.md"
  [ -f "$f" ] || python3 "$GEN" huge "$f" --mb "$mb" --notes "$notes"
done

# measure NAME BYTES NOTES COMMAND... — wall, MB/s, notes/s, CPU, peak RSS; honours $TIMEOUT.
measure() {
  local name=$1 bytes=$2 notes=$3; shift 3
  local log="$BENCH_DIR/$name.time" status=0
  timeout "$TIMEOUT" /usr/bin/time -v "$@" >/dev/null 2>"$log" || status=$?
  if [ "$status" = 124 ]; then
    printf '%-34s did not finish in %s s\n' "$name" "$TIMEOUT"; return
  fi
  python3 - "$name" "$bytes" "$notes" "$log" "$status" <<'PY'
import re, sys
name, size, notes, log, status = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
t = open(log).read()
def field(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1)
w = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{name:34s} wall {wall:8.2f} s  {size / 1e6 / wall:8.2f} MB/s  {notes / wall:10.0f} notes/s  "
      f"cpu {cpu:8.2f} s  peak RSS {rss:8.1f} MB  exit {status}")
PY
}
manifest() { awk -v f="$1" -v c="$2" '$1 == f {print $c}' "$CORPUS/manifest.tsv"; }

echo "== 1. throughput: $DRAFTS drafts per format, citeproof check --format json (all cores)"
for fmt in md txt html; do
  measure "citeproof-$fmt-$DRAFTS" "$(manifest $fmt 3)" "$(manifest $fmt 4)" \
    "$CITEPROOF" check "$CORPUS/$fmt" --format json -o "$BENCH_DIR/report-$fmt.json"
done
for fmt in docx odt; do
  [ -d "$CORPUS/$fmt" ] || continue
  n=$(ls "$CORPUS/$fmt" | wc -l)
  measure "citeproof-$fmt-$n" "$(cat "$CORPUS/$fmt"/* | wc -c)" 0 "$CITEPROOF" check "$CORPUS/$fmt" --format json -o /dev/null
done
# cmark-gfm reads the same Markdown files in one process (it concatenates its arguments).
(cd "$CORPUS/md" && ls) >"$BENCH_DIR/md-files.txt"
measure "cmark-gfm-md-$DRAFTS" "$(manifest md 3)" "$(manifest md 4)" \
  bash -c "cd '$CORPUS/md' && xargs cmark-gfm -e footnotes <'$BENCH_DIR/md-files.txt'"

echo "== 2. size scaling: one Markdown draft"
for mb in $HUGE_SIZES; do
  f="$BENCH_DIR/huge-${mb}mb.md"; notes=$(( mb * 500 > 50000 ? 50000 : mb * 500 ))
  measure "cmark-gfm-${mb}mb" "$(stat -c %s "$f")" "$notes" cmark-gfm -e footnotes "$f"
  measure "citeproof-${mb}mb" "$(stat -c %s "$f")" "$notes" "$CITEPROOF" check "$f" --format json -o /dev/null
done

echo "== 3. start-up: one 5 KB article, median of 20 runs"
ARTICLE=$(cd "$CORPUS/md" && for f in *; do s=$(stat -c %s "$f"); [ "$s" -ge 4500 ] && [ "$s" -le 5500 ] && { echo "$CORPUS/md/$f"; break; }; done)
python3 - "$CITEPROOF" "$ARTICLE" <<'PY'
import os, statistics, subprocess, sys, time
binary, article = sys.argv[1], sys.argv[2]
times = []
for _ in range(20):
    t = time.perf_counter()
    subprocess.run([binary, "check", article, "--format", "json"], stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - t) * 1000)
print(f"{os.path.basename(article)} ({os.path.getsize(article)} bytes): median {statistics.median(times):.1f} ms, "
      f"min {min(times):.1f} ms, max {max(times):.1f} ms over 20 runs")
PY

echo "== 4. parallel scaling: $DRAFTS Markdown drafts (taskset; the CLI has no --jobs flag)"
measure "1-core-md-$DRAFTS" "$(manifest md 3)" "$(manifest md 4)" \
  taskset -c 0 "$CITEPROOF" check "$CORPUS/md" --format json -o /dev/null
measure "$(nproc)-cores-md-$DRAFTS" "$(manifest md 3)" "$(manifest md 4)" \
  "$CITEPROOF" check "$CORPUS/md" --format json -o /dev/null
echo "(drafts/s = $DRAFTS / wall)"

if [ "$WITH_PROBE" = 1 ]; then
  echo "== 5. probe: Benchmarks/probe/run.sh 5000"
  Benchmarks/probe/run.sh 5000
fi
