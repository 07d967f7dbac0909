#!/usr/bin/env bash
# End to end for the ZTP paths beyond TFTP: `ztpw serve` in one namespace; curl, wget and
# util-linux logger in another. Covers byte ranges, HEAD, conditional requests, keep-alive,
# 50 concurrent downloads, a 2 GiB sparse file with bounded server memory, rendered files per
# device, vendor headers of each platform, HTTPS with the workspace CA and a pinned key, the
# Cisco PnP and RFC 8572 calls (some with chunked bodies), syslog in both RFC formats and a flood
# over the rate limit, and malformed requests after which the server must still respond.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
data="$here/../data/http"
source "$here/netns.sh"

netns_require_root
for tool in busybox curl wget logger sqlite3 ss sha256sum openssl truncate; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done

WORK_DIR=$(mktemp -d /tmp/ztpw-http-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.9
client() { ip netns exec "$CLIENT_NS" "$@"; }
base="http://$SERVER_IP"

# Workspace: the client's MAC in the inventory, templates from tests/data/http, files to serve.
workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
cat >"$workspace/inventory.csv" <<CSV
mac,serial,hostname,site
$CLIENT_MAC,FOC2719X0AB,bench-sw-01,Hall 3
CSV
cp "$data"/templates/*.j2 "$workspace/templates/"
head -c 10485760 /dev/urandom >"$workspace/files/image.bin"
truncate -s 2G "$workspace/files/huge.bin"
echo "static file" >"$workspace/files/static.txt"

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 >"$WORK_DIR/serve.out" 2>"$WORK_DIR/serve.log" &
server_pid=$!
STARTED_PIDS="$server_pid"
wait_for_udp_port "$SERVER_NS" 514 || { cat "$WORK_DIR/serve.log"; exit 1; }
for attempt in $(seq 1 50); do
    ip netns exec "$SERVER_NS" ss -Hltn "sport = :443" | grep -q . && break
    sleep 0.1
done
show_log() { tail -40 "$WORK_DIR/serve.log" >&2; }
trap 'show_log; netns_cleanup' ERR

# A lease, so the server finds the client's device by its address.
cat >"$WORK_DIR/udhcpc.sh" <<'SCRIPT'
#!/bin/sh
[ "$1" = bound ] && ip addr add "$ip/24" dev "$interface"
exit 0
SCRIPT
chmod +x "$WORK_DIR/udhcpc.sh"
client busybox udhcpc -i cli0 -f -q -n -t 5 -T 2 -s "$WORK_DIR/udhcpc.sh" >"$WORK_DIR/udhcpc.log" 2>&1 || fail "udhcpc got no lease"
client_ip=$(client ip -4 -o addr show dev cli0 | awk '{print $4}' | cut -d/ -f1 | head -1)
# A second address without a lease, for devices known only by their headers.
client ip addr add 10.231.9.250/24 dev cli0
mac_key=$(echo "$CLIENT_MAC" | tr 'A-F' 'a-f')
history="$workspace/history.sqlite"

# A slow client: half a request line, then nothing. It must get 408 after the request timeout.
client bash -c "exec 3<>/dev/tcp/$SERVER_IP/80; printf 'GET /static.txt HTTP/1.1\r\nHo' >&3; timeout 20 cat <&3" >"$WORK_DIR/slow.txt" &
slow_pid=$!

# Byte ranges: first, middle, suffix, and one past the end.
image="$workspace/files/image.bin"
check_range() {
    local range=$1 skip=$2 count=$3
    client curl -sS --fail -r "$range" -o "$WORK_DIR/part" "$base/image.bin"
    cmp "$WORK_DIR/part" <(tail -c +"$((skip + 1))" "$image" | head -c "$count") || fail "range $range differs from the file"
}
check_range 0-99 0 100
check_range 5000000-5999999 5000000 1000000
check_range -4096 $((10485760 - 4096)) 4096
status=$(client curl -s -o /dev/null -w '%{http_code}' -r 20000000- "$base/image.bin")
[[ $status == 416 ]] || fail "a range past the end got $status, expected 416"
# RFC 9110 section 14.1.1: last < first is an invalid range, so it is ignored.
status=$(client curl -s -o /dev/null -w '%{http_code} %{size_download}' -H 'Range: bytes=9-1' "$base/image.bin")
[[ $status == "200 10485760" ]] || fail "a reversed range got '$status', expected the whole file with 200"
status=$(client curl -s -o /dev/null -w '%{http_code} %{size_download}' -H 'Range: bytes=0-1,5-6' "$base/image.bin")
[[ $status == "200 10485760" ]] || fail "several ranges got '$status', expected the whole file with 200"

# HEAD: the header of a GET, no body.
client curl -sS -I "$base/image.bin" >"$WORK_DIR/head.txt"
grep -qi '^Content-Length: 10485760' "$WORK_DIR/head.txt" || fail "HEAD has no Content-Length"
grep -qi '^Accept-Ranges: bytes' "$WORK_DIR/head.txt" || fail "HEAD has no Accept-Ranges"
etag=$(grep -i '^ETag:' "$WORK_DIR/head.txt" | cut -d' ' -f2 | tr -d '\r')
last_modified=$(grep -i '^Last-Modified:' "$WORK_DIR/head.txt" | cut -d' ' -f2- | tr -d '\r')

# Conditional requests.
status=$(client curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/image.bin")
[[ $status == 304 ]] || fail "If-None-Match with the current ETag got $status"
status=$(client curl -s -o /dev/null -w '%{http_code}' -H "If-Modified-Since: $last_modified" "$base/image.bin")
[[ $status == 304 ]] || fail "If-Modified-Since got $status"
status=$(client curl -s -o /dev/null -w '%{http_code} %{size_download}' -r 0-9 -H 'If-Range: "stale"' "$base/image.bin")
[[ $status == "200 10485760" ]] || fail "If-Range with a stale ETag got '$status', expected the whole file"

# wget: a full download, then a resumed one from a truncated copy (Range with -c).
client wget -q -O "$WORK_DIR/wget-full.bin" "$base/image.bin"
cmp "$WORK_DIR/wget-full.bin" "$image" || fail "wget download differs"
head -c 3000000 "$image" >"$WORK_DIR/image.bin"
(cd "$WORK_DIR" && client wget -q -c "$base/image.bin")
cmp "$WORK_DIR/image.bin" "$image" || fail "wget -c resumed to a different file"

# Keep-alive: curl reuses one connection for two requests.
client curl -sS -v -o /dev/null -o /dev/null "$base/static.txt" "$base/static.txt" 2>"$WORK_DIR/keepalive.txt"
grep -q 'Re-using existing connection' "$WORK_DIR/keepalive.txt" || fail "the second request did not reuse the connection"

# 50 concurrent downloads of the 10 MiB file.
expected_sha=$(sha256sum <"$image" | cut -d' ' -f1)
client bash -c "for i in \$(seq 1 50); do curl -sS --fail '$base/image.bin' | sha256sum >'$WORK_DIR/concurrent.\$i' & done; wait"
[[ $(cat "$WORK_DIR"/concurrent.* | sort -u | cut -d' ' -f1) == "$expected_sha" ]] || fail "one of 50 concurrent downloads differs"

# 2 GiB sparse file: the server's resident memory may grow by less than 64 MiB.
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$server_pid/status"; }
rss_before=$(rss_kib)
rss_peak=$rss_before
client curl -sS --fail -o /dev/null "$base/huge.bin" &
curl_pid=$!
while kill -0 "$curl_pid" 2>/dev/null; do
    rss=$(rss_kib)
    (( rss > rss_peak )) && rss_peak=$rss
    sleep 0.05
done
wait "$curl_pid" || fail "the 2 GiB download failed"
growth=$(( (rss_peak - rss_before) / 1024 ))
echo "2 GiB download: server RSS ${rss_before} KiB before, peak ${rss_peak} KiB (+${growth} MiB)"
(( growth < 64 )) || fail "server memory grew by $growth MiB while streaming 2 GiB"

# Rendered files for this device, by lease, by MAC and by serial.
client curl -sS --fail -o "$WORK_DIR/self.cfg" "$base/ztp/self/config"
client curl -sS --fail -o "$WORK_DIR/mac.cfg" "$base/ztp/by-mac/$CLIENT_MAC/config"
client curl -sS --fail -o "$WORK_DIR/serial.cfg" "$base/ztp/by-serial/FOC2719X0AB/config"
grep -q '^hostname bench-sw-01$' "$WORK_DIR/self.cfg" || fail "the rendered configuration is not this device's"
cmp "$WORK_DIR/self.cfg" "$WORK_DIR/mac.cfg" && cmp "$WORK_DIR/self.cfg" "$WORK_DIR/serial.cfg" || fail "the three URLs render differently"
config_sha=$(sha256sum <"$WORK_DIR/self.cfg" | cut -d' ' -f1)
client curl -sS --fail -o "$WORK_DIR/sonic.json" -A 'SONiC-ZTP/0.1' -H 'SERIAL-NUMBER: FOC2719X0AB' "$base/ztp/self/sonic-ztp.json"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$WORK_DIR/sonic.json" || fail "the SONiC ZTP JSON does not parse"

# Vendor headers of each platform from an address without a lease.
from_static() { client curl -sS --fail --interface 10.231.9.250 "$@"; }
from_static -o "$WORK_DIR/arista.py" -H 'X-Arista-Serial: JPE12345678' -H 'X-Arista-SystemMAC: 00:1c:73:aa:bb:01' \
    -H 'X-Arista-ModelName: DCS-7050SX3' -H 'X-Arista-SoftwareVersion: 4.30.1F' "$base/ztp/self/arista-bootstrap"
grep -q 'bootstrap for JPE12345678 (DCS-7050SX3)' "$WORK_DIR/arista.py" || fail "the Arista bootstrap lacks its serial and model"
from_static -o "$WORK_DIR/cumulus.sh" -A 'CumulusLinux-AutoProvision/0.4' -H 'CUMULUS-SERIAL: MT2216X12345' \
    -H 'CUMULUS-BASE-MAC: 1c:34:da:00:11:02' -H 'CUMULUS-PRODUCTNAME: MSN2410' "$base/ztp/self/cumulus-ztp.sh"
[[ $(sed -n 2p "$WORK_DIR/cumulus.sh") == "# CUMULUS-AUTOPROVISIONING" ]] || fail "the Cumulus script lacks its marker line"
from_static -o /dev/null -A 'SONiC-ZTP/0.1' -H 'SERIAL-NUMBER: SONIC0001' -H 'BASE-MAC-ADDRESS: 90:b1:1c:f4:a8:03' \
    -H 'PRODUCT-NAME: Force10-S6000' "$base/ztp/self/config"
from_static -o /dev/null -H 'ONIE-SERIAL-NUMBER: ONIE0001' -H 'ONIE-ETH-ADDR: 00:11:22:33:44:04' -H 'ONIE-MACHINE: accton_as7712_32x' \
    "$base/static.txt"

# HTTPS with the workspace CA, with a pinned public key, and with a wrong pin.
cacert="$workspace/pki/ca.crt"
[[ $(stat -c %a "$workspace/pki/server.key") == 600 ]] || fail "server.key is readable by others"
client curl -sS --fail --cacert "$cacert" -o "$WORK_DIR/tls.txt" "https://$SERVER_IP/static.txt"
[[ $(cat "$WORK_DIR/tls.txt") == "static file" ]] || fail "HTTPS served different content"
pin=$(openssl x509 -in "$workspace/pki/server.crt" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)
grep -q "public key pin sha256//$pin" "$WORK_DIR/serve.log" || fail "the log does not show the pin sha256//$pin"
fingerprint=$(openssl x509 -in "$workspace/pki/server.crt" -noout -fingerprint -sha256 | cut -d= -f2)
grep -qx "HTTPS certificate SHA-256 fingerprint: $fingerprint" "$WORK_DIR/serve.out" || fail "ztpw serve did not print the fingerprint $fingerprint"
client curl -sS --fail -k --pinnedpubkey "sha256//$pin" -o /dev/null "https://$SERVER_IP/static.txt"
if client curl -sS -k --pinnedpubkey "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" -o /dev/null "https://$SERVER_IP/static.txt" 2>/dev/null; then
    fail "a wrong pin was accepted"
fi
status=$(client curl -s -o /dev/null -w '%{http_code}' "https://$SERVER_IP/static.txt" || true)
[[ $status == 000 ]] || fail "HTTPS without the CA was accepted ($status)"

# Cisco PnP: HELLO, WORK-REQUEST (device-info), WORK-RESPONSE, WORK-REQUEST (config-upgrade).
udi="PID:C9300-24P,VID:V02,SN:FOC2719X0AB"
work_request() {
    printf '<?xml version="1.0" encoding="UTF-8"?><pnp xmlns="urn:cisco:pnp" version="1.0" udi="%s"><info xmlns="urn:cisco:pnp:work-info" correlator="%s"><deviceId><udi>%s</udi><hostname>Switch</hostname></deviceId></info></pnp>' "$udi" "$1" "$udi"
}
work_response() {
    printf '<?xml version="1.0" encoding="UTF-8"?><pnp xmlns="urn:cisco:pnp" version="1.0" udi="%s"><response xmlns="urn:cisco:pnp:%s" correlator="%s" success="1"/></pnp>' "$udi" "$2" "$1"
}
pnp_post() { client curl -sS --fail -H 'Content-Type: application/xml' --data-binary @- "$base/pnp/$1"; }
client curl -sS --fail -o /dev/null "$base/pnp/HELLO"
work_request c1 | pnp_post WORK-REQUEST | grep -q 'urn:cisco:pnp:device-info' || fail "the first PnP work request did not get device-info"
work_response c1 device-info | pnp_post WORK-RESPONSE | grep -q '<bye/>' || fail "the device-info response got no bye"
# The second work request goes with a chunked body, as a streaming client sends it.
work_request c2 >"$WORK_DIR/pnp-c2.xml"
client curl -sS --fail -H 'Content-Type: application/xml' -H 'Transfer-Encoding: chunked' \
    --data-binary @"$WORK_DIR/pnp-c2.xml" "$base/pnp/WORK-REQUEST" >"$WORK_DIR/pnp-config.xml"
grep -q "<location>$base/ztp/by-serial/FOC2719X0AB/config</location>" "$WORK_DIR/pnp-config.xml" || fail "no config-upgrade for this UDI"
work_response c2 config-upgrade | pnp_post WORK-RESPONSE >/dev/null

# RFC 8572: get-bootstrapping-data with the serial as Basic user, then report-progress. PnP
# set the device's platform and model, so its configuration is fetched again to compare.
sztp="$base/restconf/operations/ietf-sztp-bootstrap-server"
client curl -sS --fail -o "$WORK_DIR/before-sztp.cfg" "$base/ztp/self/config"
echo '{"ietf-sztp-bootstrap-server:input": {"hw-model": "C9300-24P"}}' >"$WORK_DIR/sztp-input.json"
client curl -sS --fail -u FOC2719X0AB:secret -H 'Content-Type: application/yang-data+json' -H 'Transfer-Encoding: chunked' \
    --data-binary @"$WORK_DIR/sztp-input.json" "$sztp:get-bootstrapping-data" >"$WORK_DIR/sztp.json"
python3 - "$WORK_DIR/sztp.json" "$WORK_DIR/before-sztp.cfg" <<'PY' || fail "the conveyed information does not carry this device's configuration"
import base64, json, sys
output = json.load(open(sys.argv[1]))["ietf-sztp-bootstrap-server:output"]
cms = base64.b64decode(output["conveyed-information"])
info = json.loads(cms[cms.index(b"{"):])["ietf-sztp-conveyed-info:onboarding-information"]
assert base64.b64decode(info["configuration"]) == open(sys.argv[2], "rb").read()
PY
for type in bootstrap-initiated config-complete bootstrap-complete; do
    status=$(client curl -sS -o /dev/null -w '%{http_code}' -u FOC2719X0AB:secret -H 'Content-Type: application/yang-data+json' \
        -d "{\"ietf-sztp-bootstrap-server:input\": {\"progress-type\": \"$type\", \"message\": \"e2e\"}}" "$sztp:report-progress")
    [[ $status == 204 ]] || fail "report-progress $type got $status"
done
status=$(client curl -sS -o /dev/null -w '%{http_code}' -d '{"ietf-sztp-bootstrap-server:input": {"progress-type": "nearly"}}' "$sztp:report-progress")
[[ $status == 400 ]] || fail "an unknown progress-type got $status"

# Status endpoint.
status=$(client curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"status": "running", "stage": "image"}' "$base/ztp/status")
[[ $status == 204 ]] || fail "the status report got $status"

# Syslog in both RFC formats; the last one reports a ZTP failure.
client logger --server "$SERVER_IP" --udp --port 514 --rfc3164 --tag ztp "ZTP service is active"
client logger --server "$SERVER_IP" --udp --port 514 --rfc5424 --tag sonic-ztp -p local0.err "ZTP failed: no config_db.json"
# A flood of 150 messages from the same device: the rest of its burst of 50 reaches the timeline,
# the others are counted in syslog.suppressed events.
for i in $(seq 1 150); do echo "port flapping, repeat $i"; done >"$WORK_DIR/flood.txt"
client logger --server "$SERVER_IP" --udp --port 514 --rfc5424 --tag flood -f "$WORK_DIR/flood.txt"

# Malformed requests, each followed by a request that must still succeed.
status=$(client curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $(head -c 40000 /dev/zero | tr '\0' a)" "$base/static.txt")
[[ $status == 431 ]] || fail "an oversized header got $status, expected 431"
status=$(client curl -s -o /dev/null -w '%{http_code}' --path-as-is "$base/../workbench.json")
[[ $status == 403 ]] || fail "a path leaving files/ got $status, expected 403"
status=$(client curl -s -o /dev/null -w '%{http_code}' "$base/%2e%2e/workbench.json")
[[ $status == 403 ]] || fail "an encoded path leaving files/ got $status, expected 403"
reply=$(client bash -c "exec 3<>/dev/tcp/$SERVER_IP/80; printf 'GARBAGE\r\n\r\n' >&3; timeout 5 head -c 12 <&3")
[[ $reply == "HTTP/1.1 400" ]] || fail "a garbage request line got '$reply'"
chunked_reply() {
    client bash -c "exec 3<>/dev/tcp/$SERVER_IP/80; printf 'POST /pnp/WORK-REQUEST HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n$1' >&3; timeout 5 head -c 12 <&3"
}
reply=$(chunked_reply 'zz\r\n<pnp/>\r\n0\r\n\r\n')
[[ $reply == "HTTP/1.1 400" ]] || fail "a chunk size that is not hex got '$reply'"
reply=$(chunked_reply '6\r\n<pnp/>XX0\r\n\r\n')
[[ $reply == "HTTP/1.1 400" ]] || fail "chunk data without CRLF got '$reply'"
reply=$(chunked_reply '7fffffff\r\n')
[[ $reply == "HTTP/1.1 413" ]] || fail "a chunk over the body limit got '$reply'"
wait "$slow_pid" || true
head -c 12 "$WORK_DIR/slow.txt" | grep -q 'HTTP/1.1 408' || fail "the slow client got '$(head -c 40 "$WORK_DIR/slow.txt")', expected 408"
client curl -sS --fail -o /dev/null "$base/static.txt" || fail "the server stopped answering after malformed requests"

# Clean stop, then the history.
kill -TERM "$server_pid"
wait "$server_pid" || fail "ztpw serve exited with $? on SIGTERM"
STARTED_PIDS=""
count() { sqlite3 "$history" "$1"; }
[[ $(count "select count(*) from events where kind='http.transfer' and device='$mac_key' and json_extract(details,'$.sha256')='$config_sha'") -ge 3 ]] || fail "the rendered configuration transfers are not in the history"
for platform in arista cumulus sonic onie; do
    [[ $(count "select count(*) from events where kind='http.identity' and json_extract(details,'$.platform')='$platform'") -ge 1 ]] || fail "no identity event for $platform"
done
[[ $(count "select count(*) from events where kind like 'pnp.work-%' and device='$mac_key'") -eq 4 ]] || fail "the PnP exchanges are not in the device's timeline"
[[ $(count "select count(*) from events where kind='sztp.progress' and device='$mac_key'") -eq 3 ]] || fail "the SZTP progress reports are not in the timeline"
[[ $(count "select count(*) from events where kind='syslog.message' and device='$mac_key' and json_extract(details,'$.format')=3164") -eq 1 ]] || fail "the RFC 3164 message is not in the timeline"
[[ $(count "select count(*) from events where kind='syslog.message' and device='$mac_key' and json_extract(details,'$.format')=5424 and json_extract(details,'$.app')='sonic-ztp'") -eq 1 ]] || fail "the RFC 5424 message is not in the timeline"
flood_passed=$(count "select count(*) from events where kind='syslog.message' and json_extract(details,'$.app')='flood'")
flood_suppressed=$(count "select coalesce(sum(json_extract(details,'$.count')), 0) from events where kind='syslog.suppressed' and device='$mac_key'")
# The two messages before the flood took two tokens of the same burst.
(( flood_passed >= 48 && flood_passed <= 60 )) || fail "$flood_passed of 150 flood messages reached the history, expected the rest of the burst of 50"
(( flood_passed + flood_suppressed == 150 )) || fail "$flood_passed passed and $flood_suppressed suppressed do not add up to the 150 sent"
[[ $(count "select state from devices where mac='$mac_key'") == failed ]] || fail "the ZTP failure in syslog did not mark the device failed"
echo "PASS: ranges, HEAD, conditionals, wget, keep-alive, 50 clients, 2 GiB (+$growth MiB), vendor headers, HTTPS, PnP, SZTP, chunked bodies, syslog and its rate limit, malformed requests"
