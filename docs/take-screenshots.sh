#!/usr/bin/env bash
# Takes the screenshots of the technician's guide: ztp-workbench under Xvfb in a server network
# namespace, with simulated devices (busybox udhcpc and curl) in client namespaces joined by a
# bridge. Needs root, Xvfb and ImageMagick's import. Writes PNG files to docs/images/.
# Usage: docs/take-screenshots.sh BUILD_DIR
set -euo pipefail
build_dir=$(realpath "${1:-build}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
out_dir="$source_dir/docs/images"
display=:$((90 + RANDOM % 9))
work=$(mktemp -d /tmp/ztpw-shots.XXXXXX)
server_ns="ztpw-shot-srv-$$"
client_count=4
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for i in $(seq 1 "$client_count"); do ip netns delete "ztpw-shot-cli$i-$$" 2>/dev/null || true; done
    ip netns delete "$server_ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Network: a bridge in the server namespace, one veth per simulated device.
ip netns add "$server_ns"
ip -n "$server_ns" link add br0 type bridge
ip -n "$server_ns" addr add 10.231.9.1/24 dev br0
ip -n "$server_ns" link set br0 up
for i in $(seq 1 "$client_count"); do
    ns="ztpw-shot-cli$i-$$"
    ip netns add "$ns"
    ip link add "p$i" netns "$server_ns" type veth peer name eth0 netns "$ns"
    ip -n "$server_ns" link set "p$i" master br0 up
    ip -n "$ns" link set eth0 address "02:5a:54:50:00:1$i" up
done

# Workspace with an inventory for three of the four devices.
"$build_dir/bin/ztpw" init "$work/bench" >/dev/null 2>&1
cat >"$work/bench/inventory.csv" <<CSV
mac,serial,hostname,site,mgmt_vlan
02:5a:54:50:00:11,FOC2719X0AB,hall3-acc-01,Hall 3,10
02:5a:54:50:00:12,FOC2719X0AC,hall3-acc-02,Hall 3,10
02:5a:54:50:00:13,JPE12345678,hall3-spine-01,Hall 3,20
CSV

Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
pids+=($!)
sleep 1
ip netns exec "$server_ns" env DISPLAY="$display" LANG=en_US.UTF-8 \
    "$build_dir/bin/ztp-workbench" --workspace "$work/bench" --interface br0 >"$work/gui.log" 2>&1 &
pids+=($!)
sleep 3
DISPLAY="$display" import -window root "$out_dir/main-window-idle.png"

# Start and let the devices boot: three fetch their configuration, one only takes a lease.
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
ip netns exec "$server_ns" env DISPLAY="$display" LANG=en_US.UTF-8 \
    "$build_dir/bin/ztp-workbench" --workspace "$work/bench" --interface br0 --start >"$work/gui.log" 2>&1 &
pids+=($!)
sleep 3
for i in $(seq 1 "$client_count"); do
    ns="ztpw-shot-cli$i-$$"
    ip netns exec "$ns" busybox udhcpc -i eth0 -q -n -t 5 -T 2 -s /bin/true >/dev/null 2>&1 || true
    if [[ $i -le 3 ]]; then
        ip netns exec "$ns" ip addr add "10.231.9.$((100 + i))/24" dev eth0 2>/dev/null || true
    fi
done
sleep 1
for i in 1 2 3; do
    ns="ztpw-shot-cli$i-$$"
    leased=$(ip netns exec "$server_ns" sqlite3 "$work/bench/history.sqlite" \
        "select address from leases where mac='025a5450001$i' and state='bound'")
    ip netns exec "$ns" ip addr flush dev eth0
    ip netns exec "$ns" ip addr add "$leased/24" dev eth0
    ip netns exec "$ns" curl -s -o /dev/null "tftp://10.231.9.1/network-confg" || true
done
sleep 2
DISPLAY="$display" import -window root "$out_dir/main-window-running.png"
echo "wrote $out_dir/main-window-idle.png and main-window-running.png"
