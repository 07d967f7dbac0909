# Shared helpers for the end-to-end tests: a server and a client namespace joined by a veth
# pair. Source it, then call netns_setup; the EXIT trap removes everything it created.

netns_require_root() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "SKIP: needs root to create network namespaces (run the tests as root, as CI does)"
        exit 77
    fi
    if ! ip netns add "ztpw-probe-$$" 2>/dev/null; then
        echo "SKIP: this kernel or sandbox does not allow network namespaces"
        exit 77
    fi
    ip netns delete "ztpw-probe-$$"
}

# netns_setup SUBNET_PREFIX (for example 10.231.7): server gets .1/24 on veth "srv0" in
# namespace $SERVER_NS, the client namespace $CLIENT_NS gets "cli0" with MAC $CLIENT_MAC.
# ZTPW_NETNS_PREFIX (default "ztpw") starts the namespace names, so parallel runs can tell theirs.
netns_setup() {
    local prefix=$1
    SERVER_NS="${ZTPW_NETNS_PREFIX:-ztpw}-srv-$$"
    CLIENT_NS="${ZTPW_NETNS_PREFIX:-ztpw}-cli-$$"
    SERVER_IP="$prefix.1"
    CLIENT_MAC=${CLIENT_MAC:-02:5a:54:50:00:01}
    ip netns add "$SERVER_NS"
    ip netns add "$CLIENT_NS"
    ip link add srv0 netns "$SERVER_NS" type veth peer name cli0 netns "$CLIENT_NS"
    ip -n "$SERVER_NS" addr add "$SERVER_IP/24" dev srv0
    ip -n "$SERVER_NS" link set srv0 up
    ip -n "$SERVER_NS" link set lo up
    ip -n "$CLIENT_NS" link set cli0 address "$CLIENT_MAC"
    ip -n "$CLIENT_NS" link set cli0 up
    ip -n "$CLIENT_NS" link set lo up
}

netns_cleanup() {
    local pid
    for pid in ${STARTED_PIDS:-}; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in ${STARTED_PIDS:-}; do
        wait "$pid" 2>/dev/null || true
    done
    [[ -n ${SERVER_NS:-} ]] && ip netns delete "$SERVER_NS" 2>/dev/null
    [[ -n ${CLIENT_NS:-} ]] && ip netns delete "$CLIENT_NS" 2>/dev/null
    [[ -n ${WORK_DIR:-} ]] && rm -rf "$WORK_DIR"
    return 0
}

# wait_for_udp_port NAMESPACE PORT: polls for a bound UDP port, at most 10 s.
wait_for_udp_port() {
    local namespace=$1 port=$2 attempt
    for attempt in $(seq 1 100); do
        if ip netns exec "$namespace" ss -Hlun "sport = :$port" | grep -q .; then
            return 0
        fi
        sleep 0.1
    done
    echo "FAIL: nothing listens on UDP port $port in $namespace after 10 s" >&2
    return 1
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
