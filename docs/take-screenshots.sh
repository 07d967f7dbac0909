#!/usr/bin/env bash
# Takes the screenshots of the technician's guide: ztp-workbench under Xvfb in a server network
# namespace, with simulated devices (busybox udhcpc and curl) in client namespaces joined by a
# bridge, and a socat pty pair standing in for a console cable. Windows are opened with their
# keyboard shortcuts and menus through xdotool, and each window is captured on its own.
# Needs root, Xvfb, xdotool, socat, busybox, curl, sqlite3 and ImageMagick's import.
# Writes PNG files to docs/images/.
# Usage: docs/take-screenshots.sh BUILD_DIR
set -euo pipefail
build_dir=$(realpath "${1:-build}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
out_dir="$source_dir/docs/images"
work=$(mktemp -d /tmp/ztpw-shots.XXXXXX)
server_ns="ztpw-shot-srv-$$"
client_count=4
pids=()
app_pid=""

for tool in Xvfb xdotool socat busybox curl sqlite3 import; do
    command -v "$tool" >/dev/null || {
        echo "$tool not found; install the Debian packages xvfb xdotool socat busybox curl sqlite3 imagemagick" >&2
        exit 1
    }
done

cleanup() {
    for pid in "${pids[@]}" $app_pid; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}" $app_pid; do wait "$pid" 2>/dev/null || true; done
    for i in $(seq 1 "$client_count"); do ip netns delete "ztpw-shot-cli$i-$$" 2>/dev/null || true; done
    ip netns delete "$server_ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# X11 helpers. There is no window manager, so windowactivate fails and windowfocus gives the
# focus directly. Timeouts keep a window that never appears from hanging the script.
x() { DISPLAY="$display" "$@"; }
find_window() { x timeout 15 xdotool search --sync --onlyvisible --name "^$1\$" | head -n 1; }
focus() { x xdotool windowactivate --sync "$1" 2>/dev/null || x xdotool windowfocus --sync "$1"; }
keys() { focus "$1"; shift; x xdotool key --delay 80 "$@"; }
type_text() { focus "$1"; x xdotool type --delay 30 "$2"; }
click() { x xdotool mousemove --window "$1" "$2" "$3" click 1; }
shot() { sleep 1; x import -window "$1" "$out_dir/$2"; echo "wrote docs/images/$2"; }

# Starts ztp-workbench on the bench bridge; further arguments go to the program. Its own
# XDG_CONFIG_HOME keeps the user's saved language out of the screenshots and untouched.
start_app() {
    ip netns exec "$server_ns" env DISPLAY="$display" LANG=en_US.UTF-8 \
        XDG_CONFIG_HOME="$work/config" \
        "$build_dir/bin/ztp-workbench" --workspace "$work/bench" --interface br0 "$@" \
        >>"$work/gui.log" 2>&1 &
    app_pid=$!
    main_window=$(find_window "ZTP Workbench")
    # The main window fills the screen, so the template dock below the tables has room.
    x xdotool windowmove "$main_window" 0 0 windowsize "$main_window" 1440 900
    sleep 2
}

stop_app() {
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

# The Cisco switches fetch network-confg over TFTP, as Cisco AutoInstall does. The Arista switch
# fetches its startup-config over HTTP (option 67). The Juniper switch, not in the inventory, only
# takes a lease.
boot_devices() {
    local args
    for i in $(seq 1 "$client_count"); do
        # What each device sends: option 124 (enterprise 9, model C9300-24T) and no option 60
        # from the Cisco switches, option 60 from the Arista and the Juniper switch.
        case $i in
            1 | 2) args=(-V '' -x 0x7c:000000090a0943393330302d323454) ;;
            3) args=(-V 'Arista;DCS-7050SX3-48YC8;01.11;JPE12345678') ;;
            *) args=(-V 'Juniper-qfx5120-48y-WS3718350155') ;;
        esac
        ip netns exec "ztpw-shot-cli$i-$$" busybox udhcpc -i eth0 -q -n -t 5 -T 2 -s /bin/true \
            "${args[@]}" >/dev/null 2>&1 || true
    done
    sleep 1
    for i in 1 2 3; do
        local ns="ztpw-shot-cli$i-$$" leased
        leased=$(sqlite3 "$work/bench/history.sqlite" \
            "select address from leases where mac='025a5450001$i' and state='bound'")
        ip netns exec "$ns" ip addr flush dev eth0
        ip netns exec "$ns" ip addr add "$leased/24" dev eth0
    done
    for i in 1 2; do
        ip netns exec "ztpw-shot-cli$i-$$" curl -s -o /dev/null "tftp://10.231.9.1/network-confg" || true
    done
    ip netns exec "ztpw-shot-cli3-$$" curl -s -o /dev/null "http://10.231.9.1/ztp/self/config" || true
    sleep 2
}

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
02:5a:54:50:00:13,JPE12345678,hall3-leaf-01,Hall 3,20
CSV

# Xvfb picks a display number that no other X server uses (-displayfd) and writes it to the file.
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
display=":$(tr -d '[:space:]' <"$work/display")"
[[ "$display" != ":" ]] || { echo "Xvfb did not start" >&2; exit 1; }

# 1. Idle: an interface is chosen, the services are not started yet.
start_app
shot "$main_window" main-window-idle.png
stop_app

# 2. Running, after the simulated devices booted.
start_app --start
sleep 1
boot_devices
shot "$main_window" main-window-running.png

# 3. Template editor: a click on the first device row makes it the preview's device.
click "$main_window" 400 135
sleep 1
shot "$main_window" template-editor-preview.png

# 4. History (Ctrl+H) filtered on one device, its TFTP event selected to show the timeline.
keys "$main_window" ctrl+h
history_window=$(find_window "History")
x xdotool windowsize "$history_window" 1100 700
type_text "$history_window" "02:5a:54:50:00:11"
keys "$history_window" Return
sleep 1
click "$history_window" 300 215     # third event row
shot "$history_window" history-dialog.png
keys "$history_window" Escape

# 5. Export (Ctrl+Shift+E) with the device selected in step 3.
keys "$main_window" ctrl+shift+e
export_window=$(find_window "Export report")
shot "$export_window" export-dialog.png
keys "$export_window" Escape

# 6. Console cable (Bench menu) on one end of a pty pair; the other end plays the device.
socat pty,raw,echo=0,link="$work/tty-bench" pty,raw,echo=0,link="$work/tty-device" \
    >/dev/null 2>&1 &
pids+=($!)
sleep 1
keys "$main_window" alt+b
keys "$main_window" Down Return
console_window=$(find_window "Console cable")
x xdotool windowsize "$console_window" 1000 560
sleep 1
click "$console_window" 260 22      # port field: the pty is typed, it is not listed
type_text "$console_window" "$work/tty-bench"
click "$console_window" 600 22      # profile list: the second entry is cisco-ios
keys "$console_window" Down Return
click "$console_window" 345 490     # device field
type_text "$console_window" "FOC2719X0AB"
click "$console_window" 948 22      # Connect
sleep 1
printf '\r\n%s\r\n\r\nSwitch con0 is now available\r\n\r\nPress RETURN to get started.\r\n\r\nSwitch>' \
    "*Mar  1 00:00:42.117: %SYS-5-RESTART: System restarted" >"$work/tty-device"
shot "$console_window" console-window.png
stop_app

# 7. German user interface for one run (--language de), with the devices booted again.
start_app --start --language de
boot_devices
shot "$main_window" main-window-de.png
echo "done: screenshots in $out_dir"
