#!/usr/bin/env bash
# Regenerates every derived fixture in Fixtures/formats from the Markdown masters
# and the seed article (Fixtures/conformance/seeds) with the real writers:
# pandoc, LibreOffice (headless) and python-docx. Idempotent; runs from any cwd.
#
# Needs: pandoc, soffice (Debian libreoffice-writer-nogui), python3 with python-docx.
#   apt-get install -y pandoc libreoffice-writer-nogui && pip install python-docx
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seed="$root/Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt"
masters="$here/masters"

for tool in pandoc soffice python3; do
  command -v "$tool" >/dev/null || { echo "generate.sh: '$tool' not found (see README.md)" >&2; exit 1; }
done
python3 -c 'import docx' 2>/dev/null || { echo "generate.sh: python-docx missing (pip install python-docx)" >&2; exit 1; }

# pandoc stamps docProps/core.xml and meta.xml with the build time unless told otherwise.
export SOURCE_DATE_EPOCH=946684800   # 2000-01-01T00:00:00Z: obviously not a publication date
export TZ=UTC LC_ALL=C.UTF-8

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lo_profile="file://$work/lo-profile"

soffice_convert() { # soffice_convert FILTER OUTDIR INPUT
  soffice "-env:UserInstallation=$lo_profile" --headless --norestore \
    --convert-to "$1" --outdir "$2" "$3" >"$work/soffice.log" 2>&1 \
    || { cat "$work/soffice.log" >&2; exit 1; }
}

mkdir -p "$here/pandoc" "$here/libreoffice" "$here/python-docx" "$here/seed"

echo "== pandoc: masters -> html, docx, odt"
for master in "$masters"/*.md; do
  case "$master" in *.expected.md) continue ;; esac
  name="$(basename "$master" .md)"
  pandoc -f markdown -s "$master" -o "$here/pandoc/$name.html"
  pandoc -f markdown "$master" -o "$here/pandoc/$name.docx"
  pandoc -f markdown "$master" -o "$here/pandoc/$name.odt"
  echo "   $name"
done

echo "== python-docx: real endnotes, and notes typed as [n] paragraphs"
python3 "$here/make_endnotes_docx.py" "$masters/transit-strike.md" \
  --endnotes "$here/python-docx/transit-strike.endnotes.docx"
python3 "$here/make_endnotes_docx.py" "$masters/council-depot.md" \
  --plain-notes "$here/python-docx/council-depot.plain-notes.docx"

echo "== LibreOffice headless: docx -> docx, odt, html"
for name in council-depot sections; do
  soffice_convert docx "$work" "$here/pandoc/$name.docx"
  mv "$work/$name.docx" "$here/libreoffice/$name.docx"
done
soffice_convert html "$here/libreoffice" "$here/pandoc/council-depot.docx"
soffice_convert html "$here/libreoffice" "$here/python-docx/transit-strike.endnotes.docx"
# LibreOffice writes a random Rsid into settings.xml of every ODT: keep the committed
# file when nothing else changed, so a rerun leaves the tree clean.
for input in "$here/pandoc/council-depot.docx" "$here/pandoc/sections.docx" "$here/python-docx/transit-strike.endnotes.docx"; do
  name="$(basename "$input" .docx)"
  soffice_convert odt "$work" "$input"
  python3 "$here/normalize_zip.py" --install "$work/$name.odt" "$here/libreoffice/$name.odt" --ignore settings.xml
done

echo "== pandoc: seed article (plain text, markers kept literal) -> html, docx"
python3 "$here/seed_to_commonmark.py" "$seed" >"$work/seed.md"
title="$(head -n 1 "$seed" | tr -d '\r')"
pandoc -f commonmark -s --metadata pagetitle="$title" "$work/seed.md" -o "$here/seed/seed.html"
pandoc -f commonmark "$work/seed.md" -o "$here/seed/seed.docx"

echo "== numbered-lists/: a numbered reference list and [n] markers -> pandoc, python-docx, LibreOffice"
"$here/numbered-lists/generate.sh"

echo "== normalizing ZIP member timestamps"
shopt -s nullglob
python3 "$here/normalize_zip.py" "$here"/{pandoc,libreoffice,python-docx,seed}/*.docx "$here"/pandoc/*.odt
echo "done"
