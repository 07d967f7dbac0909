#!/usr/bin/env bash
# Compares TFTP download throughput of the ZTP Workbench server (tests/tftp/tftp-serve) with
# tftpd-hpa and dnsmasq, and measures the path's own bulk UDP limit with iperf3 in the same
# run. Two network namespaces of its own, joined by a veth pair (MTU 9000 by default, see
# ZTP_BENCH_MTU below), carry the traffic;
# nothing touches the host's interfaces. Servers run on CPU 0 and clients on CPU 1, at nice -10,
# each server in a session of its own (see "Scheduling" below).
#
# Columns, each the median of REPEATS samples in MiB/s:
#   512, 1468, 8192  one SIZE_MIB download with curl at that blksize, windowsize 1
#   w16              one SIZE_MIB download with atftp at blksize 1468, windowsize 16. A server
#                    without RFC 7440 ignores the option, and the transfer runs lock-step.
#   20x8             20 concurrent 8 MiB downloads with curl at blksize 1468, total octets
#                    over the time until the last one ends
# The servers take turns within each repetition, so background load on a shared machine
# affects all of them alike; compare rows of one run only.
#
# Usage, as root:  bench/tftp/run-bench.sh PATH/TO/tftp-serve [SIZE_MIB] [REPEATS]
# Environment: ZTP_BENCH_COLUMNS picks the columns, for example "20x8" or "512 w16" (default:
# all). ZTP_BENCH_PREFIX starts the namespace names (default ztp-bench). ZTP_BENCH_COMPARE names
# a second tftp-serve binary, such as an earlier build, that takes its turn as the row "ztp-prev".
# ZTP_BENCH_MTU sets the veth's MTU (default 9000, jumbo frames). Our server and dnsmasq cap
# blksize at the MTU minus 32 and tftpd-hpa does not, so at MTU 1500 the column 8192 compares
# 1468-octet blocks with 8192-octet blocks that the kernel splits into six IP fragments. At 9000
# all three send 8192-octet blocks unfragmented. The other columns do not depend on the MTU.
# Needs: iproute2, curl, atftp, taskset, iperf3, and the packages tftpd-hpa and dnsmasq-base
# (a server or tool that is missing is skipped).

set -euo pipefail

serve_binary=${1:?give the path of the built tftp-serve binary}
size_mib=${2:-64}
repeats=${3:-3}
concurrent=20
concurrent_mib=8

if [[ $(id -u) -ne 0 ]]; then
    echo "run-bench.sh: needs root to create network namespaces" >&2
    exit 1
fi

# Scheduling. Servers run on CPU 0 and clients on CPU 1, all at nice -10 so that other work
# on a shared machine takes less of their time. Every server and client gets the same
# treatment. With autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled), nice only
# ranks the tasks of one session, and each session shares the CPU with every other session as
# one group. So the bench runs in a session of its own whose group gets nice -10, and each
# server gets another such session. In one group with its 20 clients, a server with few
# threads got little of CPU 0, because the group's weight is split between the CPUs by
# runnable tasks.
if [[ -z ${ZTP_BENCH_SESSION:-} ]]; then
    ZTP_BENCH_SESSION=1 exec setsid --wait "$0" "$@"
fi
set_group_nice() { # PID: the autogroup of PID's session gets nice -10, where the kernel has one
    if [[ -w /proc/$1/autogroup ]]; then
        echo -10 > "/proc/$1/autogroup" 2>/dev/null || true
    fi
}
set_group_nice $$
pin_server="setsid nice -n -10 taskset -c 0"
pin_client="nice -n -10 taskset -c 1"

