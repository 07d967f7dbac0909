#!/usr/bin/env bash
# End to end: the DHCP responder of `ztpw serve` against the three Linux DHCP clients in Debian.
# busybox udhcpc obtains, renews (SIGUSR1) and releases (SIGUSR2). `udhcpc -a` finds the offered
# address in use by a squatter and declines it. ISC dhclient obtains, comes back in INIT-REBOOT
# and releases. dhcpcd obtains, renews and releases. Then the server is killed with SIGKILL and
# restarted: a second client asking for the first client's address must get another one.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in busybox dhclient dhcpcd ss; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done

WORK_DIR=$(mktemp -d /tmp/ztpw-dhcp-e2e.XXXXXX)
STARTED_PIDS=""
# dhclient daemonizes after binding, so its pid comes from its pidfile.
cleanup() {
    [[ -s $WORK_DIR/dhclient.pid ]] && kill "$(cat "$WORK_DIR/dhclient.pid")" 2>/dev/null
    netns_cleanup
}
trap cleanup EXIT
netns_setup 10.231.21
prefix=10.231.21
squatter=$prefix.100

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/workbench.json" <<JSON
{
    "interface": "srv0",
    "dhcp": { "poolFirst": "$prefix.100", "poolLast": "$prefix.120", "leaseTimeSeconds": 600,
              "rogueProbeSeconds": 0 }
}
JSON
# The client of step 6 has a fixed address through the inventory's ip column.
reserved_mac=02:5a:54:50:00:99
reserved_ip=$prefix.115
cat >"$workspace/inventory.csv" <<CSV
mac,serial,hostname,ip
$reserved_mac,,reserved-client,$reserved_ip
CSV

start_server() {
    ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
        2>>"$WORK_DIR/serve.log" &
    server_pid=$!
    STARTED_PIDS="$STARTED_PIDS $server_pid"
    wait_for_udp_port "$SERVER_NS" 67 || { cat "$WORK_DIR/serve.log"; exit 1; }
}

# wait_for_log PATTERN FILE: polls a log for a line, at most 15 s.
wait_for_log() {
    local pattern=$1 file=$2 attempt
    for attempt in $(seq 1 150); do
        grep -qE "$pattern" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "FAIL: no line matching '$pattern' in $file after 15 s" >&2
    cat "$file" >&2
    return 1
}

# wait_for_client_address ADDRESS: polls until the client script configured it, at most 15 s.
wait_for_client_address() {
    local address=$1 attempt
    for attempt in $(seq 1 150); do
        ip -n "$CLIENT_NS" -4 addr show dev cli0 | grep -q "inet $address/" && return 0
        sleep 0.1
    done
    fail "the client never configured $address"
}

clear_client_addresses() {
    ip -n "$CLIENT_NS" addr flush dev cli0
}

# A client script that only records the event and sets the address. The stock scripts of
# dhclient and udhcpc would rewrite /etc/resolv.conf, which namespaces share with the host.
cat >"$WORK_DIR/client-script.sh" <<SCRIPT
#!/bin/sh
echo "\${1:-\$reason} \${ip:-\$new_ip_address}" >>"$WORK_DIR/events.\$(basename "\$0")"
case "\${1:-\$reason}" in
    bound|renew|BOUND|REBOOT|RENEW)
        ip addr replace "\${ip:-\$new_ip_address}/24" dev "\${interface}" ;;
esac
exit 0
SCRIPT
chmod +x "$WORK_DIR/client-script.sh"
cp "$WORK_DIR/client-script.sh" "$WORK_DIR/udhcpc-script.sh"
cp "$WORK_DIR/client-script.sh" "$WORK_DIR/dhclient-script.sh"

start_server

# 1. udhcpc -a: the first free address is taken by a squatter that answers ARP, so the client
# declines it (DHCPDECLINE) and the next offer must be another address. The squatter is the
# server namespace itself, so the client asks for broadcast replies (-B): a reply unicast to the
# squatted address would stay inside the server namespace.
ip -n "$SERVER_NS" addr add "$squatter/24" dev srv0
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -B -t 6 -T 2 -a500 \
    -s "$WORK_DIR/udhcpc-script.sh" >"$WORK_DIR/udhcpc-decline.log" 2>&1 \
    || { cat "$WORK_DIR/udhcpc-decline.log" "$WORK_DIR/serve.log"; fail "udhcpc -a got no lease"; }
