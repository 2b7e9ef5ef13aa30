#!/usr/bin/env bash
# Regenerates the derived files of article.md (a draft whose notes are a numbered reference list
# and whose markers are typed [n], with ranges such as [2]–[4]) with the real writers. Called by
# ../generate.sh; runs alone from any cwd. Same tools and versions as ../README.md records.
#
#   pandoc/article.{html,docx,odt,txt}   pandoc -f markdown [-s] [-t plain --wrap=none]
#   python-docx/article.docx             make_numbered_docx.py (Word's "List Number" style numbering)
#   libreoffice/article.{docx,odt}       soffice --headless --convert-to docx/odt pandoc/article.docx
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export SOURCE_DATE_EPOCH=946684800 TZ=UTC LC_ALL=C.UTF-8
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/pandoc" "$here/python-docx" "$here/libreoffice"

pandoc -f markdown -s "$here/article.md" -o "$here/pandoc/article.html"
pandoc -f markdown "$here/article.md" -o "$here/pandoc/article.docx"
pandoc -f markdown "$here/article.md" -o "$here/pandoc/article.odt"
pandoc -f markdown -s -t plain --wrap=none "$here/article.md" -o "$here/pandoc/article.txt"
python3 "$here/make_numbered_docx.py" "$here/article.md" "$here/python-docx/article.docx"

soffice_convert() { # soffice_convert FILTER INPUT
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore \
    --convert-to "$1" --outdir "$work" "$2" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
}
soffice_convert docx "$here/pandoc/article.docx"
mv "$work/article.docx" "$here/libreoffice/article.docx"
soffice_convert odt "$here/pandoc/article.docx"
# LibreOffice writes a random Rsid into settings.xml and random list ids (xml:id="list1800507148",
# text:continue-list="…") into content.xml: keep the committed ODT when nothing else changed.
python3 - "$work/article.odt" "$here/libreoffice/article.odt" <<'PY'
import os, re, sys, zipfile
new, old = sys.argv[1], sys.argv[2]
def members(path):
    with zipfile.ZipFile(path) as z:
        return {n: re.sub(rb'"list\d+"', b'"list"', z.read(n)) for n in z.namelist() if n != "settings.xml"}
if os.path.exists(old) and members(new) == members(old):
    os.remove(new)
PY
if [ -e "$work/article.odt" ]; then
  python3 "$here/../normalize_zip.py" "$work/article.odt" && mv "$work/article.odt" "$here/libreoffice/article.odt"
fi
python3 "$here/../normalize_zip.py" "$here"/pandoc/article.{docx,odt} "$here"/python-docx/article.docx "$here"/libreoffice/article.docx
