#!/usr/bin/env python3
"""Turn a plain-text draft (one paragraph per line, blank lines between) into
CommonMark that renders every character literally: each line becomes one
paragraph and every ASCII punctuation character is backslash-escaped, so the
seed's `[1]` markers, quotes and asterisks stay plain text (no links, no
footnotes, no smart quotes; run pandoc with `-f commonmark`, whose `smart`
extension is off). Runs of spaces inside a line are kept as they are.

Usage: seed_to_commonmark.py SEED.txt > seed.commonmark
"""
import string
import sys

ESCAPED = {c: "\\" + c for c in string.punctuation}


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    out = ["".join(ESCAPED.get(c, c) for c in p) for p in paragraphs]
    sys.stdout.write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    main()
