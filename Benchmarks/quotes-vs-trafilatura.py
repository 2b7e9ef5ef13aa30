#!/usr/bin/env python3
"""Compares the quote stage's article text with trafilatura's main-text extraction on the same saved pages.

Pages: Fixtures/quotes/pages/*.html (a news article with comments, a blog with a sidebar, an Arabic page,
a statement split by <br> and soft hyphens, a sign-in page). citeproof's zones come from the hidden
`citeproof page-text` subcommand (libxml2, zones labelled from markup); trafilatura's from
`trafilatura.bare_extraction(html, include_comments=True)` (its `text` and `comments`).

Both texts are compared as bags of words (NFKC, lower case, Arabic tashkeel and tatweel dropped):
precision and recall of citeproof's article zone against trafilatura's main text, and the same for
comments. Prints one table; with --json, one JSON object instead (the test reads it).

Usage:  Benchmarks/quotes-vs-trafilatura.py [--citeproof PATH] [--json]
        (default: .build/debug/citeproof; `swift build --product citeproof` first)
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad]")


def words(text):
    text = TASHKEEL.sub("", unicodedata.normalize("NFKC", text or "")).lower()
    return re.findall(r"\w+", text.replace("\u2019", "").replace("'", ""))


def agreement(ours, theirs):
    a, b = collections.Counter(words(ours)), collections.Counter(words(theirs))
    shared = sum((a & b).values())
    precision = shared / sum(a.values()) if a else (1.0 if not b else 0.0)
    recall = shared / sum(b.values()) if b else (1.0 if not a else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    only_ours = sorted((a - b).elements())
    only_theirs = sorted((b - a).elements())
    return {"ours": sum(a.values()), "theirs": sum(b.values()), "shared": shared, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3), "onlyOurs": only_ours, "onlyTheirs": only_theirs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--citeproof", default=os.path.join(root, ".build/debug/citeproof"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError as error:
        print("trafilatura is not installed (pip install trafilatura lxml_html_clean): %s" % error, file=sys.stderr)
        return 2
    pages = sorted(glob.glob(os.path.join(root, "Fixtures/quotes/pages/*.html")))
    run = subprocess.run([args.citeproof, "page-text"] + pages, capture_output=True, text=True)
    if run.returncode != 0:
        print("citeproof page-text failed: %s" % run.stderr, file=sys.stderr)
        return 2
    ours = {os.path.basename(row["path"]): row for row in map(json.loads, run.stdout.splitlines())}
    result = {"trafilatura": trafilatura.__version__, "pages": {}}
    for path in pages:
        name = os.path.basename(path)
        html = open(path, encoding="utf-8").read()
        document = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
        extracted = document.as_dict() if hasattr(document, "as_dict") else (document or {})
        zones = ours[name]["zones"]
        result["pages"][name] = {
            "article": agreement(zones.get("article", ""), extracted.get("text", "")),
            "comments": agreement(zones.get("comments", ""), extracted.get("comments", "")),
        }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, sort_keys=True))
        return 0
    print("citeproof article zone vs trafilatura %s main text (bags of words)" % result["trafilatura"])
    print("%-20s %-8s %6s %6s %6s %6s %6s %6s" % ("page", "part", "ours", "theirs", "shared", "P", "R", "F1"))
    for name, parts in result["pages"].items():
        for part, a in parts.items():
            print("%-20s %-8s %6d %6d %6d %6.2f %6.2f %6.2f" % (name, part, a["ours"], a["theirs"], a["shared"], a["precision"], a["recall"], a["f1"]))
            if a["onlyOurs"]:
                print("    only citeproof:   %s" % " ".join(a["onlyOurs"][:25]))
            if a["onlyTheirs"]:
                print("    only trafilatura: %s" % " ".join(a["onlyTheirs"][:25]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
