#!/usr/bin/env bash
# Compares full DORA exchanges per second of `ztpw serve` with dnsmasq and Kea, all three with
# lease persistence on, using Kea's perfdhcp at rising offered rates. Two network namespaces of
# its own, joined by a veth pair (MTU 1500), carry the traffic; nothing touches the host's
# interfaces. Servers are pinned to CPU 0 and perfdhcp to CPU 1.
#
# For each server and offered rate, perfdhcp runs SECONDS seconds with up to 60,000 distinct
# client MACs in a /16 pool and the table shows the achieved 4-way rate and the drops. The
# summary gives each server's best achieved rate with zero drops and the ratio to ztpw. Then
# ztpw alone runs 50,000 distinct clients twice and its resident memory is printed at start and
# after each pass.
# The servers take turns in one run, so background load affects all alike; compare ratios of
# one run only.
#
# Usage, as root:  bench/dhcp/run-bench.sh PATH/TO/ztpw [SECONDS] [RATES...]
# ZTP_BENCH_SERVERS="ztpw kea" limits the run to some servers; ZTP_BENCH_MEMORY=0 skips the
# memory passes; ZTP_BENCH_KEEP=1 keeps the work directory with every perfdhcp output.
# Needs: iproute2, taskset, perfdhcp (Debian package kea-admin); dnsmasq (dnsmasq-base) and
# kea-dhcp4 (kea-dhcp4-server) are skipped when missing.

set -euo pipefail

