#!/usr/bin/env bash
# Installs what is missing on Debian 12, builds ZTP Workbench, then either starts the desktop
# application ("run") or runs every test ("test"). Needs root for apt-get and for the tests
# that create network namespaces.
#
#   installer/setup.sh run    install, build, start ztp-workbench on the default workspace
#   installer/setup.sh test   install, build, run the whole test suite with CTest
set -euo pipefail

mode=${1:-}
if [[ $mode != run && $mode != test ]]; then
    echo "usage: $0 run|test" >&2
    exit 2
fi

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${ZTPW_BUILD_DIR:-$source_dir/build}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$source_dir/installer/debian-packages.txt")
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Run this script as root, or install them with sudo apt-get install first." >&2
        exit 1
    fi
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_packages
build

if [[ $mode == run ]]; then
    exec "$build_dir/bin/ztp-workbench"
fi

# Parsers of network input under libFuzzer and AddressSanitizer, for a bounded time each.
bash "$source_dir/tests/fuzz/run_fuzzers.sh" "${ZTPW_FUZZ_SECONDS:-20}"

# CI sets this to check the Debian package as well.
if [[ ${ZTPW_CHECK_DEB:-0} == 1 ]]; then
    bash "$source_dir/installer/check-deb.sh" "$build_dir"
fi

# QT_QPA_PLATFORM=offscreen lets the GUI tests run without a display. CTest's summary is the
# last thing printed.
cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)"
