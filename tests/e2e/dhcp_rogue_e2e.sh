#!/usr/bin/env bash
# End to end: `ztpw serve` probes its interface for other DHCP servers. With the segment to
# itself it reports nothing; once dnsmasq answers DHCP on the same segment (in the client
# namespace), the next periodic probe must report dnsmasq's address in the log and the history.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
DNSMASQ=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
[[ -x $DNSMASQ ]] || { echo "SKIP: dnsmasq is not installed (Debian package dnsmasq-base)"; exit 77; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 is not installed"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-rogue-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.23
rogue_ip=10.231.23.2
ip -n "$CLIENT_NS" addr add "$rogue_ip/24" dev cli0

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/workbench.json" <<JSON
{ "interface": "srv0", "dhcp": { "poolFirst": "10.231.23.100", "poolLast": "10.231.23.150",
                                 "rogueProbeSeconds": 2 } }
JSON

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
STARTED_PIDS=$!
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
wait_for_udp_port "$SERVER_NS" 68 || { cat "$WORK_DIR/serve.log"; fail "the rogue-server probe did not start"; }

# Two probe rounds with only the bench on the segment: no report (the bench's own server ignores
# the probe's chaddr, and an OFFER carrying the bench's server identifier would not count).
sleep 4.5
if grep -q "rogue-server" "$WORK_DIR/serve.log"; then
    cat "$WORK_DIR/serve.log"
    fail "a rogue server was reported with only the bench on the segment"
fi

# dnsmasq as the rogue server, DHCP only (--port=0 turns DNS off), confined to cli0, with an
# empty configuration file instead of /etc/dnsmasq.conf.
: >"$WORK_DIR/dnsmasq.conf"
ip netns exec "$CLIENT_NS" "$DNSMASQ" -k -u root --log-facility=- --conf-file="$WORK_DIR/dnsmasq.conf" --port=0 \
    --interface=cli0 --bind-interfaces --no-ping --dhcp-range=10.231.23.200,10.231.23.210,1h \
    --dhcp-leasefile="$WORK_DIR/dnsmasq.leases" --pid-file="$WORK_DIR/dnsmasq.pid" \
    >"$WORK_DIR/dnsmasq.log" 2>&1 &
STARTED_PIDS="$STARTED_PIDS $!"
wait_for_udp_port "$CLIENT_NS" 67 || { cat "$WORK_DIR/dnsmasq.log"; exit 1; }

for attempt in $(seq 1 100); do
    grep -q "dhcp.rogue-server" "$WORK_DIR/serve.log" && break
    sleep 0.1
done
grep -q "dhcp.rogue-server Another DHCP server, $rogue_ip, answers on srv0 and offered 10.231.23.2" \
    "$WORK_DIR/serve.log" || { cat "$WORK_DIR/serve.log" "$WORK_DIR/dnsmasq.log"; fail "dnsmasq at $rogue_ip was not reported within 10 s"; }
grep -q "another DHCP server $rogue_ip answers on srv0 from MAC $CLIENT_MAC" "$WORK_DIR/serve.log" \
    || fail "no warning naming dnsmasq's MAC $CLIENT_MAC in the ztpw.dhcp log category"

# The report is in the history for the GUI's event list.
kill "${STARTED_PIDS%% *}"
wait "${STARTED_PIDS%% *}" 2>/dev/null || true
count=$(sqlite3 "$workspace/history.sqlite" "SELECT count(*) FROM events WHERE kind = 'dhcp.rogue-server'")
(( count >= 1 )) || fail "no dhcp.rogue-server event in the history"
probe_devices=$(sqlite3 "$workspace/history.sqlite" \
    "SELECT count(*) FROM devices WHERE mac IN ('', '02:5a:54:57:50:52')")
[[ $probe_devices == 0 ]] || fail "the bench recorded its own probe as a device"
echo "dnsmasq at $rogue_ip reported ($count history events)"
echo "PASS"
