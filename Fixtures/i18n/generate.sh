#!/usr/bin/env bash
# Regenerates the derived i18n fixtures from the Markdown masters in this folder with the real
# writers: pandoc (HTML, .docx, .odt) and LibreOffice headless (.docx, .odt, .html from pandoc's
# .docx). Every derived file must give exactly the findings (rule, note, severity) of its master's
# `.expected` (I18nFixturesAcrossFormatsTests). Idempotent; runs from any cwd.
#
# Needs: pandoc (2.17 here), soffice (Debian libreoffice-writer-nogui), python3.
#   apt-get install -y pandoc libreoffice-writer-nogui
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
normalize_zip="$here/../formats/normalize_zip.py"

for tool in pandoc soffice python3; do
  command -v "$tool" >/dev/null || { echo "generate.sh: '$tool' not found" >&2; exit 1; }
done

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

mkdir -p "$here/pandoc" "$here/libreoffice"

echo "== pandoc: masters -> html, docx, odt"
for master in "$here"/*.md; do
  name="$(basename "$master" .md)"
  pandoc -f markdown -s --metadata pagetitle="$name" "$master" -o "$here/pandoc/$name.html"
  pandoc -f markdown "$master" -o "$here/pandoc/$name.docx"
  pandoc -f markdown "$master" -o "$here/pandoc/$name.odt"
  echo "   $name"
done

echo "== LibreOffice headless: pandoc's docx -> docx, odt, html"
for master in "$here"/*.md; do
  name="$(basename "$master" .md)"
  soffice_convert docx "$work" "$here/pandoc/$name.docx"
  mv "$work/$name.docx" "$here/libreoffice/$name.docx"
  soffice_convert html "$here/libreoffice" "$here/pandoc/$name.docx"
  # LibreOffice writes a random Rsid into settings.xml of every ODT: keep the committed file
  # when nothing else changed, so a rerun leaves the tree clean.
  soffice_convert odt "$work" "$here/pandoc/$name.docx"
  python3 "$normalize_zip" --install "$work/$name.odt" "$here/libreoffice/$name.odt" --ignore settings.xml
  echo "   $name"
done

echo "== normalizing ZIP member timestamps"
python3 "$normalize_zip" "$here"/pandoc/*.docx "$here"/pandoc/*.odt "$here"/libreoffice/*.docx
echo "done"
