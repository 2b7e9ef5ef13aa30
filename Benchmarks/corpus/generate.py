#!/usr/bin/env python3
"""Deterministic benchmark corpus for citeproof (Python standard library only).

    generate.py drafts DIR [--count N] [--seed S] [--formats md,txt,html] [--office K]
        N drafts per format (2–20 KB of prose, 5–80 notes: tweets, Telegram channels and posts, news URLs
        with tracking parameters, named sources, and a few planted slips) as DIR/<fmt>/draft-00001.<fmt>.
        --office K also converts the first K Markdown drafts to .docx and .odt with pandoc (when installed).
    generate.py huge FILE [--mb 100] [--notes 50000] [--seed S]
        one Markdown draft of about MB megabytes with NOTES footnotes.
    generate.py links FILE --port P [--count 20000] [--hosts H]
        one Markdown draft whose every note links a loopback URL of Benchmarks/probe/server.mjs
        (60 % 200, 20 % 404, 20 % 301), on 127.0.0.1 or spread over H hosts 127.0.0.2 … 127.0.0.(H+1).

The same seed always writes byte-identical files. Each draft's planted slips are listed in
DIR/slips.tsv (draft, note, kind) so a reader of the report can check them; DIR/manifest.tsv has the
totals (format, drafts, bytes, notes) the benchmark divides by.
"""
import argparse, os, random, shutil, subprocess, sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
SUBJECTS = ["The ministry", "The union", "A spokeswoman for the council", "Residents", "The port authority",
            "Local officials", "Protesters", "The opposition leader", "Witnesses", "The regional governor",
            "Aid workers", "The company", "Two lawmakers", "The army", "Volunteers"]
VERBS = ["said", "denied", "confirmed", "claimed", "reported", "announced", "warned", "insisted",
         "acknowledged", "posted"]
OBJECTS = ["that the talks had collapsed", "that the bridge would stay closed", "a new curfew in the old town",
           "that no shots had been fired", "the arrest of three organizers", "that supplies were running low",
           "a video of the crowd outside the station", "that the figures were exaggerated",
           "a list of the missing", "that the decision was final", "the closure of the border crossing",
           "that the statement had been deleted", "a photo of the damaged depot"]
FILLER = ["The account could not be independently verified.", "It was not clear who had taken the photograph.",
          "The claim was repeated by several accounts within the hour.", "Others disputed the timeline.",
          "Neither side responded to requests for comment.", "The figures could not be confirmed.",
          "The post was shared more than two thousand times.", "Similar messages circulated the same evening."]
OUTLETS = ["Velmora Herald", "Riverton Ledger", "The Coastal Times", "Northern Dispatch", "Harbour Review"]
SITES = ["www.velmora-herald.example", "news.riverton-ledger.example", "coastaltimes.example",
         "www.northern-dispatch.example", "harbour-review.example"]
TRACKING = ["", "", "?utm_source=twitter&utm_medium=social", "?s=20", "?fbclid=IwAR0abc123"]
FIRST = ["harbour", "picket", "old_crane", "river", "north", "velmora", "dock", "city", "free", "radio"]
SECOND = ["lights", "line", "hand", "watch", "voice", "news", "workers", "desk", "press", "now"]


def date_text(y, m, d):
    return f"{MONTHS[m - 1]} {d}, {y}"


def days_in(y, m):
    return 29 if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else DAYS[m - 1]


def shift(y, m, d, back):
    """The date `back` days before (y, m, d)."""
    for _ in range(back):
        d -= 1
        if d == 0:
            m -= 1
            if m == 0:
                y, m = y - 1, 12
            d = days_in(y, m)
    return y, m, d


