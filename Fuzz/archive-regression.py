#!/usr/bin/env python3
"""Turns a fuzz-docx / fuzz-odt input into the archive the harness hands to the reader (StoredZip.swift:
inputs starting with PK are archives already; others are NUL-separated parts), for Fuzz/regressions/.
    Fuzz/archive-regression.py fuzz-odt CRASH_FILE Fuzz/regressions/fuzz-odt/NAME"""
import sys, zipfile
PARTS = {"fuzz-docx": ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/settings.xml"],
         "fuzz-odt": ["content.xml", "meta.xml"]}
target, source, dest = sys.argv[1:4]
data = open(source, "rb").read()
if data.startswith(b"PK"):
    open(dest, "wb").write(data)
else:
    parts = PARTS[target]
    pieces = data.split(b"\0", len(parts) - 1)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_STORED) as z:
        for name, piece in zip(parts, pieces):
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), piece)
