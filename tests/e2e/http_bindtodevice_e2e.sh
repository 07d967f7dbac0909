#!/usr/bin/env bash
# The HTTP server answers on the chosen interface only: a client that reaches the server's
# address through a second interface of the server is refused, while the same request over the
# chosen interface succeeds.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
command -v curl >/dev/null || { echo "SKIP: curl is not installed"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-httpbind.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.11

# A second link between the namespaces: srv1 (10.232.11.1) and cli1 (10.232.11.2).
ip link add srv1 netns "$SERVER_NS" type veth peer name cli1 netns "$CLIENT_NS"
ip -n "$SERVER_NS" addr add 10.232.11.1/24 dev srv1
ip -n "$SERVER_NS" link set srv1 up
ip -n "$CLIENT_NS" addr add 10.232.11.2/24 dev cli1
ip -n "$CLIENT_NS" link set cli1 up
ip -n "$CLIENT_NS" addr add 10.231.11.2/24 dev cli0

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null 2>&1
echo "served" >"$workspace/files/static.txt"
# High ports keep the test independent of DHCP and TFTP: only HTTP matters here.
sed -i 's/"port": 67/"port": 6767/; s/"port": 69/"port": 6969/' "$workspace/workbench.json"

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/serve.log" &
STARTED_PIDS=$!
for attempt in $(seq 1 100); do
    ip netns exec "$SERVER_NS" ss -Hltn "sport = :80" | grep -q . && break
    sleep 0.1
done

body=$(ip netns exec "$CLIENT_NS" curl -sS --max-time 5 "http://$SERVER_IP/static.txt") \
    || { cat "$WORK_DIR/serve.log"; fail "GET over the chosen interface failed"; }
[[ $body == served ]] || fail "GET over the chosen interface returned '$body'"

# Reach the same address through srv1: the server must not accept the connection.
ip -n "$CLIENT_NS" route add "$SERVER_IP/32" dev cli1 src 10.232.11.2
ip -n "$SERVER_NS" route add 10.232.11.2/32 dev srv1
if ip netns exec "$CLIENT_NS" curl -sS --max-time 3 -o /dev/null "http://$SERVER_IP/static.txt" 2>/dev/null; then
    cat "$WORK_DIR/serve.log"
    fail "the HTTP server answered a client on another interface"
fi
echo "PASS: HTTP answers on srv0 only"