suffix=$$
prefix=${ZTP_BENCH_PREFIX:-ztp-bench}
server_ns=$prefix-srv-$suffix
client_ns=$prefix-cli-$suffix
server_address=10.77.0.1
client_address=10.77.0.2
work=$(mktemp -d /tmp/ztp-tftp-bench.XXXXXX)
server_pid=
compare_binary=${ZTP_BENCH_COMPARE:-}
servers=(ztp tftpd-hpa dnsmasq)
[[ -n $compare_binary ]] && servers=(ztp ztp-prev tftpd-hpa dnsmasq)
read -r -a columns <<< "${ZTP_BENCH_COLUMNS:-512 1468 8192 w16 20x8}"

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
trap 'exit 1' INT TERM # so that the EXIT trap also runs when the bench is stopped

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
mtu=${ZTP_BENCH_MTU:-9000}
ip -n "$server_ns" link set veth-srv-$suffix up mtu "$mtu"
ip -n "$client_ns" link set veth-cli-$suffix up mtu "$mtu"

mkdir -p "$work/root" "$work/out"
: > "$work/dnsmasq.conf" # empty: every setting is on the command line
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$work/root/image.bin"
head -c $((concurrent_mib * 1024 * 1024)) /dev/urandom > "$work/root/small.bin"
expected=$(sha256sum "$work/root/image.bin" | cut -d' ' -f1)
expected_small=$(sha256sum "$work/root/small.bin" | cut -d' ' -f1)

start_server() {
    local name=$1
    case $name in
    ztp | ztp-prev)
        local binary=$serve_binary
        [[ $name == ztp-prev ]] && binary=$compare_binary
        ip netns exec "$server_ns" $pin_server "$binary" --root "$work/root" \
            --address $server_address --port 69 --interface veth-srv-$suffix --mtu "$mtu" \
            > "$work/server.log" 2>&1 &
        ;;
    tftpd-hpa)
        ip netns exec "$server_ns" $pin_server in.tftpd -L -u root -s "$work/root" \
            --address $server_address:69 > "$work/server.log" 2>&1 &
        ;;
    dnsmasq)
        ip netns exec "$server_ns" $pin_server dnsmasq -k -u root --log-facility=- \
            --conf-file="$work/dnsmasq.conf" --port=0 --enable-tftp --tftp-root="$work/root" \
            --listen-address=$server_address --bind-interfaces > "$work/server.log" 2>&1 &
        ;;
    esac
    server_pid=$!
    sleep 0.5
    set_group_nice "$server_pid"
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

now() {
    date +%s.%N
}

rate() { # MIB SECONDS_START SECONDS_END
    awk -v mib="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.1f\n", mib / (b - a) }'
}

# Prints MiB/s of one curl download at a blksize, or "failed".
download_curl() {
    local blksize=$1 output="$work/out/fetched.bin" seconds
    rm -f "$output"
    seconds=$(ip netns exec "$client_ns" $pin_client curl -sS --max-time 300 \
        --tftp-blksize "$blksize" -o "$output" -w '%{time_total}' \
        "tftp://$server_address/image.bin" 2>/dev/null) || { echo failed; return; }
    [[ $(sha256sum "$output" | cut -d' ' -f1) == "$expected" ]] || { echo failed; return; }
    rate "$size_mib" 0 "$seconds"
}

# Prints MiB/s of one atftp download at blksize 1468 and windowsize 16, or "failed".
download_window() {
    local output="$work/out/fetched.bin" start end
    rm -f "$output"
    start=$(now)
    ip netns exec "$client_ns" $pin_client timeout 300 atftp --option "blksize 1468" \
        --option "windowsize 16" -g -r image.bin -l "$output" $server_address \
        > /dev/null 2>&1 || { echo failed; return; }
    end=$(now)
    [[ $(sha256sum "$output" | cut -d' ' -f1) == "$expected" ]] || { echo failed; return; }
    rate "$size_mib" "$start" "$end"
}

# Prints the aggregate MiB/s of concurrent curl downloads, or "failed" if any failed.
download_concurrent() {
    local start end i pids=() failed=0
    rm -f "$work"/out/small-*.bin
    start=$(now)
    for ((i = 0; i < concurrent; i++)); do
        ip netns exec "$client_ns" $pin_client curl -sS --max-time 300 --tftp-blksize 1468 \
            -o "$work/out/small-$i.bin" "tftp://$server_address/small.bin" 2>/dev/null &
        pids+=($!)
    done
    for i in "${pids[@]}"; do
        wait "$i" || failed=1
    done
    end=$(now)
    for ((i = 0; i < concurrent; i++)); do
        [[ $(sha256sum "$work/out/small-$i.bin" | cut -d' ' -f1) == "$expected_small" ]] || failed=1
    done
    if ((failed)); then
        echo failed
        return
    fi
    rate $((concurrent * concurrent_mib)) "$start" "$end"
}

