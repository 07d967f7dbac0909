#!/usr/bin/env bash
# End to end: the main window's rogue DHCP server banner, fed by the bench's real probe. dnsmasq
# serves DHCP in the client namespace; tst_dhcpwidgets rogueBannerNamesRealServer runs in the
# server namespace on the offscreen platform, starts the services on srv0 and waits for the
# banner to name dnsmasq's IP, its MAC and srv0.
set -euo pipefail
TEST_BINARY=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/../e2e/netns.sh"

netns_require_root
DNSMASQ=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
[[ -x $DNSMASQ ]] || { echo "SKIP: dnsmasq is not installed (Debian package dnsmasq-base)"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-rogue-banner.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.25
rogue_ip=10.231.25.2
ip -n "$CLIENT_NS" addr add "$rogue_ip/24" dev cli0

: >"$WORK_DIR/dnsmasq.conf"
ip netns exec "$CLIENT_NS" "$DNSMASQ" -k -u root --log-facility=- --conf-file="$WORK_DIR/dnsmasq.conf" --port=0 \
    --interface=cli0 --bind-interfaces --no-ping --dhcp-range=10.231.25.200,10.231.25.210,1h \
    --dhcp-leasefile="$WORK_DIR/dnsmasq.leases" --pid-file="$WORK_DIR/dnsmasq.pid" \
    >"$WORK_DIR/dnsmasq.log" 2>&1 &
STARTED_PIDS=$!
wait_for_udp_port "$CLIENT_NS" 67 || { cat "$WORK_DIR/dnsmasq.log"; exit 1; }

ip netns exec "$SERVER_NS" env QT_QPA_PLATFORM=offscreen ZTPW_ROGUE_INTERFACE=srv0 \
    ZTPW_ROGUE_SERVER="$rogue_ip" ZTPW_ROGUE_MAC="$CLIENT_MAC" \
    ZTPW_ROGUE_POOL=10.231.25.100-10.231.25.150 \
    "$TEST_BINARY" rogueBannerNamesRealServer >"$WORK_DIR/test.log" 2>&1 \
    || { cat "$WORK_DIR/test.log" "$WORK_DIR/dnsmasq.log"; fail "the banner did not name dnsmasq"; }
grep -q "^PASS   : DhcpWidgetsTest::rogueBannerNamesRealServer" "$WORK_DIR/test.log" \
    || { cat "$WORK_DIR/test.log"; fail "the banner test did not run (skipped?)"; }
grep -q "showing the rogue DHCP server warning for $rogue_ip" "$WORK_DIR/test.log" \
    || { cat "$WORK_DIR/test.log"; fail "no log line for the banner"; }
echo "the banner named dnsmasq at $rogue_ip ($CLIENT_MAC) on srv0"
echo "PASS"
