#!/usr/bin/env bash
# End to end: the TFTP server binds its sockets to one veth with SO_BINDTODEVICE, as the
# application does on the bench interface. A client on that link downloads a file with curl
# and tftp-hpa. A client that reaches the same server address through a second interface of
# the server's namespace gets no reply. A control server without the device binding serves
# that second client, which shows that the route works and only the binding keeps it out.
#
#   client ns (cli0 10.231.41.2) -- srv0 10.231.41.1 [server ns] srv1 10.231.42.1 -- other ns
#                                                                        (cli1 10.231.42.2)
set -euo pipefail
SERVE=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in curl tftp ss cmp; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done

WORK_DIR=$(mktemp -d /tmp/ztpw-e2e.XXXXXX)
STARTED_PIDS=""
OTHER_NS="ztpw-oth-$$"
cleanup() {
    netns_cleanup
    ip netns delete "$OTHER_NS" 2>/dev/null || true
}
trap cleanup EXIT
netns_setup 10.231.41
ip -n "$CLIENT_NS" addr add 10.231.41.2/24 dev cli0

# The second link: the other client routes to the bench subnet through srv1.
ip netns add "$OTHER_NS"
ip link add srv1 netns "$SERVER_NS" type veth peer name cli1 netns "$OTHER_NS"
ip -n "$SERVER_NS" addr add 10.231.42.1/24 dev srv1
ip -n "$SERVER_NS" link set srv1 up
ip -n "$OTHER_NS" addr add 10.231.42.2/24 dev cli1
ip -n "$OTHER_NS" link set cli1 up
ip -n "$OTHER_NS" link set lo up
ip -n "$OTHER_NS" route add 10.231.41.0/24 via 10.231.42.1

mkdir -p "$WORK_DIR/root"
head -c 300000 /dev/urandom >"$WORK_DIR/root/image.bin"

# start_server PORT [--interface NAME]: tftp-serve on the bench address in the server ns.
start_server() {
    local port=$1
    shift
    ip netns exec "$SERVER_NS" "$SERVE" --root "$WORK_DIR/root" --address "$SERVER_IP" \
        --port "$port" "$@" >>"$WORK_DIR/serve-$port.log" 2>&1 &
    STARTED_PIDS="$STARTED_PIDS $!"
    wait_for_udp_port "$SERVER_NS" "$port" || { cat "$WORK_DIR/serve-$port.log"; exit 1; }
}

# fetch NAMESPACE PORT OUTPUT: one curl download, at most 5 s.
fetch() {
    ip netns exec "$1" curl -sS --connect-timeout 3 --max-time 5 --tftp-blksize 1468 \
        -o "$3" "tftp://$SERVER_IP:$2/image.bin"
}

# Control: without SO_BINDTODEVICE the other client gets the file through srv1.
start_server 6970
fetch "$OTHER_NS" 6970 "$WORK_DIR/control.bin" 2>"$WORK_DIR/control.err" \
    || { cat "$WORK_DIR/control.err" "$WORK_DIR/serve-6970.log"; fail "the control server without a device binding did not answer through srv1"; }
cmp -s "$WORK_DIR/control.bin" "$WORK_DIR/root/image.bin" || fail "the control download differs from the file"

# The server as the application runs it: bound to srv0.
start_server 69 --interface srv0
ip netns exec "$SERVER_NS" ss -Hlun "sport = :69" >"$WORK_DIR/ss.txt"
grep -q "%srv0" "$WORK_DIR/ss.txt" || { cat "$WORK_DIR/ss.txt"; fail "the request socket is not bound to srv0"; }

fetch "$CLIENT_NS" 69 "$WORK_DIR/curl.bin" 2>"$WORK_DIR/curl.err" \
    || { cat "$WORK_DIR/curl.err" "$WORK_DIR/serve-69.log"; fail "curl on srv0's link got no file"; }
cmp -s "$WORK_DIR/curl.bin" "$WORK_DIR/root/image.bin" || fail "the curl download differs from the file"

(cd "$WORK_DIR" && ip netns exec "$CLIENT_NS" timeout 20 tftp -m octet "$SERVER_IP" 69 \
    -c get image.bin tftp-hpa.bin) >"$WORK_DIR/tftp.log" 2>&1 \
    || { cat "$WORK_DIR/tftp.log"; fail "tftp-hpa on srv0's link got no file"; }
cmp -s "$WORK_DIR/tftp-hpa.bin" "$WORK_DIR/root/image.bin" || fail "the tftp-hpa download differs from the file"

# The same address reached through srv1 must stay silent.
if fetch "$OTHER_NS" 69 "$WORK_DIR/other.bin" 2>"$WORK_DIR/other.err"; then
    fail "the server bound to srv0 answered a client on srv1"
fi
if grep -q "10.231.42.2" "$WORK_DIR/serve-69.log"; then
    cat "$WORK_DIR/serve-69.log"
    fail "the server bound to srv0 saw a request that came in through srv1"
fi

echo "PASS: downloads on srv0 with curl and tftp-hpa; no reply through srv1"
