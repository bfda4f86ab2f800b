#!/usr/bin/env bash
# Regenerates the OCR round-trip fixtures: each sample letter (samples/*.json) is exported
# to PDF with the default house style, then read back by three tools; their texts are the
# fixtures that test/ocr/ocr-roundtrip.test.ts imports and compares with the letter.
#
#   samples/ocr/<stem>.pdftotext.txt         pdftotext (reading order)
#   samples/ocr/<stem>.pdftotext-layout.txt  pdftotext -layout
#   samples/ocr/<stem>.tesseract.txt         pdftoppm -r 300 -png, then tesseract -l nld per
#                                            page; pages joined with form feeds
#
# Needs: Node 20 with the repository's dependencies installed (npm ci), poppler-utils
# (pdftotext, pdftoppm) and tesseract with Dutch (Debian/Ubuntu:
#   apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-nld).
# Run from anywhere:  bash samples/ocr/regenerate.sh
# Commit the .txt files it writes; the PDFs and page images stay in a temporary directory.
# The test runs on the committed texts only, so CI needs neither poppler nor tesseract.
# The fixtures are tool output: never edit them by hand; rerun this script instead.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
for tool in node pdftotext pdftoppm tesseract; do
  command -v "$tool" >/dev/null || { echo "regenerate.sh: $tool not found (see the header of this script)" >&2; exit 1; }
done
tesseract --list-langs 2>/dev/null | grep -qx nld || { echo "regenerate.sh: tesseract has no Dutch (install tesseract-ocr-nld)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && npm run build --silent)

for json in "$root"/samples/*.json; do
  stem="$(basename "$json" .json)"
  node "$root/dist/cli/main.js" convert "$json" --to pdf --out "$work" --force >/dev/null
  pdf="$work/$stem.pdf"
  pdftotext -enc UTF-8 "$pdf" "$here/$stem.pdftotext.txt"
  pdftotext -layout -enc UTF-8 "$pdf" "$here/$stem.pdftotext-layout.txt"
  pdftoppm -r 300 -png "$pdf" "$work/$stem-page"
  out="$here/$stem.tesseract.txt"
  : >"$out"
  first=1
  # pdftoppm numbers pages with leading zeros as wide as the page count, so they sort.
  for page in "$work/$stem-page"-*.png; do
    [ "$first" = 1 ] || printf '\f' >>"$out"
    first=0
    tesseract "$page" - -l nld 2>/dev/null >>"$out"
  done
  echo "samples/ocr/$stem: $(grep -c $'\f' "$out" | awk '{print $1 + 1}') pages; pdftotext, pdftotext -layout and tesseract texts written"
done
