#!/usr/bin/env bash
# Writes the seed corpora of every fuzz target into Fuzz/corpus/<target>/ from the repository's Fixtures/
# (and the seed article in Fixtures/conformance/seeds, unless SEED_SHARED=0), or into $CORPUS_DIR. Deterministic; rerunning
# rewrites the same files. Run from anywhere:
#   Fuzz/seed-corpora.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${CORPUS_DIR:-Fuzz/corpus}
rm -rf "$OUT/seeds" && mkdir -p "$OUT"
SEED_SHARED=${SEED_SHARED:-1} python3 - "$OUT" <<'PY'
import glob, hashlib, os, re, sys, zipfile
out = sys.argv[1]
def put(target, data):
    d = os.path.join(out, target); os.makedirs(d, exist_ok=True)
    if isinstance(data, str): data = data.encode()
    data = data[:65536]
    open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb").write(data)
def files(*patterns):
    return sorted(f for p in patterns for f in glob.glob(p, recursive=True))
# SEED_SHARED=0 (the CI smoke run): the repository's drafts only, as before the seed article was copied
# into the repository. Fixtures/conformance (third-party test data, licenses) is never a seed.
texts = [f for f in files("Fixtures/**/*.md", "Fixtures/**/*.txt") if not f.startswith("Fixtures/conformance/")]
if os.environ["SEED_SHARED"] != "0": texts += files("Fixtures/conformance/seeds/*.txt")
for f in texts:
    b = open(f, "rb").read()
    put("fuzz-markdown", b); put("fuzz-text", b)
    s = b.decode("utf-8", "replace")
    for line in s.splitlines():
        if re.search(r"\d", line): put("fuzz-dates", line)
        for m in re.findall(r"(?:https?://\S+|@\w[\w.@-]*|\b[\w-]+\.(?:com|me|org|net|co\.uk|tv)/\S*)", line):
            put("fuzz-normalizer", m.rstrip(".,;)"))
for f in files("Fixtures/**/*.html"): put("fuzz-html", open(f, "rb").read())
for kind, parts in (("docx", ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/settings.xml"]),
                    ("odt", ["content.xml", "meta.xml"])):
    for f in files(f"Fixtures/**/*.{kind}"):
        raw = open(f, "rb").read()
        if len(raw) <= 65536: put(f"fuzz-{kind}", raw)          # archives as they are
        try:
            z = zipfile.ZipFile(f)
            pieces = [z.read(p) if p in z.namelist() else b"" for p in parts]
            put(f"fuzz-{kind}", b"\0".join(pieces).rstrip(b"\0"))  # the parts, for the structured mode
        except Exception:
            pass
for s in ["April 3, 2021", "Apr. 3rd, 2021", "3 April 2021", "Saturday, April 3, 2021", "2021-04-03",
          "03/04/2021", "3.4.2021", "April 2–3, 2021", "April 30 – May 2, 2021", "Sept. 7, 2022", "April 2021",
          "31 April 2019", "February 29, 2021", "Friday, April 3, 2021", "in 2003 and 1999"]:
    put("fuzz-dates", s)
for s in ["Twitter.com/KM94310", "x.com/km94310", "@KM94310", "https://mobile.twitter.com/km94310?s=20",
          "Telegram.me/ Qais_alkhazali", "t.me/s/centerkaf/123", "news.bbc.co.uk/x", "MEMRI TV Clip No. 7700",
          "@user@mastodon.social", "@name.bsky.social", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
          "https://twitter.com/#!/km94310/status/123", "xn--bcher-kva.example/a%20b", "http://127.0.0.1:8080/x"]:
    put("fuzz-normalizer", s)
for t in sorted(os.listdir(out)):
    print(f"{t}: {len(os.listdir(os.path.join(out, t)))} seeds")
PY
