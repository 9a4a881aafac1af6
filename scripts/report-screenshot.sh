#!/usr/bin/env bash
# Opens a Détente report in headless Chromium and saves a screenshot of it, to check that
# the page renders on its own (images inlined, no network) and shows the charts.
#
#   scripts/report-screenshot.sh [REPORT] [OUT.png]
#
# Defaults: results/demo/report.html and results/demo/report-screenshot.png. Installs
# Debian's chromium package if it is missing (needs root and the package registry).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
report="${1:-results/demo/report.html}"
out="${2:-${report%/*}/report-screenshot.png}"
[ -f "$report" ] || { echo "report-screenshot: no $report; run ./detente demo first" >&2; exit 2; }
if ! command -v chromium >/dev/null 2>&1; then
  echo "report-screenshot: installing chromium" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,9000 \
  --screenshot="$(realpath -m "$out")" "file://$(realpath "$report")" 2>/dev/null
size=$(stat -c %s "$out")
# A page of charts is far larger than a blank or broken one (a few kB).
if [ "$size" -lt 200000 ]; then
  echo "report-screenshot: $out is only $size bytes: the report did not render its charts" >&2
  exit 1
fi
echo "report-screenshot: $out ($size bytes)"
