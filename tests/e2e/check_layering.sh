#!/usr/bin/env bash
# Fails when the headless ztpw binary links QtGui or QtWidgets: the engine must run without a
# display.
set -euo pipefail
binary=$1
if ldd "$binary" | grep -E 'libQt6(Gui|Widgets)'; then
    echo "FAIL: $binary links QtGui or QtWidgets" >&2
    exit 1
fi
echo "ok: $binary links no QtGui or QtWidgets"
