#!/usr/bin/env bash
# Compares TFTP download throughput of the ZTP Workbench server (tests/tftp/tftp-serve) with
# tftpd-hpa and dnsmasq. Two network namespaces of its own, joined by a veth pair (MTU 1500),
# carry the traffic; nothing touches the host's interfaces. The server is pinned to CPU 0 and
# curl to CPU 1. Prints the median of REPEATS downloads per server and blksize, in MiB/s.
#
# Usage, as root:  bench/tftp/run-bench.sh PATH/TO/tftp-serve [SIZE_MIB] [REPEATS]
# Needs: iproute2, curl, taskset, and the packages tftpd-hpa and dnsmasq-base (a server that
# is missing is skipped).

set -euo pipefail

serve_binary=${1:?give the path of the built tftp-serve binary}
size_mib=${2:-64}
repeats=${3:-3}

if [[ $(id -u) -ne 0 ]]; then
    echo "run-bench.sh: needs root to create network namespaces" >&2
    exit 1
fi

suffix=$$
server_ns=ztp-bench-srv-$suffix
client_ns=ztp-bench-cli-$suffix
server_address=10.77.0.1
client_address=10.77.0.2
work=$(mktemp -d /tmp/ztp-tftp-bench.XXXXXX)
server_pid=

cleanup() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    ip netns del "$server_ns" 2>/dev/null || true
    ip netns del "$client_ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$server_ns"
ip netns add "$client_ns"
ip link add veth-srv-$suffix type veth peer name veth-cli-$suffix
ip link set veth-srv-$suffix netns "$server_ns"
ip link set veth-cli-$suffix netns "$client_ns"
ip -n "$server_ns" addr add $server_address/24 dev veth-srv-$suffix
ip -n "$client_ns" addr add $client_address/24 dev veth-cli-$suffix
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set veth-srv-$suffix up mtu 1500
ip -n "$client_ns" link set veth-cli-$suffix up mtu 1500

mkdir -p "$work/root"
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$work/root/image.bin"
expected=$(sha256sum "$work/root/image.bin" | cut -d' ' -f1)

start_server() {
    local name=$1
    case $name in
    ztp)
        ip netns exec "$server_ns" taskset -c 0 "$serve_binary" --root "$work/root" \
            --address $server_address --port 69 --interface veth-srv-$suffix --mtu 1500 \
            > "$work/server.log" 2>&1 &
        ;;
    tftpd-hpa)
        ip netns exec "$server_ns" taskset -c 0 in.tftpd -L -u root -s "$work/root" \
            --address $server_address:69 > "$work/server.log" 2>&1 &
        ;;
    dnsmasq)
        ip netns exec "$server_ns" taskset -c 0 dnsmasq -k -u root --log-facility=- \
            --conf-file=/dev/null --port=0 --enable-tftp --tftp-root="$work/root" \
            --listen-address=$server_address --bind-interfaces > "$work/server.log" 2>&1 &
        ;;
    esac
    server_pid=$!
    sleep 0.5
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

# Prints MiB/s of one download, or "failed".
download_once() {
    local blksize=$1 output="$work/fetched.bin"
    rm -f "$output"
    local seconds
    seconds=$(ip netns exec "$client_ns" taskset -c 1 curl -sS --max-time 300 \
        --tftp-blksize "$blksize" -o "$output" -w '%{time_total}' \
        "tftp://$server_address/image.bin" 2>/dev/null) || { echo failed; return; }
    if [[ $(sha256sum "$output" | cut -d' ' -f1) != "$expected" ]]; then
        echo failed
        return
    fi
    awk -v mib="$size_mib" -v s="$seconds" 'BEGIN { printf "%.1f\n", mib / s }'
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'
}

available() {
    case $1 in
    ztp) [[ -x $serve_binary ]] ;;
    tftpd-hpa) command -v in.tftpd > /dev/null ;;
    dnsmasq) command -v dnsmasq > /dev/null ;;
    esac
}

echo "# $size_mib MiB download with curl $(curl --version | head -1 | cut -d' ' -f2), median of $repeats, MiB/s"
printf '| %-10s | %8s | %8s | %8s |\n' server 512 1468 8192
printf '| %-10s | %8s | %8s | %8s |\n' --- --- --- ---
for server in ztp tftpd-hpa dnsmasq; do
    if ! available $server; then
        printf '| %-10s | %8s | %8s | %8s |\n' $server missing missing missing
        continue
    fi
    start_server $server
    results=()
    for blksize in 512 1468 8192; do
        results+=("$(for ((i = 0; i < repeats; i++)); do download_once "$blksize"; done \
            | grep -v failed | median)")
    done
    stop_server
    printf '| %-10s | %8s | %8s | %8s |\n' $server "${results[@]}"
done