grep -q "dhcp.decline DECLINE from $CLIENT_MAC" "$WORK_DIR/serve.log" || { cat "$WORK_DIR/serve.log"; fail "no DECLINE reached the server"; }
declined_then=$(awk '/^bound/ {print $2}' "$WORK_DIR/events.udhcpc-script.sh" | tail -n1)
[[ -n $declined_then && $declined_then != "$squatter" ]] || fail "after DECLINE the client is bound to '$declined_then', the squatter's address"
ip -n "$SERVER_NS" addr del "$squatter/24" dev srv0
clear_client_addresses
echo "udhcpc -a declined $squatter and got $declined_then"

# 2. udhcpc obtain, renew, release. busybox renews on SIGUSR1 only with at least 60 s of the
# lease left, hence the 600 s lease above.
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -t 5 -T 2 -s "$WORK_DIR/udhcpc-script.sh" \
    >"$WORK_DIR/udhcpc.log" 2>&1 &
udhcpc_pid=$!
STARTED_PIDS="$STARTED_PIDS $udhcpc_pid"
wait_for_log "^bound " "$WORK_DIR/events.udhcpc-script.sh"
udhcpc_ip=$(awk '/^bound/ {print $2}' "$WORK_DIR/events.udhcpc-script.sh" | tail -n1)
# udhcpc enters BOUND only after its script returns; a SIGUSR1 before that restarts discovery.
wait_for_client_address "$udhcpc_ip"
sleep 0.5
kill -USR1 "$udhcpc_pid"
wait_for_log "^renew $udhcpc_ip" "$WORK_DIR/events.udhcpc-script.sh" || { grep ztpw.bench "$WORK_DIR/serve.log"; cat "$WORK_DIR/udhcpc.log"; exit 1; }
kill -USR2 "$udhcpc_pid"
wait_for_log "dhcp.release RELEASE from $CLIENT_MAC .*$udhcpc_ip" "$WORK_DIR/serve.log"
kill "$udhcpc_pid"
wait "$udhcpc_pid" 2>/dev/null || true
clear_client_addresses
echo "udhcpc obtained, renewed and released $udhcpc_ip"

# 3. dhclient obtain, INIT-REBOOT with the remembered lease, release.
dhclient_args=(-4 -v -sf "$WORK_DIR/dhclient-script.sh" -lf "$WORK_DIR/dhclient.leases"
               -pf "$WORK_DIR/dhclient.pid" -cf "$WORK_DIR/dhclient.conf")
: >"$WORK_DIR/dhclient.conf"
ip netns exec "$CLIENT_NS" timeout 30 dhclient -1 "${dhclient_args[@]}" cli0 >"$WORK_DIR/dhclient.log" 2>&1 \
    || { cat "$WORK_DIR/dhclient.log"; fail "dhclient got no lease"; }
dhclient_ip=$(awk '/^BOUND/ {print $2}' "$WORK_DIR/events.dhclient-script.sh" | tail -n1)
[[ -n $dhclient_ip ]] || fail "dhclient reported no BOUND address"
ip netns exec "$CLIENT_NS" timeout 30 dhclient -x "${dhclient_args[@]}" cli0 >>"$WORK_DIR/dhclient.log" 2>&1 || true
clear_client_addresses
ip netns exec "$CLIENT_NS" timeout 30 dhclient -1 "${dhclient_args[@]}" cli0 >>"$WORK_DIR/dhclient.log" 2>&1 \
    || { cat "$WORK_DIR/dhclient.log"; fail "dhclient INIT-REBOOT got no lease"; }
grep -q "^REBOOT $dhclient_ip" "$WORK_DIR/events.dhclient-script.sh" \
    || { cat "$WORK_DIR/events.dhclient-script.sh"; fail "dhclient did not keep $dhclient_ip through INIT-REBOOT"; }
ip netns exec "$CLIENT_NS" timeout 30 dhclient -r "${dhclient_args[@]}" cli0 >>"$WORK_DIR/dhclient.log" 2>&1
wait_for_log "dhcp.release RELEASE from $CLIENT_MAC .*$dhclient_ip" "$WORK_DIR/serve.log"
clear_client_addresses
echo "dhclient obtained, rebooted onto and released $dhclient_ip"

