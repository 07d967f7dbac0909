#!/usr/bin/env bash
# Compares HTTP download throughput of `ztpw serve` with nginx: one 1 GiB download, then 50
# concurrent 64 MiB downloads. Two network namespaces of its own, joined by a veth pair
# (MTU 1500), carry the traffic; nothing touches the host's interfaces. Both servers are pinned
# to CPU 0 and the curl clients to CPU 1; nginx runs one worker, like the single-threaded
# ztpw. Prints the median of REPEATS runs in MiB/s and the ratio ztpw / nginx.
#
# Usage, as root:  bench/http/run-bench.sh PATH/TO/ztpw [REPEATS]
# Needs: iproute2, curl, taskset, nginx (Debian package nginx-light).

set -euo pipefail

ztpw=$(realpath "${1:?give the path of the built ztpw binary}")
repeats=${2:-3}
if [[ $(id -u) -ne 0 ]]; then
    echo "run-bench.sh: needs root to create network namespaces" >&2
    exit 1
fi
command -v nginx >/dev/null || { echo "run-bench.sh: nginx is not installed (apt-get install nginx-light)" >&2; exit 1; }

suffix=$$
server_ns=ztp-hbench-srv-$suffix
client_ns=ztp-hbench-cli-$suffix
server_address=10.77.1.1
client_address=10.77.1.2
work=$(mktemp -d /tmp/ztp-http-bench.XXXXXX)
pids=()

cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    ip netns delete "$server_ns" 2>/dev/null || true
    ip netns delete "$client_ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$server_ns"
ip netns add "$client_ns"
ip link add bsrv0 netns "$server_ns" type veth peer name bcli0 netns "$client_ns"
ip -n "$server_ns" addr add "$server_address/24" dev bsrv0
ip -n "$client_ns" addr add "$client_address/24" dev bcli0
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set bsrv0 up
ip -n "$client_ns" link set bcli0 up

# Same files for both servers: random data, so no layer can compress or skip it.
"$ztpw" init "$work/bench" >/dev/null
chmod 755 "$work" "$work/bench" "$work/bench/files"
head -c $((1024 * 1024 * 1024)) /dev/urandom >"$work/bench/files/1g.bin"
head -c $((64 * 1024 * 1024)) /dev/urandom >"$work/bench/files/64m.bin"

ip netns exec "$server_ns" taskset -c 0 "$ztpw" serve --workspace "$work/bench" --interface bsrv0 \
    2>"$work/ztpw.log" &
pids+=($!)

mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen $server_address:8080;
        root $work/bench/files;
    }
}
CONF
ip netns exec "$server_ns" taskset -c 0 nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

for port in 80 8080; do
    for attempt in $(seq 1 100); do
        ip netns exec "$server_ns" ss -Hltn "sport = :$port" | grep -q . && break
        sleep 0.1
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# MiB/s of one download.
single() {
    ip netns exec "$client_ns" taskset -c 1 curl -sS --fail -o /dev/null -w '%{speed_download}' "$1" \
        | awk '{ printf "%.1f\n", $1 / 1048576 }'
}

# Aggregate MiB/s of 50 concurrent downloads of 64 MiB.
concurrent() {
    local start end
    start=$(date +%s.%N)
    ip netns exec "$client_ns" taskset -c 1 bash -c \
        "for i in \$(seq 1 50); do curl -sS --fail -o /dev/null '$1' & done; wait"
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.1f\n", 50 * 64 / ($2 - $1) }'
}

declare -A results
for server in ztpw nginx; do
    if [[ $server == ztpw ]]; then url="http://$server_address"; else url="http://$server_address:8080"; fi
    results[$server-1g]=$(for i in $(seq 1 "$repeats"); do single "$url/1g.bin"; done | median)
    results[$server-50x64m]=$(for i in $(seq 1 "$repeats"); do concurrent "$url/64m.bin"; done | median)
done

printf '%-28s %12s %12s %8s\n' "test (median of $repeats)" "ztpw MiB/s" "nginx MiB/s" "ratio"
for test in 1g 50x64m; do
    label="1 GiB download"
    [[ $test == 50x64m ]] && label="50 x 64 MiB concurrent"
    printf '%-28s %12s %12s %8s\n' "$label" "${results[ztpw-$test]}" "${results[nginx-$test]}" \
        "$(echo "${results[ztpw-$test]} ${results[nginx-$test]}" | awk '{ printf "%.2f", $1 / $2 }')"
done
