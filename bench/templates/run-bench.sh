#!/usr/bin/env bash
# Renders one 2,000-line access-switch template for DEVICES devices (10,000 by default) with
# the ZTP Workbench engine (template-bench) and with Debian's python3-jinja2 in the same run.
# Prints each one's renders per second and the speed ratio. It also checks that the outputs are
# byte-identical, by comparing the SHA-256 of all outputs joined.
#
# Build template-bench optimized first, for example:
#   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#   ninja -C build-release template-bench
# Usage: bench/templates/run-bench.sh PATH/TO/template-bench [DEVICES]
# Needs: /usr/bin/python3 with python3-jinja2 (Debian 12 ships 3.1.2).

set -euo pipefail

bench_binary=${1:?give the path of the built template-bench binary}
devices=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/ztp-template-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Debian's interpreter, so that a pyenv or virtualenv jinja2 earlier on PATH is not measured.
python=/usr/bin/python3

"$python" "$here/generate.py" "$work" "$devices"
echo "template: $(wc -l < "$work/switch.j2") lines; devices: $devices; CPU: $(nproc) cores"

engine_line=$("$bench_binary" "$work/switch.j2" "$work/devices.jsonl")
jinja_line=$("$python" "$here/jinja_bench.py" "$work/switch.j2" "$work/devices.jsonl")
echo "$engine_line"
echo "$jinja_line"

rate() { sed -E 's/.* ([0-9.]+) renders\/s.*/\1/' <<<"$1"; }
digest() { sed -E 's/.*sha256 ([0-9a-f]{64}).*/\1/' <<<"$1"; }

engine_rate=$(rate "$engine_line")
jinja_rate=$(rate "$jinja_line")
awk -v a="$engine_rate" -v b="$jinja_rate" 'BEGIN { printf "ratio: engine is %.2fx jinja2\n", a / b }'
if [[ $(digest "$engine_line") == $(digest "$jinja_line") ]]; then
    echo "outputs: identical"
else
    echo "outputs: DIFFERENT" >&2
    exit 1
fi
