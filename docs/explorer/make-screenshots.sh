#!/usr/bin/env bash
# Re-makes the explorer's screenshots (docs/explorer/*.png, 1280 px wide) from the browser test, which drives
# Debian's Chromium (/usr/bin/chromium; apt-get install chromium) through Playwright on a tiny two-year scenario
# (the window view, explore-window.png, on a three-year one whose threshold closes the window in some replications).
# Usage, from the clone: bash docs/explorer/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is absent: apt-get install chromium" >&2; exit 2; }
NORDICSIM_SCREENSHOTS="$PWD/docs/explorer" dotnet test tests/NordicChina.Sim.Cli.Tests -c Debug \
  --filter "FullyQualifiedName~ExplorerBrowserTests|FullyQualifiedName~ExplorerWindowBrowserTests|FullyQualifiedName~ExplorerEditingBrowserTests"
ls -l docs/explorer/*.png
