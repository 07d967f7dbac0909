#!/usr/bin/env bash
# `ztpw serve` says at start when the default template is missing, instead of failing silently
# at the first device.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
WORK_DIR=$(mktemp -d /tmp/ztpw-warnings.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.12

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null 2>&1
sed -i 's/"default": "default.j2"/"default": "missing.j2"/' "$workspace/workbench.json"
grep -q '"missing.j2"' "$workspace/workbench.json" || fail "could not set templates.default"

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
STARTED_PIDS=$!
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
for attempt in $(seq 1 50); do
    grep -q "template.missing" "$WORK_DIR/serve.log" && break
    sleep 0.1
done
grep -q "template.missing the default template missing.j2 does not exist" "$WORK_DIR/serve.log" \
    || { cat "$WORK_DIR/serve.log"; fail "no warning about the missing default template"; }
echo "PASS: the missing default template is reported at start"
