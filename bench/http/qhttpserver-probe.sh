#!/usr/bin/env bash
# Checks what Qt HttpServer 6.4 (Debian 12) does with a Range request, a 2 GiB download and two
# requests on one connection, on loopback only. Prints one line per finding.
set -euo pipefail
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d /tmp/ztpw-qhttp-probe.XXXXXX)
server_pid=""
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

g++ -std=c++20 -O2 -fPIC -o "$work/probe" "$here/qhttpserver-probe.cpp" \
    $(pkg-config --cflags --libs Qt6HttpServer Qt6Network Qt6Core)
truncate -s 2G "$work/image.bin"
port=18081
"$work/probe" "$work/image.bin" "$port" &
server_pid=$!
sleep 1

rss() { awk '/VmRSS/ {print $2}' "/proc/$server_pid/status"; }
echo "RSS before: $(rss) KiB"

status=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -r 0-99 "http://127.0.0.1:$port/file")
echo "Range 0-99: status and bytes = $status (206 and 100 expected)"

head=$(curl -s -I -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/file" --max-time 5 || true)
echo "HEAD: status $head"

start=$(date +%s.%N)
bytes=$(curl -s -o /dev/null -w '%{size_download}' --max-time 120 "http://127.0.0.1:$port/file" || true)
end=$(date +%s.%N)
echo "2 GiB GET: $bytes bytes in $(echo "$end - $start" | bc) s, RSS after: $(rss) KiB"

reuse=$(curl -s -v -r 0-9 "http://127.0.0.1:$port/file" -r 0-9 "http://127.0.0.1:$port/file" -o /dev/null -o /dev/null 2>&1 | grep -c 'Re-using existing connection' || true)
echo "keep-alive: connection re-used $reuse times (1 expected)"
