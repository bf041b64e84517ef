#!/usr/bin/env bash
# Build the frozen app with build.spec, then run it headless the way an office would use it
# and check every PDF with ../shared/tools/thai_pdf_check.py (or $THAI_PDF_CHECK).
#
#   scripts/build_and_smoke.sh            # from the repository root, on Linux
#
# Needs Python 3.11 with pip; creates .build-venv/ and writes build/ and dist/ (all ignored
# by git). The same script runs on Windows (Git Bash) in .github/workflows/windows-installer.yml.
# The PDF checker lives outside this repository; where it is absent (a CI runner), set
# SKIP_PDF_CHECK=1 to say so out loud rather than pass silently.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CHECKER=${THAI_PDF_CHECK:-$ROOT/../shared/tools/thai_pdf_check.py}
PYTHON=${PYTHON:-python3}
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) BIN=.build-venv/Scripts; EXE=.exe ;;
  *) BIN=.build-venv/bin; EXE= ;;
esac
if [ "${SKIP_PDF_CHECK:-0}" != 1 ] && [ ! -f "$CHECKER" ]; then
  echo "FAIL: the PDF checker is missing at $CHECKER (set THAI_PDF_CHECK, or SKIP_PDF_CHECK=1)"; exit 1
fi
check_pdf() {
  if [ "${SKIP_PDF_CHECK:-0}" = 1 ]; then echo "SKIPPED thai_pdf_check $1"; else "$BIN/python" "$CHECKER" "$1"; fi
}

step() { printf '\n== %s\n' "$*"; }

step "build environment"
[ -x "$BIN/python$EXE" ] || "$PYTHON" -m venv .build-venv
"$BIN/python" -m pip install -q -e . "pyinstaller>=6.10" pymupdf
step "pyinstaller build.spec"
start=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN build.spec
echo "built in $(( $(date +%s) - start )) s"

APP=$ROOT/dist/ITADesk
CLI=$APP/itadesk-cli$EXE
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The frozen app must not need anything from the build machine's environment.
export ITADESK_DATA_DIR=$WORK/userdata QT_QPA_PLATFORM=offscreen
unset ITADESK_WORKSPACE PYTHONPATH

step "itadesk-cli --version"
"$CLI" --version

step "demo"
"$CLI" demo --out "$WORK/demo.itadesk"

step "check"
"$CLI" check "$WORK/demo.itadesk"

step "report (every kind) + thai_pdf_check"
for kind in measures analysis oit guidelines; do
  "$CLI" report "$kind" --workspace "$WORK/demo.itadesk" --year 2566 --out "$WORK/$kind.pdf"
  check_pdf "$WORK/$kind.pdf"
done
"$CLI" report measures --workspace "$WORK/demo.itadesk" --year 2566 --round half --out "$WORK/measures-half.pdf"
check_pdf "$WORK/measures-half.pdf"

step "report as Word (python-docx's template, the embedded fonts, a chart rasterised by PDFium)"
"$CLI" report analysis --workspace "$WORK/demo.itadesk" --year 2565 --out "$WORK/analysis.docx"
"$BIN/python" -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None and any(n.endswith('.odttf') for n in z.namelist()) and any(n.startswith('word/media/') for n in z.namelist())" "$WORK/analysis.docx"

step "export to a USB file, then merge it into a second workspace"
"$CLI" export --workspace "$WORK/demo.itadesk" --out "$WORK/usb.itadesk"
"$CLI" check "$WORK/usb.itadesk"
"$CLI" demo --out "$WORK/other.itadesk"
"$CLI" merge --workspace "$WORK/other.itadesk" --from "$WORK/usb.itadesk"

step "Excel: export every tab, import the measures back into another year"
"$CLI" export-xlsx --workspace "$WORK/demo.itadesk" --year 2566 --out "$WORK/ita-2566.xlsx"
"$CLI" import-measures --workspace "$WORK/demo.itadesk" --year 2567 --from "$WORK/ita-2566.xlsx" \
  --map "ลำดับที่=" > "$WORK/import.txt" 2>&1 || { cat "$WORK/import.txt"; exit 1; }
cat "$WORK/import.txt"

step "a hostile file is refused"
printf 'not a database' > "$WORK/bad.itadesk"
if "$CLI" merge --workspace "$WORK/other.itadesk" --from "$WORK/bad.itadesk" 2> "$WORK/err.txt"; then
  echo "FAIL: a text file was merged"; exit 1
fi
cat "$WORK/err.txt"

step "the NACC's list read from a PDF (PDFium in the bundle)"
"$CLI" framework-list --workspace "$WORK/demo.itadesk" --year 2566 --from "$WORK/oit.pdf" > "$WORK/list.txt"
grep -q "^O1	" "$WORK/list.txt" || { echo "FAIL: no item read from the PDF"; cat "$WORK/list.txt"; exit 1; }
grep -c "^O[0-9]*	" "$WORK/list.txt"

step "a roll-up of several offices' copies (the district's view)"
mkdir -p "$WORK/district"
cp "$WORK/usb.itadesk" "$WORK/other.itadesk" "$WORK/bad.itadesk" "$WORK/district/"
"$CLI" rollup --from "$WORK/district" --year 2566 --out "$WORK/rollup.pdf"
check_pdf "$WORK/rollup.pdf"
"$CLI" rollup --from "$WORK/district" --year 2566 --out "$WORK/rollup.xlsx"

step "the window, drawn offscreen (Qt plugins and Thai fonts in the bundle)"
"$CLI" screenshots --workspace "$WORK/demo.itadesk" --year 2566 --out "$WORK/shots"
[ -x "$APP/ITADesk$EXE" ] || { echo "FAIL: the windowed program is missing"; exit 1; }

step "bundle size"
du -sh "$APP"
size_mb=$(du -sm "$APP" | cut -f1)
if [ "$size_mb" -ge 150 ]; then
  echo "FAIL: the bundle is ${size_mb} MB, over the 150 MB budget"; exit 1
fi
echo "SMOKE TEST PASSED (${size_mb} MB)"
