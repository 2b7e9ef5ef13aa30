#!/usr/bin/env python3
"""Runs citeproof's date scanner and dateparser on the same strings and reports agreement and speed.

Strings: every input of Fixtures/conformance/dateparser-i18n-cases.json (dateparser's own i18n, Hijri
and Jalali tests; the expected date where upstream gives one) and every date written in a note of
Fixtures/i18n/*.md and *.txt (the part after the note's last comma before the date).

citeproof runs through the hidden `citeproof dates` subcommand (one process, every string a line of
standard input, JSON lines out); dateparser through `dateparser.parse` with the reference date
2021-04-04 (RELATIVE_BASE), and, for a string whose calendar is Hijri or Solar Hijri, through
`dateparser.calendars.hijri.HijriCalendar` / `jalali.JalaliCalendar` when installed
(`pip install 'dateparser[calendars]'`), as a user of dateparser would call it.

Usage:  Benchmarks/dates-vs-dateparser.py [--citeproof PATH] [--repeat N]
        (default: .build/release/citeproof; build it with `swift build -c release --product citeproof`)
"""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = datetime.datetime(2021, 4, 4)


def strings():
    """(string, expected ISO date or None, calendar or None, origin)"""
    out = []
    cases = json.load(open(os.path.join(root, "Fixtures/conformance/dateparser-i18n-cases.json"), encoding="utf-8"))["cases"]
    for case in cases:
        expected = case.get("expected") if isinstance(case.get("expected"), str) else None
        out.append((case["input"].replace("\n", " "), expected and expected[:10], case.get("calendar"), "conformance/%s" % case.get("language")))
    note = re.compile(r"^\s*\[\^?\d+\]:?\s*(.*)$")
    for path in sorted(glob.glob(os.path.join(root, "Fixtures/i18n/*.md")) + glob.glob(os.path.join(root, "Fixtures/i18n/*.txt"))):
        for line in open(path, encoding="utf-8"):
            m = note.match(line)
            if not m:
                continue
            date = m.group(1).rsplit(",", 1)[-1].strip().rstrip(".")
            calendar = "islamic-umalqura" if ("هـ" in date or "رجب" in date) else "persian" if re.search("[۰-۹]", date) else None
            out.append((date, None, calendar, "fixtures/" + os.path.basename(path)))
    return out


def run_citeproof(binary, items, repeat):
    text = "".join(s + "\n" for s, *_ in items) * repeat
    started = time.perf_counter()
    p = subprocess.run([binary, "dates", "--reference", "2021-04-04"], input=text.encode(), capture_output=True, check=True)
    wall = time.perf_counter() - started
    scan = float(re.search(r"in ([0-9.]+) s", p.stderr.decode()).group(1))
    first = {}
    for line in p.stdout.decode().splitlines():
        row = json.loads(line)
        n = row["line"] - 1
        if n < len(items) and n not in first:
            first[n] = row if "value" in row else None
    return [first.get(i) for i in range(len(items))], wall, scan


def dateparser_parsers():
    import dateparser
    parsers = {None: lambda s: dateparser.parse(s, settings={"RELATIVE_BASE": REFERENCE})}
    try:
        from dateparser.calendars.hijri import HijriCalendar
        parsers["islamic-umalqura"] = lambda s: getattr(HijriCalendar(s).get_date(), "date_obj", None)
    except Exception as error:  # noqa: BLE001 - the calendars extra is optional
        print("note: Hijri calendar of dateparser unavailable (%s)" % error)
    try:
        from dateparser.calendars.jalali import JalaliCalendar
        parsers["persian"] = lambda s: getattr(JalaliCalendar(s).get_date(), "date_obj", None)
    except Exception as error:  # noqa: BLE001
        print("note: Jalali calendar of dateparser unavailable (%s)" % error)
    return dateparser.__version__, parsers


def safe(parse, s):
    try:
        value = parse(s)
    except Exception:  # noqa: BLE001 - dateparser raises on some inputs; count as no date
        return None
    return value.date().isoformat() if value else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--citeproof", default=os.path.join(root, ".build/release/citeproof"))
    parser.add_argument("--repeat", type=int, default=20, help="repetitions of the whole list, for the speed figures")
    args = parser.parse_args()
    items = strings()

    ours, wall, scan = run_citeproof(args.citeproof, items, args.repeat)
    version, parsers = dateparser_parsers()
    theirs = []
    started = time.perf_counter()
    for _ in range(args.repeat):
        theirs = [safe(parsers.get(calendar, parsers[None]), s) for s, _, calendar, _ in items]
    dp_seconds = time.perf_counter() - started

    def close(a, b, calendar):
        if a is None or b is None:
            return False
        days = abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
        return days <= (1 if calendar == "islamic-umalqura" else 0)

    tally = {"both, same day": 0, "both, different": 0, "only citeproof": 0, "only dateparser": 0, "neither": 0}
    correct = {"citeproof": 0, "dateparser": 0}
    with_expected = 0
    differences = []
    for (s, expected, calendar, origin), row, other in zip(items, ours, theirs):
        mine = row["value"] if row else None
        if row and row.get("precision") != "day":
            mine = row["value"]  # first day of the month or year
        if mine and other:
            same = close(mine, other, calendar)
            tally["both, same day" if same else "both, different"] += 1
            if not same:
                differences.append((origin, s, mine, other, expected))
        elif mine:
            tally["only citeproof"] += 1
        elif other:
            tally["only dateparser"] += 1
        else:
            tally["neither"] += 1
        if expected:
            with_expected += 1
            correct["citeproof"] += close(mine, expected, calendar)
            correct["dateparser"] += close(other, expected, calendar)

    n = len(items)
    print("strings: %d (%d with an expected date); dateparser %s" % (n, with_expected, version))
    for key, count in tally.items():
        print("  %-18s %4d" % (key, count))
    print("expected date found (Hijri ±1 day):  citeproof %d/%d   dateparser %d/%d" % (
        correct["citeproof"], with_expected, correct["dateparser"], with_expected))
    print("speed over %d × %d strings:" % (args.repeat, n))
    print("  citeproof  %9.0f strings/s scanning (%.4f s), %9.0f strings/s with process start-up (%.3f s)" % (
        n * args.repeat / max(scan, 1e-9), scan, n * args.repeat / wall, wall))
    print("  dateparser %9.0f strings/s (%.3f s)" % (n * args.repeat / dp_seconds, dp_seconds))
    if differences:
        print("both found a date, different days (origin | string | citeproof | dateparser | expected):")
        for origin, s, mine, other, expected in differences:
            print("  %s | %s | %s | %s | %s" % (origin, s, mine, other, expected or "-"))


if __name__ == "__main__":
    sys.exit(main())
