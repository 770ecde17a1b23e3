#!/usr/bin/env bash
# Documented check (not part of npm test): the demo's documents written by citego, rendered to PDF
# by LibreOffice and checked (page numbers, whole labels, the AG date on the cover, no sign after
# « Déficit », the commentary's numbers in the tables), their README pictures redrawn under docs/img/.
# The list of documents and their checks: scripts/check-documents/documents.ts.
# Needs Debian's libreoffice-writer-nogui and poppler-utils: apt-get install -y libreoffice-writer-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool absent : apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done
node build/check-documents.js
