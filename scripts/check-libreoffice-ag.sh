#!/usr/bin/env bash
# Documented check (not part of npm test), callable on its own or from `npm run check:libreoffice`:
# the demo's AG pack and one CERFA 15059 open in LibreOffice, their PDF text holds the figures they
# must show (docs/domain.md, "The AG pack", "Compte rendu financier (CERFA 15059)"), no « Déficit »
# is followed by a minus sign, and their first pages are rendered as pictures for the README.
# Needs LibreOffice and poppler-utils; run `node scripts/build.mjs` first (npm run check:libreoffice does).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node bin/citego.js ag --year 2025 --out "$out" >/dev/null
node bin/citego.js cerfa15059 --convention C-2025-002 --year 2025 --out "$out" >/dev/null
# A private profile: a LibreOffice already open elsewhere does not take the conversion.
soffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir "$out" \
  "$out/assemblee-generale-2025.docx" "$out/cerfa15059-C-2025-002-2025.docx" >/dev/null 2>&1
pdf_text() { pdftotext -layout "$1" - | sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g'; }
expect() { # file, then the texts it must hold
  local file=$1 text
  shift
  text=$(pdf_text "$file")
  for expected in "$@"; do
    if ! grep -qF -- "$expected" <<<"$text"; then
      echo "absent de $(basename "$file") : $expected" >&2
      exit 1
    fi
  done
  if grep -qE -- 'Déficit[^0-9]*[−-] ?[0-9]' <<<"$text"; then
    echo "« Déficit » suivi d’un signe moins dans $(basename "$file")" >&2
    exit 1
  fi
}
expect "$out/assemblee-generale-2025.pdf" "Assemblée générale — comptes 2025" "Ordre du jour (projet)" \
  "2 422,58 €" "25 559,42 €" "47 450,00 €" "Procès-verbal (projet)" "Abstentions"
expect "$out/cerfa15059-C-2025-002-2025.pdf" "Compte rendu financier de subvention — C-2025-002" "28 000,00 €" \
  "14 000,00 €" "Certifié exact"
mkdir -p docs/img
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/assemblee-generale-2025.pdf" docs/img/ag-page-1
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/cerfa15059-C-2025-002-2025.pdf" docs/img/cerfa15059-page-1
for pdf in "$out"/*.pdf; do
  echo "LibreOffice ouvre $(basename "$pdf") ($(pdfinfo "$pdf" | awk '/Pages/{print $2}') pages)"
done