sample() { # COLUMN
    case $1 in
    512 | 1468 | 8192) download_curl "$1" ;;
    w16) if command -v atftp > /dev/null; then download_window; else echo failed; fi ;;
    20x8) download_concurrent ;;
    esac
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'
}

available() {
    case $1 in
    ztp) [[ -x $serve_binary ]] ;;
    ztp-prev) [[ -n $compare_binary && -x $compare_binary ]] ;;
    tftpd-hpa) command -v in.tftpd > /dev/null ;;
    dnsmasq) command -v dnsmasq > /dev/null ;;
    esac
}

# Bulk UDP from the server namespace to the client namespace in datagrams of one size,
# as received, in MiB/s. iperf3 -b 0 sends as fast as it can for 3 s.
udp_limit() {
    local length=$1 listener output
    ip netns exec "$client_ns" $pin_client iperf3 -s -1 -B $client_address > /dev/null 2>&1 &
    listener=$!
    sleep 0.5
    output=$(ip netns exec "$server_ns" $pin_server iperf3 -c $client_address -u -b 0 \
        -l "$length" -t 3 -f M 2>/dev/null) || true
    wait "$listener" 2>/dev/null || true
    awk '/receiver/ { for (i = 1; i < NF; i++) if ($(i + 1) == "MBytes/sec") print $i }' \
        <<< "$output" | tail -1
}

# Every sample is appended to $work/samples as "server column value".
: > "$work/samples"
for ((round = 0; round < repeats; round++)); do
    for server in "${servers[@]}"; do
        available "$server" || continue
        start_server "$server"
        for column in "${columns[@]}"; do
            echo "$server $column $(sample "$column")" >> "$work/samples"
        done
        stop_server
    done
done

echo "# $size_mib MiB download (20x8: $concurrent x $concurrent_mib MiB), curl" \
    "$(curl --version | head -1 | cut -d' ' -f2), median of $repeats, MiB/s"
printf '| %-10s |' server
printf ' %8s |' "${columns[@]}"
printf '\n| %-10s |' ---
printf ' %8s |' "${columns[@]/*/---}"
printf '\n'
for server in "${servers[@]}"; do
    printf '| %-10s |' "$server"
    for column in "${columns[@]}"; do
        if ! available "$server"; then
            value=missing
        else
            value=$(awk -v s="$server" -v c="$column" '$1 == s && $2 == c && $3 != "failed" { print $3 }' \
                "$work/samples" | median)
            failures=$(awk -v s="$server" -v c="$column" '$1 == s && $2 == c && $3 == "failed"' \
                "$work/samples" | wc -l)
            ((failures > 0)) && value="$value (${failures}F)"
        fi
        printf ' %8s |' "$value"
    done
    printf '\n'
done

# The lowest and highest sample of each cell, because one run on a shared machine is noisy.
echo
echo "# lowest-highest of the $repeats samples, MiB/s"
for server in "${servers[@]}"; do
    available "$server" || continue
    printf '| %-10s |' "$server"
    for column in "${columns[@]}"; do
        value=$(awk -v s="$server" -v c="$column" '$1 == s && $2 == c && $3 != "failed" { print $3 }' \
            "$work/samples" | sort -g | awk 'NR == 1 { low = $1 } { high = $1 } END { if (NR) print low "-" high; else print "n/a" }')
        printf ' %9s |' "$value"
    done
    printf '\n'
done

if command -v iperf3 > /dev/null; then
    echo
    echo "# bulk UDP server -> client with iperf3 -u -b 0, 3 s, MiB/s received"
    for length in 516 1472 8196; do
        echo "datagram $length: $(udp_limit $length)"
    done
fi
