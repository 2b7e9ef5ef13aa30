#!/usr/bin/env python3
"""Times two commands side by side: A B A B … after one warm-up of each, from the kernel's own
accounting of each finished process (wait4: wall, user + sys CPU, peak RSS), and prints the medians
and the ratio A/B of each figure, pair by pair, with the load average before and after.

    pair.py NAME RUNS -- COMMAND A ... [-- COMMAND B ...]

With one command it only times it. Output goes to /dev/null; the exit status is printed, not acted
on (citeproof exits 1 when it finds errors). Python standard library only."""
import os, statistics, subprocess, sys, time


def run(argv):
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
            "exit": os.waitstatus_to_exitcode(status)}


def main():
    name, runs, rest = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    assert rest and rest[0] == "--", __doc__
    commands, current = [], None
    for arg in rest:
        if arg == "--":
            current = []
            commands.append(current)
        else:
            current.append(arg)
    load = os.getloadavg()[0]
    figures = [[] for _ in commands]
    for i in range(runs + 1):
        for c, argv in enumerate(commands):
            r = run(argv)
            if i > 0:
                figures[c].append(r)
    after = os.getloadavg()[0]
    labels = ["A", "B"]
    for c, argv in enumerate(commands):
        f = figures[c]
        med = {k: statistics.median(x[k] for x in f) for k in ("wall", "cpu", "rss")}
        print(f"{name} {labels[c]}: wall {med['wall']:.3f} s (min {min(x['wall'] for x in f):.3f}, "
              f"max {max(x['wall'] for x in f):.3f})  cpu {med['cpu']:.3f} s  peak RSS {med['rss']:.1f} MB  "
              f"exit {f[0]['exit']}  [{' '.join(os.path.basename(a) if j == 0 else a for j, a in enumerate(argv))[:110]}]")
    if len(commands) == 2:
        ratio = {k: statistics.median(a[k] / b[k] for a, b in zip(*figures) if b[k] > 0) for k in ("wall", "cpu", "rss")}
        print(f"{name} ratio A/B (median of pairs): wall {ratio['wall']:.2f}x  cpu {ratio['cpu']:.2f}x  "
              f"peak RSS {ratio['rss']:.2f}x")
    print(f"{name}: {runs} runs each, load average {load:.2f} before, {after:.2f} after")


if __name__ == "__main__":
    main()
