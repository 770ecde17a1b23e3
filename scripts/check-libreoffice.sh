#!/usr/bin/env bash
# Documented check (not part of npm test): the demo report opens in LibreOffice, its text holds
# the expected totals, and its first pages are rendered as pictures for the README.
# Needs Debian's libreoffice-writer-nogui and poppler-utils: apt-get install -y libreoffice-writer-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/citego.js report --year 2025 --out "$out" >/dev/null
libreoffice --headless --convert-to pdf --outdir "$out" "$out/rapport-annuel-2025.docx" >/dev/null
# Narrow and ordinary no-break spaces read as plain spaces.
text=$(pdftotext "$out/rapport-annuel-2025.pdf" - | sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g')
for expected in "Rapport annuel 2025" "90 460,00 €" "116 019,42 €" "Compte de résultat" "10 278,00 €"; do
  if ! grep -qF "$expected" <<<"$text"; then
    echo "absent du PDF : $expected" >&2
    exit 1
  fi
done
pdftoppm -r 60 -png -f 1 -l 3 "$out/rapport-annuel-2025.pdf" docs/rapport-page
echo "LibreOffice ouvre le rapport ($(pdfinfo "$out/rapport-annuel-2025.pdf" | awk '/Pages/{print $2}') pages) ; images dans docs/rapport-page-*.png"
bash scripts/check-libreoffice-ag.sh