class Draft:
    """One generated draft, format-independent: a title, a publication date, paragraphs of
    (sentence, note-number or None), and the notes' texts."""

    def __init__(self, rng, target_bytes, note_count):
        self.rng = rng
        self.pub = (rng.randint(2015, 2024), rng.randint(1, 12), 0)
        self.pub = (self.pub[0], self.pub[1], rng.randint(1, days_in(self.pub[0], self.pub[1])))
        self.title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        self.handles = [f"{rng.choice(FIRST)}_{rng.choice(SECOND)}{rng.randint(1, 99)}" for _ in range(6)]
        self.channels = [f"{rng.choice(FIRST)}_{rng.choice(SECOND)}" for _ in range(3)]
        self.notes, self.slips = [], []
        slip_year = rng.randrange(note_count) if note_count >= 5 else -1
        slip_body = rng.randrange(note_count) if note_count >= 5 else -1
        self.body_dates = {}
        for n in range(1, note_count + 1):
            y, m, d = shift(*self.pub, rng.randint(0, 20))
            if n - 1 == slip_year:
                y -= 1
                self.slips.append((n, "year-off"))
            if n - 1 == slip_body:
                self.body_dates[n] = shift(y, m, d, rng.randint(1, 3))
                self.slips.append((n, "body-date-differs"))
            elif rng.random() < 0.15:
                self.body_dates[n] = (y, m, d)
            self.notes.append(self.note(y, m, d))
        self.paragraphs = self.prose(target_bytes, note_count)

    def note(self, y, m, d):
        rng, when = self.rng, date_text(y, m, d)
        kind = rng.random()
        if kind < 0.3:
            h = rng.choice(self.handles)
            host = rng.choice(["x.com", "twitter.com", "Twitter.com", "mobile.twitter.com"])
            status = rng.randint(10**17, 10**19)
            return f"{host}/{h}/status/{status}{rng.choice(TRACKING)}, {when}." if rng.random() < 0.7 \
                else f"@{h}, {when}."
        if kind < 0.5:
            c = rng.choice(self.channels)
            return rng.choice([f"Telegram.me/ {c}, {when}.", f"t.me/s/{c}/{rng.randint(100, 9999)}, {when}.",
                               f"t.me/{c}, {when}."])
        if kind < 0.8:
            i = rng.randrange(len(SITES))
            slug = "-".join(rng.choice(OBJECTS).split()[1:5])
            return (f'{OUTLETS[i]}, "{rng.choice(OBJECTS).capitalize()}," {when}. '
                    f"https://{SITES[i]}/{y}/{m:02d}/{d:02d}/{slug}/{rng.choice(TRACKING)}")
        return f'{rng.choice(SUBJECTS)[4:].strip().title() or "Ministry"}, "Statement on the situation," {when}.'

    def prose(self, target_bytes, note_count):
        rng, paragraphs, size, n = self.rng, [], 0, 0
        per_note = max(1, target_bytes // max(note_count, 1))
        while n < note_count or size < target_bytes:
            sentences = []
            for _ in range(rng.randint(2, 6)):
                if n < note_count and (size >= (n + 1) * per_note * 0.8 or rng.random() < 0.3):
                    n += 1
                    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
                    if n in self.body_dates:
                        y, m, d = self.body_dates[n]
                        s += f" on {MONTHS[m - 1]} {d}"
                    sentences.append((s + ".", n))
                else:
                    sentences.append((rng.choice(FILLER), None))
                size += len(sentences[-1][0]) + 1
            paragraphs.append(sentences)
        return paragraphs

    def markdown(self, label=str):
        out = [f"---\ntitle: \"{self.title}\"\ndate: {self.pub[0]:04d}-{self.pub[1]:02d}-{self.pub[2]:02d}\n---\n",
               f"# {self.title}\n"]
        for p in self.paragraphs:
            out.append(" ".join(s + (f"[^{label(n)}]" if n else "") for s, n in p) + "\n")
        out += [f"[^{label(i)}]: {t}" for i, t in enumerate(self.notes, 1)]
        return "\n".join(out) + "\n"

    def text(self):
        out = [self.title, "", date_text(*self.pub), ""]
        for p in self.paragraphs:
            out += [" ".join(s + (f"[{n}]" if n else "") for s, n in p), ""]
        for i, t in enumerate(self.notes, 1):
            out += [f"[{i}] {t}", ""]
        return "\n".join(out)

    def html(self):
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        ref = lambda n: (f'<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref">'
                         f"<sup>{n}</sup></a>")
        out = ['<!DOCTYPE html>', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">', "<head>",
               '<meta charset="utf-8" />', f'<meta name="dcterms.date" content="{self.pub[0]:04d}-{self.pub[1]:02d}-{self.pub[2]:02d}" />',
               f"<title>{esc(self.title)}</title>", "</head>", "<body>",
               f'<header id="title-block-header"><h1 class="title">{esc(self.title)}</h1>'
               f'<p class="date">{date_text(*self.pub)}</p></header>']
        for p in self.paragraphs:
            out.append("<p>" + " ".join(esc(s) + (ref(n) if n else "") for s, n in p) + "</p>")
        out += ['<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">',
                "<hr />", "<ol>"]
        for i, t in enumerate(self.notes, 1):
            out.append(f'<li id="fn{i}"><p>{esc(t)}<a href="#fnref{i}" class="footnote-back" '
                       f'role="doc-backlink">↩︎</a></p></li>')
        out += ["</ol>", "</section>", "</body>", "</html>", ""]
        return "\n".join(out)


def drafts(args):
    formats = args.formats.split(",")
    for f in formats:
        os.makedirs(os.path.join(args.dir, f), exist_ok=True)
    slips = open(os.path.join(args.dir, "slips.tsv"), "w")
    total = {f: 0 for f in formats}
    notes_total = 0
    for i in range(1, args.count + 1):
        rng = random.Random(args.seed * 1_000_003 + i)
        target = int(2048 * (10 ** rng.random()))  # 2–20 KB, log-uniform
        notes = max(5, min(80, int(target / 20480 * 80 * rng.uniform(0.6, 1.2))))
        d = Draft(rng, target, notes)
        notes_total += notes
        name = f"draft-{i:05d}"
        rendered = {"md": d.markdown, "txt": d.text, "html": d.html}
        for f in formats:
            data = rendered[f]().encode()
            total[f] += len(data)
            open(os.path.join(args.dir, f, f"{name}.{f}"), "wb").write(data)
        for n, kind in d.slips:
            slips.write(f"{name}\t{n}\t{kind}\n")
    with open(os.path.join(args.dir, "manifest.tsv"), "w") as manifest:
        manifest.write("format\tdrafts\tbytes\tnotes\n")
        for f in formats:
            manifest.write(f"{f}\t{args.count}\t{total[f]}\t{notes_total}\n")
            print(f"{args.count} {f} drafts, {total[f] / 1e6:.1f} MB, {notes_total} notes in {os.path.join(args.dir, f)}")
    if args.office:
        if not shutil.which("pandoc"):
            print("pandoc not installed: no .docx/.odt drafts", file=sys.stderr)
            return
        for kind in ("docx", "odt"):
            os.makedirs(os.path.join(args.dir, kind), exist_ok=True)
            for i in range(1, min(args.office, args.count) + 1):
                src = os.path.join(args.dir, "md", f"draft-{i:05d}.md")
                subprocess.run(["pandoc", "-f", "markdown", src, "-o",
                                os.path.join(args.dir, kind, f"draft-{i:05d}.{kind}")], check=True)
            print(f"{min(args.office, args.count)} {kind} drafts (pandoc) in {os.path.join(args.dir, kind)}")


def huge(args):
    """Sections of a generated draft, with every label made unique, until the size is reached."""
    rng = random.Random(args.seed)
    target, notes = int(args.mb * 1_000_000), args.notes
    per_section = 50
    sections = max(1, notes // per_section)
    body_bytes = max(1024, target // sections - per_section * 110)
    base = Draft(rng, body_bytes, per_section)
    out = [base.markdown().split("\n# ", 1)[0] + "\n", f"# {base.title}\n"]
    definitions = []
    written = 0
    for s in range(sections):
        d = base if s == 0 else Draft(random.Random(args.seed * 7919 + s), body_bytes, per_section)
        label = lambda n, s=s: str(s * per_section + n)
        for p in d.paragraphs:
            out.append(" ".join(t + (f"[^{label(n)}]" if n else "") for t, n in p) + "\n")
        definitions += [f"[^{label(i)}]: {t}" for i, t in enumerate(d.notes, 1)]
        written += 1
    with open(args.file, "w") as f:
        f.write("\n".join(out) + "\n" + "\n".join(definitions) + "\n")
    size = os.path.getsize(args.file)
    print(f"{args.file}: {size / 1e6:.1f} MB, {sections * per_section} notes")


def links(args):
    """One Markdown draft whose every note links a loopback URL: 60 % answer 200, 20 % 404, 20 % 301
    (the kind is the first path segment, as Benchmarks/probe/server.mjs reads it). With --hosts H the
    URLs are spread round-robin over 127.0.0.2 … 127.0.0.(H+1), otherwise all on 127.0.0.1."""
    kinds = ["ok"] * 6 + ["missing"] * 2 + ["moved"] * 2
    body, notes = ["---", "title: Link check benchmark", "date: 2024-05-01", "---", "", "# Sources", ""], []
    for i in range(1, args.count + 1):
        host = f"127.0.0.{2 + (i - 1) % args.hosts}" if args.hosts else "127.0.0.1"
        url = f"http://{host}:{args.port}/{kinds[i % 10]}/{i}"
        notes.append(f"[^{i}]: Benchmark page {i}, <{url}>, April 3, 2021.")
        body.append(f"Claim number {i} is sourced.[^{i}]" + ("\n" if i % 10 == 0 else ""))
    with open(args.file, "w") as f:
        f.write("\n".join(body) + "\n\n" + "\n".join(notes) + "\n")
    print(f"{args.file}: {args.count} linked notes on {args.hosts or 1} host(s), port {args.port}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("drafts")
    d.add_argument("dir")
    d.add_argument("--count", type=int, default=100)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--formats", default="md,txt,html")
    d.add_argument("--office", type=int, default=0)
    h = sub.add_parser("huge")
    h.add_argument("file")
    h.add_argument("--mb", type=float, default=100)
    h.add_argument("--notes", type=int, default=50000)
    h.add_argument("--seed", type=int, default=1)
    k = sub.add_parser("links")
    k.add_argument("file")
    k.add_argument("--count", type=int, default=20000)
    k.add_argument("--port", type=int, required=True)
    k.add_argument("--hosts", type=int, default=0)
    args = p.parse_args()
    {"drafts": drafts, "huge": huge, "links": links}[args.command](args)


if __name__ == "__main__":
    main()
