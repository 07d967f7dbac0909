#!/usr/bin/env bash
# End to end for the device table's engine: `ztpw serve` in one namespace, busybox udhcpc and
# curl in another. A Cumulus switch leases an address, then fetches its script from a second
# address with only its HTTP identity headers (serial, base MAC, management MAC): the merge
# rules must keep it one device. Assignment rules from the workspace pick its DHCP profile and,
# once the headers give its serial, its template. With devices.stallTimeoutSeconds at 2 the
# running bench must then mark it stalled.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in busybox curl sqlite3 ss; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done
PYTHON=/usr/bin/python3

WORK_DIR=$(mktemp -d /tmp/ztpw-devices-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.33
client() { ip netns exec "$CLIENT_NS" "$@"; }
mac_key=$(echo "$CLIENT_MAC" | tr 'A-F' 'a-f')
base_mac="1c:34:da:00:11:02"

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
printf 'mac,serial,hostname\n' >"$workspace/inventory.csv"
printf '#!/bin/bash\necho "cumulus {{ serial }}"\n' >"$workspace/templates/cumulus.j2"
$PYTHON - "$workspace/workbench.json" <<'PY'
import json, sys
path = sys.argv[1]
settings = json.load(open(path))
settings.setdefault("devices", {})["stallTimeoutSeconds"] = 2
settings.setdefault("dhcp", {})["rogueProbeSeconds"] = 0
json.dump(settings, open(path, "w"), indent=2)
PY
cat >"$workspace/assignment-rules.json" <<JSON
{"rules": [
  {"match": "mac", "pattern": "02:5a:54:50:00:*", "profile": "cumulus"},
  {"match": "serial", "pattern": "MT2216*", "template": "cumulus.j2"}
]}
JSON

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 2>"$WORK_DIR/serve.log" &
server_pid=$!
STARTED_PIDS="$server_pid"
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
for attempt in $(seq 1 50); do
    ip netns exec "$SERVER_NS" ss -Hltn "sport = :80" | grep -q . && break
    sleep 0.1
done
show_log() { tail -40 "$WORK_DIR/serve.log" >&2; }
trap 'show_log; netns_cleanup' ERR

# A lease for the switch's management port (chaddr $CLIENT_MAC, no vendor class).
cat >"$WORK_DIR/udhcpc.sh" <<'SCRIPT'
#!/bin/sh
[ "$1" = bound ] && ip addr add "$ip/24" dev "$interface"
exit 0
SCRIPT
chmod +x "$WORK_DIR/udhcpc.sh"
client busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 -s "$WORK_DIR/udhcpc.sh" >"$WORK_DIR/udhcpc.log" 2>&1 || fail "udhcpc got no lease"

# The script request from an address without a lease, identified by its headers only. The
# base MAC comes first in VendorIdentity, so without the merge rules it became a second device.
client ip addr add 10.231.33.250/24 dev cli0
client curl -sS --fail --interface 10.231.33.250 -o "$WORK_DIR/script.sh" -A 'CumulusLinux-AutoProvision/0.4' \
    -H 'CUMULUS-SERIAL: MT2216X12345' -H "CUMULUS-BASE-MAC: $base_mac" -H "CUMULUS-MGMT-MAC: $CLIENT_MAC" \
    -H 'CUMULUS-PRODUCTNAME: MSN2410' "http://$SERVER_IP/ztp/self/config" || fail "the script request failed"
grep -q '^echo "cumulus MT2216X12345"$' "$WORK_DIR/script.sh" || fail "the rule's template was not rendered: $(cat "$WORK_DIR/script.sh")"

# The stall check runs in the server: no progress for 2 s marks the device stalled.
history="$workspace/history.sqlite"
stalled=""
for attempt in $(seq 1 100); do
    stalled=$(sqlite3 "$history" "select count(*) from events where kind='device.stalled' and device='$mac_key'" 2>/dev/null || echo 0)
    [[ $stalled -ge 1 ]] && break
    sleep 0.1
done
[[ $stalled -ge 1 ]] || fail "the running bench did not mark the device stalled within 10 s"

kill -TERM "$server_pid"
wait "$server_pid" || fail "ztpw serve exited with $? on SIGTERM"
STARTED_PIDS=""

count() { sqlite3 "$history" "$1"; }
[[ $(count "select count(*) from devices") -eq 1 ]] || fail "expected one device row, got: $(count 'select mac, serial from devices')"
[[ $(count "select serial from devices where mac='$mac_key'") == MT2216X12345 ]] || fail "the header serial is not in the leased device's row"
[[ $(count "select template from devices where mac='$mac_key'") == cumulus.j2 ]] || fail "the serial rule did not assign cumulus.j2"
[[ $(count "select state from devices where mac='$mac_key'") == stalled ]] || fail "the stored state is not stalled"
[[ $(count "select count(*) from events where kind like 'dhcp.%' and device='$mac_key' and json_extract(details,'$.profile')='cumulus'") -ge 1 ]] \
    || fail "the MAC rule did not pick the cumulus profile"

"$ZTPW" devices --workspace "$workspace" --format json >"$WORK_DIR/devices.json"
$PYTHON - "$WORK_DIR/devices.json" "$mac_key" "$base_mac" <<'PY' || fail "ztpw devices does not show one merged device"
import json, sys
devices = json.load(open(sys.argv[1]))
devices = devices.get("devices", devices) if isinstance(devices, dict) else devices
assert len(devices) == 1, devices
macs = set(devices[0]["macs"])
assert {sys.argv[2], sys.argv[3]} <= macs, macs
PY
echo "PASS: one merged row for a Cumulus switch known by headers, rules from the workspace, stall after 2 s"
