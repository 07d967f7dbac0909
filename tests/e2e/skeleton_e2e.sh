#!/usr/bin/env bash
# End to end: `ztpw serve` in one namespace, real clients in another. busybox udhcpc gets a lease
# with the boot file and TFTP server, curl and tftp-hpa fetch the rendered configuration, then
# the history and the CSV report must show the exchange.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in busybox curl tftp sqlite3 ss sha256sum; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done

WORK_DIR=$(mktemp -d /tmp/ztpw-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.7

# Workspace with one inventory row for the client's MAC.
workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/inventory.csv" <<CSV
mac,serial,hostname,site
$CLIENT_MAC,FOC2719X0AB,bench-sw-01,Hall 3
CSV
cat >"$workspace/templates/default.j2" <<'J2'
hostname {{ hostname }}
! serial {{ serial }} at {{ site }}, leased {{ ip }} to {{ mac }}
end
J2
echo "static file" >"$workspace/files/static.txt"

# The server.
ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
server_pid=$!
STARTED_PIDS="$server_pid"
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
wait_for_udp_port "$SERVER_NS" 69 || { cat "$WORK_DIR/serve.log"; exit 1; }

# A second server on the same interface must refuse to start and say why.
if ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/second.log"; then
    fail "a second ztpw serve on srv0 started"
fi
grep -q "Cannot bind UDP port 67" "$WORK_DIR/second.log" || { cat "$WORK_DIR/second.log"; fail "second server error does not name the port"; }

# DHCP with busybox udhcpc; its script records what the server sent and configures the address.
cat >"$WORK_DIR/udhcpc.sh" <<SCRIPT
#!/bin/sh
if [ "\$1" = bound ]; then
    env | grep -E '^(ip|subnet|router|siaddr|boot_file|bootfile|tftp|hostname|lease|serverid)=' >"$WORK_DIR/lease.env"
    ip addr add "\$ip/24" dev "\$interface"
fi
exit 0
SCRIPT
chmod +x "$WORK_DIR/udhcpc.sh"
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 -O bootfile -O tftp -O hostname \
    -s "$WORK_DIR/udhcpc.sh" >"$WORK_DIR/udhcpc.log" 2>&1 || { cat "$WORK_DIR/udhcpc.log" "$WORK_DIR/serve.log"; fail "udhcpc got no lease"; }
cat "$WORK_DIR/lease.env"
# shellcheck disable=SC1091
source "$WORK_DIR/lease.env"

last_octet=${ip##*.}
[[ $ip == 10.231.7.* && $last_octet -ge 2 && $last_octet -le 254 ]] || fail "address $ip is outside the pool 10.231.7.2-254"
[[ $bootfile == network-confg ]] || fail "option 67 is '$bootfile', expected network-confg"
[[ $boot_file == network-confg ]] || fail "file field is '$boot_file', expected network-confg"
[[ $siaddr == "$SERVER_IP" ]] || fail "siaddr is '$siaddr', expected $SERVER_IP"
[[ $tftp == "$SERVER_IP" ]] || fail "option 66 is '$tftp', expected $SERVER_IP"
[[ $serverid == "$SERVER_IP" ]] || fail "option 54 is '$serverid', expected $SERVER_IP"
[[ $router == "$SERVER_IP" ]] || fail "option 3 is '$router', expected $SERVER_IP"
[[ $hostname == bench-sw-01 ]] || fail "option 12 is '$hostname', expected bench-sw-01"
[[ $lease == 3600 ]] || fail "option 51 is '$lease', expected 3600"

# TFTP with curl and with tftp-hpa: the boot file is this device's rendered configuration.
ip netns exec "$CLIENT_NS" curl -sS --fail -o "$WORK_DIR/curl-confg" "tftp://$SERVER_IP/network-confg"
ip netns exec "$CLIENT_NS" bash -c "cd '$WORK_DIR' && tftp -m binary $SERVER_IP -c get network-confg hpa-confg"
ip netns exec "$CLIENT_NS" curl -sS --fail -o "$WORK_DIR/static.txt" "tftp://$SERVER_IP/static.txt"
cat "$WORK_DIR/curl-confg"
expected="hostname bench-sw-01
! serial FOC2719X0AB at Hall 3, leased $ip to $CLIENT_MAC
end"
[[ $(cat "$WORK_DIR/curl-confg") == "$expected" ]] || fail "curl fetched an unexpected configuration"
cmp "$WORK_DIR/curl-confg" "$WORK_DIR/hpa-confg" || fail "tftp-hpa and curl fetched different files"

# Profiles name per-device files after the serial number (Junos "{serial}.conf", AOS-CX
# "{key}.cfg"), so those names are rendered too, over TFTP and HTTP.
ip netns exec "$CLIENT_NS" curl -sS --fail -o "$WORK_DIR/serial-conf" "tftp://$SERVER_IP/FOC2719X0AB.conf"
cmp "$WORK_DIR/curl-confg" "$WORK_DIR/serial-conf" || fail "FOC2719X0AB.conf is not the rendered configuration"
ip netns exec "$CLIENT_NS" curl -sS --fail -o "$WORK_DIR/serial-conf-http" "http://$SERVER_IP/FOC2719X0AB.conf"
cmp "$WORK_DIR/curl-confg" "$WORK_DIR/serial-conf-http" || fail "FOC2719X0AB.conf over HTTP is not the rendered configuration"

[[ $(cat "$WORK_DIR/static.txt") == "static file" ]] || fail "static file from files/ differs"

# A path that leaves files/ is refused with ERROR 2 (curl exit 69 = TFTP access violation).
set +e
ip netns exec "$CLIENT_NS" curl -sS -o /dev/null "tftp://$SERVER_IP/../workbench.json" 2>"$WORK_DIR/traversal.log"
traversal_status=$?
set -e
[[ $traversal_status -ne 0 ]] || fail "a path outside files/ was served"

# Clean stop on SIGTERM.
kill -TERM "$server_pid"
set +e
wait "$server_pid"
server_status=$?
set -e
STARTED_PIDS=""
[[ $server_status -eq 0 ]] || { cat "$WORK_DIR/serve.log"; fail "ztpw serve exited with $server_status on SIGTERM"; }
grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+ ztpw.bench: dhcp.request' "$WORK_DIR/serve.log" || { cat "$WORK_DIR/serve.log"; fail "no timestamped DHCP event on stderr"; }

# History: the exchange and the transfer with the SHA-256 of what was sent.
history="$workspace/history.sqlite"
sha=$(sha256sum "$WORK_DIR/curl-confg" | cut -d' ' -f1)
mac_key=$(echo "$CLIENT_MAC" | tr 'A-F' 'a-f')
[[ $(sqlite3 "$history" "select count(*) from events where kind='dhcp.discover' and device='$mac_key'") -ge 1 ]] || fail "no DISCOVER in the history"
[[ $(sqlite3 "$history" "select count(*) from events where kind='dhcp.request' and json_extract(details,'$.reply')='ACK'") -ge 1 ]] || fail "no ACK in the history"
[[ $(sqlite3 "$history" "select count(*) from events where kind='tftp.transfer' and json_extract(details,'$.sha256')='$sha' and json_extract(details,'$.result')='ok'") -ge 2 ]] || fail "the transfers with sha256 $sha are not in the history"
[[ $(sqlite3 "$history" "select state from leases where address='$ip'") == bound ]] || fail "the lease of $ip is not stored as bound"

# The template revision that rendered the configuration: on the device record, in the transfer
# event, stored with its source, and the rendering kept for the editor's diff.
template_sha=$(sha256sum "$workspace/templates/default.j2" | cut -d' ' -f1)
[[ $(sqlite3 "$history" "select template_sha256 from devices where mac='$mac_key'") == "$template_sha" ]] || fail "the device record does not name template revision $template_sha"
[[ $(sqlite3 "$history" "select count(*) from events where kind='tftp.transfer' and json_extract(details,'$.templateSha256')='$template_sha'") -ge 2 ]] || fail "the transfers do not name template revision $template_sha"
[[ $(sqlite3 "$history" "select count(*) from template_revisions where template_name='default.j2' and sha256='$template_sha'") -eq 1 ]] || fail "template revision $template_sha is not stored"
[[ $(sqlite3 "$history" "select count(*) from rendered_configurations where device_key='$mac_key' and config_sha256='$sha' and template_sha256='$template_sha'") -ge 1 ]] || fail "the configuration sent is not stored for the editor's diff"

# Report.
"$ZTPW" export --workspace "$workspace" --format csv --output "$WORK_DIR/report.csv"
cat "$WORK_DIR/report.csv"
grep -q "^$mac_key,FOC2719X0AB,bench-sw-01,$ip,default.j2,$sha,[^,]*,[^,]*,configuration sent,$template_sha," "$WORK_DIR/report.csv" \
    || fail "the report has no complete row for $mac_key with template revision $template_sha"

echo "PASS: lease $ip, configuration $sha, history and report checked"
