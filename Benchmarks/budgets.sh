#!/usr/bin/env bash
# Speed and memory budgets that used to sit in unit tests (where a debug build sharing a loaded machine
# with other tests made them flaky). Run on a quiet machine, on a release build; exits non-zero when a
# budget is exceeded. From the package root:
#   Benchmarks/budgets.sh
# Budgets (environment overrides in brackets):
#   1. every refused file of Fixtures/hostile, and a generated 1 GiB zip bomb: `citeproof check` exits 2
#      within 2 s [HOSTILE_MAX_S], and its peak RSS exceeds that of reading Fixtures/hostile/valid-minimal.docx
#      by less than 64 MB [HOSTILE_MAX_EXTRA_MB] (was HostileInputTests' getrusage check and
#      HostileInputCLITests' 10 s check)
#   2. date-dense prose (DateScannerPerformanceTests' paragraph) at 0.5 MB and 2 MB as plain text: the
#      2 MB file at least 1 MB per CPU second [DATES_MIN_MBPS] through `citeproof check` (the scanner
#      alone: about 18 MB/s), and at most 6 times the CPU time of the 0.5 MB one (was the 0.2 MB/s floor).
#      CPU time (user + system), not wall time, so that a busy machine does not fail it.
set -euo pipefail
cd "$(dirname "$0")/.."
HOSTILE_MAX_S=${HOSTILE_MAX_S:-2}
HOSTILE_MAX_EXTRA_MB=${HOSTILE_MAX_EXTRA_MB:-64}
DATES_MIN_MBPS=${DATES_MIN_MBPS:-1}
SCRATCH=${SCRATCH:-.build-bench}
work=$(mktemp -d "${TMPDIR:-/tmp}/citeproof-budgets.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== build (release)"
swift build -c release --scratch-path "$SCRATCH" --product citeproof 2>&1 | tail -n 1
CITEPROOF=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/citeproof
python3 Fixtures/hostile/generate.py --large "$work" >/dev/null

python3 - "$CITEPROOF" "$work" "$HOSTILE_MAX_S" "$HOSTILE_MAX_EXTRA_MB" "$DATES_MIN_MBPS" <<'PY'
import os, re, subprocess, sys
binary, work, max_s, max_extra_mb, min_mbps = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
failures = []

def run(path):
    """wall s, cpu s, peak RSS MB, exit status of `citeproof check PATH --format json`"""
    p = subprocess.run(["/usr/bin/time", "-v", binary, "check", path, "--format", "json", "--fail-on", "none"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    t = p.stderr
    field = lambda label: re.search(re.escape(label) + r": (.*)", t).group(1)
    wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"))))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return wall, cpu, int(field("Maximum resident set size (kbytes)")) / 1024, p.returncode

print("== 1. hostile inputs: exit 2 within %.1f s, peak RSS < baseline + %d MB" % (max_s, max_extra_mb))
_, _, baseline, _ = run("Fixtures/hostile/valid-minimal.docx")
print(f"baseline (valid-minimal.docx): peak RSS {baseline:.1f} MB")
refused = ["zip-bomb-ratio.docx", "zip-bomb-lying-size.docx", "path-traversal.docx", "truncated.docx", "not-a-zip.docx",
           "billion-laughs.docx", "xxe-footnotes.docx", "deep-nesting.docx", "billion-laughs.odt", "xxe.odt", "binary-png.md"]
for path in [f"Fixtures/hostile/{n}" for n in refused] + [os.path.join(work, "zip-bomb-1gib.docx")]:
    wall, cpu, rss, status = run(path)
    ok = status == 2 and wall <= max_s and rss - baseline < max_extra_mb
    print(f"{'ok  ' if ok else 'FAIL'} {os.path.basename(path):28s} exit {status}  wall {wall:6.2f} s  peak RSS {rss:7.1f} MB")
    if not ok: failures.append(os.path.basename(path))

print("== 2. date-dense prose: 2 MB at >= %.1f MB per CPU second, 4x the text costs < 6x the CPU" % min_mbps)
paragraph = (
    "On April 4, 2021, Iraqi media reported that two mortars had fallen near the Balad base; "
    "the talks were scheduled to begin on April 7, 2021. At an April 2, 2021 rally, he said "
    "the men who warned the occupation forces in 2003 and 2004 had over 10,000 troops. "
    "[7] Twitter.com/ELNAZ16424879, April 3, 2021. See MEMRI TV Clip No. 7700, \"Title,\" January 5, 2020. "
    "Mayor March may march 3 times on 03/04/2021 or 2021-04-03 and 3 April 2021 (Saturday, April 3, 2021); "
    "version 1.2.2021.5, room 10-11-12, 12:30, April 30 \u2013 May 2, 2021, Sept. 7, 2022, 31 April 2019.\n\n")
cpus = {}
for mb in (0.5, 2):
    path = os.path.join(work, f"dates-{mb}mb.txt")
    text = paragraph * int(mb * 1_000_000 / len(paragraph.encode()))
    open(path, "w").write(text)
    size = len(text.encode()) / 1e6
    wall, cpu, rss, status = run(path)
    cpus[mb] = max(cpu, 0.01)
    ok = status in (0, 1) and (mb != 2 or size / cpus[mb] >= min_mbps)
    print(f"{'ok  ' if ok else 'FAIL'} dates-{mb}mb.txt  {size:.2f} MB  wall {wall:6.2f} s  cpu {cpu:6.2f} s  {size / cpus[mb]:7.2f} MB/CPU s  exit {status}")
    if not ok: failures.append(f"dates-{mb}mb.txt")
ratio = cpus[2] / cpus[0.5]
print(f"{'ok  ' if ratio < 6 else 'FAIL'} CPU ratio 2 MB / 0.5 MB: {ratio:.2f}")
if ratio >= 6: failures.append("dates scaling")

if failures:
    print("budgets exceeded: " + ", ".join(failures))
    sys.exit(1)
print("all budgets met")
PY
