#!/usr/bin/env bash
# End to end: ping before offer. A squatter (a second address of the client's interface) has
# the first free pool address and replies to pings. With dhcp.pingBeforeOfferMs set, busybox udhcpc
# (without -a, so it never declines) must be offered another address, and the squatted one must
# be quarantined in the leases table. Without the ping the first offer would be the squatter's.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
command -v busybox >/dev/null || { echo "SKIP: busybox is not installed"; exit 77; }
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 is not installed"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-ping-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.24
prefix=10.231.24
squatter=$prefix.100

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/workbench.json" <<JSON
{ "interface": "srv0",
  "dhcp": { "poolFirst": "$prefix.100", "poolLast": "$prefix.120", "rogueProbeSeconds": 0,
            "pingBeforeOfferMs": 400 } }
JSON

cat >"$WORK_DIR/udhcpc-script.sh" <<SCRIPT
#!/bin/sh
[ "\$1" = bound ] && echo "bound \$ip" >>"$WORK_DIR/events"
exit 0
SCRIPT
chmod +x "$WORK_DIR/udhcpc-script.sh"

ip -n "$CLIENT_NS" addr add "$squatter/24" dev cli0
ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
STARTED_PIDS=$!
wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
grep -q "pinging addresses on srv0 before offering them" "$WORK_DIR/serve.log" \
    || { cat "$WORK_DIR/serve.log"; fail "the ping before offer did not start"; }

ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -t 6 -T 2 \
    -s "$WORK_DIR/udhcpc-script.sh" >"$WORK_DIR/udhcpc.log" 2>&1 \
    || { cat "$WORK_DIR/udhcpc.log" "$WORK_DIR/serve.log"; fail "udhcpc got no lease"; }
leased=$(awk '/^bound/ {print $2}' "$WORK_DIR/events" | tail -n1)
[[ -n $leased ]] || fail "udhcpc reported no bound address"
[[ $leased != "$squatter" ]] || { cat "$WORK_DIR/serve.log"; fail "the squatted $squatter was offered although it answers pings"; }
# The next address stays silent, so the same DISCOVER gets it after one ping of each.
[[ $leased == "$prefix.101" ]] || { cat "$WORK_DIR/serve.log"; fail "udhcpc got $leased, not the next free $prefix.101"; }
grep -q "dhcp.discover DISCOVER from $CLIENT_MAC -> OFFER $prefix.101" "$WORK_DIR/serve.log" \
    || { cat "$WORK_DIR/serve.log"; fail "no OFFER of $prefix.101 after its ping"; }
if grep -q "no offer this time" "$WORK_DIR/serve.log"; then
    cat "$WORK_DIR/serve.log"
    fail "a DISCOVER got no offer although $prefix.101 was silent"
fi
grep -q "address $squatter answers a ping; quarantined" "$WORK_DIR/serve.log" \
    || { cat "$WORK_DIR/serve.log"; fail "no warning that $squatter answers a ping"; }

# The quarantine is stored like a DECLINE, so a restarted bench does not offer the address either.
kill "$STARTED_PIDS"
wait "$STARTED_PIDS" 2>/dev/null || true
STARTED_PIDS=""
state=$(sqlite3 "$workspace/history.sqlite" "SELECT state FROM leases WHERE address = '$squatter'")
[[ $state == declined ]] || fail "the squatted $squatter is stored as '$state', not declined"
echo "the squatted $squatter answered the ping and was skipped; udhcpc got $leased"
echo "PASS"