ztpw=$(realpath "${1:?give the path of the built ztpw binary}")
seconds=${2:-5}
shift $(( $# >= 2 ? 2 : $# ))
rates=("$@")
[[ ${#rates[@]} -gt 0 ]] || rates=(250 500 1000 2000 4000)
distinct_clients=60000
memory_clients=50000

if [[ $(id -u) -ne 0 ]]; then
    echo "run-bench.sh: needs root to create network namespaces" >&2
    exit 1
fi
command -v perfdhcp >/dev/null || { echo "run-bench.sh: perfdhcp is missing (apt-get install kea-admin)" >&2; exit 1; }

suffix=$$
server_ns=dhcp-bench-srv-$suffix
client_ns=dhcp-bench-cli-$suffix
server_address=10.240.0.1
client_address=10.240.0.2
work=$(mktemp -d /tmp/ztp-dhcp-bench.XXXXXX)
server_pid=
# dnsmasq reads its configuration from this empty file instead of /etc/dnsmasq.conf.
empty_conf="$work/empty.conf"
: >"$empty_conf"

cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    ip netns delete "$server_ns" 2>/dev/null || true
    ip netns delete "$client_ns" 2>/dev/null || true
    if [[ ${ZTP_BENCH_KEEP:-0} == 1 ]]; then
        echo "run-bench.sh: outputs kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

ip netns add "$server_ns"
ip netns add "$client_ns"
ip link add srv0 netns "$server_ns" type veth peer name cli0 netns "$client_ns"
ip -n "$server_ns" addr add "$server_address/16" dev srv0
ip -n "$client_ns" addr add "$client_address/16" dev cli0
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set srv0 up
ip -n "$client_ns" link set cli0 up

# wait_for_port PORT: polls for a bound UDP port in the server namespace, at most 10 s.
wait_for_port() {
    local attempt
    for attempt in $(seq 1 100); do
        ip netns exec "$server_ns" ss -Hlun "sport = :$1" | grep -q . && return 0
        sleep 0.1
    done
    echo "run-bench.sh: nothing listens on UDP port $1 after 10 s" >&2
    return 1
}

start_ztpw() {
    local workspace="$work/ztpw"
    rm -rf "$workspace"
    "$ztpw" init "$workspace" >/dev/null 2>&1
    cat >"$workspace/workbench.json" <<JSON
{ "interface": "srv0",
  "dhcp": { "poolFirst": "10.240.1.0", "poolLast": "10.240.255.250", "leaseTimeSeconds": 3600,
            "rogueProbeSeconds": 0 } }
JSON
    QT_LOGGING_RULES="${ZTP_BENCH_LOG_RULES:-ztpw.*.info=false}" ip netns exec "$server_ns" taskset -c 0 \
        "$ztpw" serve --workspace "$workspace" --interface srv0 >"$work/ztpw.out" 2>"$work/ztpw.log" &
    server_pid=$!
}

start_dnsmasq() {
    ip netns exec "$server_ns" taskset -c 0 dnsmasq -k -u root --log-facility="$work/dnsmasq.log" \
        --conf-file="$empty_conf" --port=0 --interface=srv0 --bind-interfaces --no-ping \
        --dhcp-range=10.240.1.0,10.240.255.250,1h --dhcp-lease-max=100000 \
        --dhcp-leasefile="$work/dnsmasq.leases" --pid-file="$work/dnsmasq.pid" &
    server_pid=$!
}

start_kea() {
    rm -f "$work/kea.leases"*
    cat >"$work/kea.json" <<JSON
{ "Dhcp4": {
    "interfaces-config": { "interfaces": [ "srv0" ], "dhcp-socket-type": "udp" },
    "lease-database": { "type": "memfile", "persist": true, "name": "$work/kea.leases",
                        "lfc-interval": 0 },
    "valid-lifetime": 3600,
    "subnet4": [ { "id": 1, "subnet": "10.240.0.0/16",
                   "pools": [ { "pool": "10.240.1.0 - 10.240.255.250" } ] } ],
    "loggers": [ { "name": "kea-dhcp4", "severity": "WARN",
                   "output_options": [ { "output": "$work/kea.log" } ] } ] } }
JSON
    KEA_PIDFILE_DIR=$work KEA_LOCKFILE_DIR=$work ip netns exec "$server_ns" taskset -c 0 \
        kea-dhcp4 -c "$work/kea.json" >"$work/kea.out" 2>&1 &
    server_pid=$!
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

# run_perfdhcp RATE: prints "achieved drops" for one step. perfdhcp acts as a relay (giaddr is
# its own address), so the servers answer it on port 67.
run_perfdhcp() {
    local rate=$1 output achieved drops
    output=$(ip netns exec "$client_ns" taskset -c 1 perfdhcp -4 -l "$client_address" -r "$rate" \
        -R "$distinct_clients" -p "$seconds" -W 2000000 "$server_address" 2>&1 || true)
    printf '%s\n' "$output" >"$work/perfdhcp-$server-$rate.out"
    local ns
    for ns in "$server_ns" "$client_ns"; do
        echo "# $ns" >>"$work/perfdhcp-$server-$rate.out"
        ip netns exec "$ns" nstat -az UdpRcvbufErrors UdpInErrors UdpSndbufErrors \
            >>"$work/perfdhcp-$server-$rate.out" 2>&1 || true
    done
    achieved=$(awk '/^Rate:/ {print $2; exit}' <<<"$output")
    drops=$(awk '/^drops:/ {sum += $2} END {print sum + 0}' <<<"$output")
    echo "${achieved:-0} ${drops:-?}"
}

rss_kib() {
    awk '/^VmRSS:/ {print $2}' "/proc/$1/status"
}

declare -A best
declare -a rss
printf '%-8s %10s %12s %8s\n' server offered achieved drops
read -r -a servers <<<"${ZTP_BENCH_SERVERS:-ztpw dnsmasq kea}"
for server in "${servers[@]}"; do
    case $server in
        ztpw) start_ztpw ;;
        dnsmasq) command -v dnsmasq >/dev/null || { echo "dnsmasq missing, skipped"; continue; }; start_dnsmasq ;;
        kea) command -v kea-dhcp4 >/dev/null || { echo "kea-dhcp4 missing, skipped"; continue; }; start_kea ;;
    esac
    wait_for_port 67
    best[$server]=0
    for rate in "${rates[@]}"; do
        read -r achieved drops < <(run_perfdhcp "$rate")
        printf '%-8s %10s %12s %8s\n' "$server" "$rate/s" "$achieved/s" "$drops"
        if [[ $drops == 0 ]] && awk -v a="$achieved" -v b="${best[$server]}" 'BEGIN {exit !(a > b)}'; then
            best[$server]=$achieved
        fi
    done
    stop_server
done

echo
echo "Best achieved rate with zero drops (full DORA, lease persistence on):"
for server in "${servers[@]}"; do
    [[ -n ${best[$server]:-} ]] || continue
    ratio=$(awk -v a="${best[ztpw]:-0}" -v b="${best[$server]}" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}')
    printf '  %-8s %10s/s   ztpw/%s = %s\n' "$server" "${best[$server]}" "$server" "$ratio"
done

# Memory with 50,000 leases: ztpw alone, at its best zero-drop rate (at least the lowest rate).
# A first pass binds the clients. A second pass of the same clients, each of which finds its own
# lease, shows whether memory stays flat once the leases exist.
[[ ${ZTP_BENCH_MEMORY:-1} == 0 ]] && exit 0
echo
memory_rate=$(awk -v a="${best[ztpw]}" -v b="${rates[0]}" 'BEGIN {r = int(a); print (r > b ? r : b)}')
start_ztpw
wait_for_port 67
before=$(rss_kib "$server_pid")
declare -a settled
for pass in 1 2; do
    ip netns exec "$client_ns" taskset -c 1 perfdhcp -4 -l "$client_address" -r "$memory_rate" \
        -R "$memory_clients" -n "$memory_clients" -W 2000000 "$server_address" >"$work/memory-$pass.out" 2>&1 || true
    rss[$pass]=$(rss_kib "$server_pid")
    # The history writer runs below the DHCP thread's priority, so a fast pass leaves it a
    # backlog in memory. Wait (at most 60 s) until the history's event count stops growing.
    previous=-1
    for attempt in $(seq 1 60); do
        count=$(sqlite3 "$work/ztpw/history.sqlite" "SELECT count(*) FROM events" 2>/dev/null || echo -1)
        [[ -n ${ZTP_BENCH_DEBUG:-} ]] && echo "pass $pass: $count events, $(rss_kib "$server_pid") KiB" >&2
        [[ $count == "$previous" ]] && break
        previous=$count
        sleep 1
    done
    settled[$pass]=$(rss_kib "$server_pid")
done
stop_server
# Leases reach the table of history.sqlite when the journal is folded, at the latest at the stop.
leases=$(sqlite3 "$work/ztpw/history.sqlite" "SELECT count(*) FROM leases WHERE state = 'bound'" 2>/dev/null || echo "?")
echo "ztpw resident memory at $memory_rate/s: ${before} KiB at start, ${rss[1]} KiB after the first" \
     "$memory_clients clients, ${rss[2]} KiB after the same clients again; ${leases} bound leases"
echo "  once the history writer caught up: ${settled[1]} KiB after the first pass, ${settled[2]} KiB" \
     "after the second"
