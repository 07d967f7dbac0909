#!/usr/bin/env bash
# End to end: scapy crafts relayed, INFORM, long-option, overloaded and vendor-specific requests
# in the client namespace and checks the replies of `ztpw serve` byte by byte
# (dhcp_scapy_check.py holds the cases).
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
# Debian's python3-scapy installs for the system interpreter, not for a python3 earlier in PATH.
PYTHON=/usr/bin/python3
"$PYTHON" -c 'import scapy' 2>/dev/null || { echo "SKIP: python3-scapy is not installed (installer/setup.sh installs it)"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-scapy-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.22
client_ip=10.231.22.50
ip -n "$CLIENT_NS" addr add "$client_ip/24" dev cli0

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/workbench.json" <<JSON
{ "interface": "srv0", "dhcp": { "poolFirst": "10.231.22.100", "poolLast": "10.231.22.150",
                                 "rogueProbeSeconds": 0 } }
JSON
# A workspace profile with a 300-octet option 43, to see RFC 3396 splitting on the wire.
# AOS-CX sends no serial number over DHCP, so its file name takes the inventory's.
printf 'mac,serial\n%s,SG12KW0001\n' "$CLIENT_MAC" >"$workspace/inventory.csv"
mkdir -p "$workspace/profiles"
long_value=$(printf 'L%.0s' $(seq 1 300))
cat >"$workspace/profiles/scapy-long.json" <<JSON
{ "title": "test: long option 43", "priority": 90, "match": { "vendorClass": ["scapy-long"] },
  "options": [ { "code": 43, "type": "text", "value": "$long_value" } ] }
JSON

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
STARTED_PIDS=$!
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }

ip netns exec "$CLIENT_NS" "$PYTHON" "$here/dhcp_scapy_check.py" cli0 "$client_ip" "$SERVER_IP" \
    || { grep -E 'ztpw.(bench|dhcp)' "$WORK_DIR/serve.log"; fail "scapy checks failed"; }