# 4. dhcpcd obtain, renew (-n), release (-k). Its files go to a private directory.
dhcpcd_conf="$WORK_DIR/dhcpcd.conf"
printf 'noarp\nnoipv4ll\nipv4only\nnohook resolv.conf\nscript %s\n' "$WORK_DIR/client-script.sh" >"$dhcpcd_conf"
ip netns exec "$CLIENT_NS" dhcpcd -f "$dhcpcd_conf" -4 -B -d cli0 >"$WORK_DIR/dhcpcd.log" 2>&1 &
dhcpcd_pid=$!
STARTED_PIDS="$STARTED_PIDS $dhcpcd_pid"
wait_for_log "leased [0-9.]+ for" "$WORK_DIR/dhcpcd.log"
dhcpcd_ip=$(grep -oE "leased [0-9.]+" "$WORK_DIR/dhcpcd.log" | tail -n1 | cut -d' ' -f2)
acks_before=$(grep -c "dhcp.request REQUEST from $CLIENT_MAC -> ACK $dhcpcd_ip" "$WORK_DIR/serve.log" || true)
ip netns exec "$CLIENT_NS" dhcpcd -f "$dhcpcd_conf" -4 -n cli0 >>"$WORK_DIR/dhcpcd-control.log" 2>&1
for attempt in $(seq 1 150); do
    acks=$(grep -c "dhcp.request REQUEST from $CLIENT_MAC -> ACK $dhcpcd_ip" "$WORK_DIR/serve.log" || true)
    (( acks > acks_before )) && break
    sleep 0.1
done
(( acks > acks_before )) || { cat "$WORK_DIR/dhcpcd.log"; fail "dhcpcd -n sent no REQUEST that was ACKed"; }
ip netns exec "$CLIENT_NS" dhcpcd -f "$dhcpcd_conf" -4 -k cli0 >>"$WORK_DIR/dhcpcd-control.log" 2>&1
wait_for_log "dhcp.release RELEASE from $CLIENT_MAC .*$dhcpcd_ip" "$WORK_DIR/serve.log"
wait "$dhcpcd_pid" 2>/dev/null || true
clear_client_addresses
echo "dhcpcd obtained, renewed and released $dhcpcd_ip"

# 5. Leases survive SIGKILL: bind one client, kill the server, restart, and let a client with
# another MAC request the first one's address.
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 -s "$WORK_DIR/udhcpc-script.sh" \
    >"$WORK_DIR/udhcpc-first.log" 2>&1 || fail "udhcpc before the kill got no lease"
first_ip=$(awk '/^bound/ {print $2}' "$WORK_DIR/events.udhcpc-script.sh" | tail -n1)
kill -KILL "$server_pid"
wait "$server_pid" 2>/dev/null || true
start_server
clear_client_addresses
ip -n "$CLIENT_NS" link set cli0 down
ip -n "$CLIENT_NS" link set cli0 address 02:5a:54:50:00:98
ip -n "$CLIENT_NS" link set cli0 up
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 -r "$first_ip" \
    -s "$WORK_DIR/udhcpc-script.sh" >"$WORK_DIR/udhcpc-second.log" 2>&1 || fail "udhcpc after the restart got no lease"
second_ip=$(awk '/^bound/ {print $2}' "$WORK_DIR/events.udhcpc-script.sh" | tail -n1)
[[ $second_ip != "$first_ip" ]] || fail "after SIGKILL and restart $first_ip went to a second client"
echo "after SIGKILL the bound $first_ip stayed with its client; the second client got $second_ip"

# 6. A reservation from the inventory's ip column.
clear_client_addresses
ip -n "$CLIENT_NS" link set cli0 down
ip -n "$CLIENT_NS" link set cli0 address "$reserved_mac"
ip -n "$CLIENT_NS" link set cli0 up
ip netns exec "$CLIENT_NS" busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 \
    -s "$WORK_DIR/udhcpc-script.sh" >"$WORK_DIR/udhcpc-reserved.log" 2>&1 || fail "the reserved client got no lease"
reserved_got=$(awk '/^bound/ {print $2}' "$WORK_DIR/events.udhcpc-script.sh" | tail -n1)
[[ $reserved_got == "$reserved_ip" ]] || fail "the reserved client got $reserved_got, expected $reserved_ip"
echo "the inventory reservation gave $reserved_mac $reserved_ip"
echo "PASS"
