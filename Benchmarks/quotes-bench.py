#!/usr/bin/env python3
"""The quote stage's cost on a 200 KB page with 10 quotations.

Builds a deterministic ~200 KB news page (navigation, ~300 article paragraphs, a sidebar, ~240 readers'
comments) and 10 quotations of it: 4 exact, 2 with ellipses, 1 with a bracketed insertion, 2 altered (a
word changed: the fuzzy tier) and 1 not on the page (the pre-filter and fuzzy tier over the whole page).

1. In process: `citeproof page-text --quotes` times parsing and zone labelling, then matching all 10
   (best of --repeat runs).
2. End to end: the page served by Python's http.server on 127.0.0.1 and a draft quoting it in 10 notes;
   `check --probe --inspect-pages` (the same bounded GET, no quote stage) against `check --quotes`,
   median wall time of --repeat runs each.

Usage:  Benchmarks/quotes-bench.py [--citeproof PATH] [--repeat N]
        (default: .build/release/citeproof; `swift build -c release --product citeproof` first)
"""
import argparse
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("port harbour minister quay cranes ships berth dawn monday workers union safety inspection report storm "
         "cargo traffic exporters region compensation firms losses june opposition timetable election engineers "
         "government ministry transport statement reopen rebuilt tested warned closure costing million euros week "
         "river city council budget vote mayor residents bridge ferry island coast fishermen herring quota season "
         "market prices fuel winter summer schools hospital doctors nurses strike talks agreement deal contract "
         "the a of and to in that it was for on with as by at from this be have not are but they said would will").split()


def sentence(rng):
    n = rng.randint(9, 22)
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build_page(rng):
    parts = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title></head><body>',
             '<header class="site-header"><nav>' + " ".join('<a href="/s%d">Section %d</a>' % (i, i) for i in range(40)) + "</nav></header>",
             "<main><article><h1>A long report</h1>"]
    paragraphs = []
    for _ in range(300):
        text = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(text)
        parts.append("<p>%s</p>" % text)
    parts.append('</article></main><aside class="sidebar">' + "".join("<p>%s</p>" % sentence(rng) for _ in range(60)) + "</aside>")
    parts.append('<section id="comments">' + "".join('<div class="comment"><p>%s</p></div>' % " ".join(sentence(rng) for _ in range(2)) for _ in range(240)) + "</section>")
    parts.append("<footer>Footer text</footer></body></html>")
    return "\n".join(parts), paragraphs


def quotations(rng, paragraphs):
    def span(k):
        words = rng.choice(paragraphs).rstrip(".").split()
        start = rng.randint(0, max(0, len(words) - k))
        return words[start:start + k]
    quotes = [" ".join(span(12)) for _ in range(4)]
    for _ in range(2):
        words = span(20)
        quotes.append(" ".join(words[:7]) + " … " + " ".join(words[12:]))
    words = span(12)
    quotes.append(" ".join(words[:5]) + " [the officials] " + " ".join(words[7:]))
    for _ in range(2):
        words = span(14)
        words[6] = "zanzibar"
        quotes.append(" ".join(words))
    quotes.append("nothing like this sentence was ever written on the benchmark page at all")
    return quotes


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--citeproof", default=os.path.join(root, ".build/release/citeproof"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(17)
    page, paragraphs = build_page(rng)
    quotes = quotations(rng, paragraphs)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = os.path.join(tmp, "page.html")
        open(page_path, "w", encoding="utf-8").write(page)
        quotes_path = os.path.join(tmp, "quotes.txt")
        open(quotes_path, "w", encoding="utf-8").write("\n".join(quotes) + "\n")
        run = subprocess.run([args.citeproof, "page-text", "--quotes", quotes_path, "--repeat", str(args.repeat), page_path],
                             capture_output=True, text=True, check=True)
        row = json.loads(run.stdout)
        print("page: %d bytes, %d words (%s)" % (row["bytes"], sum(len(t.split()) for t in row["zones"].values()),
                                                  ", ".join("%s %d" % (z, len(t.split())) for z, t in sorted(row["zones"].items()))))
        for q in row["quotes"]:
            print("  %-7s %-8s %4s  %s" % (q.get("tier") or "-", q.get("zone") or "-", q.get("similarity") or "", q["quote"][:70]))
        print("in process (best of %d): parse and label %.2f ms, match 10 quotations %.2f ms, total %.2f ms"
              % (args.repeat, row["parseMs"], row["matchMs"], row["parseMs"] + row["matchMs"]))

        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", tmp],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            draft = ["---", "date: 2024-05-20", "---", ""]
            for i, q in enumerate(quotes, 1):
                draft += ["The report said “%s.”[^%d]" % (q, i), ""]
            for i in range(1, len(quotes) + 1):
                draft.append("[^%d]: Herald, http://127.0.0.1:%d/page.html, May 13, 2024." % (i, port))
            draft_path = os.path.join(tmp, "draft.md")
            open(draft_path, "w", encoding="utf-8").write("\n".join(draft) + "\n")

            def timed(extra):
                """Median wall and CPU (user + system, from the kernel's child accounting) times, alternating runs."""
                walls, cpus = [], []
                for _ in range(args.repeat):
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    start = time.perf_counter()
                    subprocess.run([args.citeproof, "check", draft_path, "--allow-private-hosts", "--fail-on", "none", "--format", "json"] + extra,
                                   capture_output=True, check=True)
                    walls.append((time.perf_counter() - start) * 1000)
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpus.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
                return statistics.median(walls), statistics.median(cpus)
            probe_wall, probe_cpu = timed(["--probe", "--inspect-pages"])
            quoted_wall, quoted_cpu = timed(["--quotes"])
            print("end to end (median of %d), check --probe --inspect-pages vs check --quotes:" % args.repeat)
            print("  wall %.1f ms vs %.1f ms: the quote stage adds %.1f ms" % (probe_wall, quoted_wall, quoted_wall - probe_wall))
            print("  CPU  %.1f ms vs %.1f ms: the quote stage adds %.1f ms" % (probe_cpu, quoted_cpu, quoted_cpu - probe_cpu))
            print("  load average %.1f (on %d cores)" % (os.getloadavg()[0], os.cpu_count()))
        finally:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
