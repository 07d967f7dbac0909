#!/usr/bin/env bash
# End to end: the TFTP settings of workbench.json reach `ztpw serve`. With uploads on, tftp-hpa
# puts a backup into uploads/<device>/, a second put of the same name gets a new version and a
# put over the quota fails. Transfers come from the configured port range, and with
# blockRollover 1 the block after 65535 is numbered 1 (a Python client at blksize 8 checks it).
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in tftp ss cmp; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done
PYTHON=/usr/bin/python3

WORK_DIR=$(mktemp -d /tmp/ztpw-tftp-settings-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.52
CLIENT_IP=10.231.52.2
ip -n "$CLIENT_NS" addr add "$CLIENT_IP/24" dev cli0

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null
$PYTHON - "$workspace/workbench.json" <<'PY'
import json, sys
path = sys.argv[1]
settings = json.load(open(path))
settings.setdefault("dhcp", {})["rogueProbeSeconds"] = 0
settings["tftp"].update({"transferPortFirst": 30100, "transferPortLast": 30109,
                         "blockRollover": 1, "uploads": True, "uploadQuotaMiB": 1})
json.dump(settings, open(path, "w"), indent=2)
PY
"$ZTPW" lint --workspace "$workspace" >"$WORK_DIR/lint.log" 2>&1 || { cat "$WORK_DIR/lint.log"; fail "ztpw lint rejects the TFTP settings"; }

# Just over 65535 blocks of 8 octets, so the block number wraps once.
head -c $((65536 * 8 + 3)) /dev/urandom >"$workspace/files/wrap.bin"

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 2>"$WORK_DIR/serve.log" &
STARTED_PIDS="$!"
wait_for_udp_port "$SERVER_NS" 69 || { cat "$WORK_DIR/serve.log"; exit 1; }
show_log() { tail -40 "$WORK_DIR/serve.log" >&2; }
trap 'show_log; netns_cleanup' ERR

put() { # LOCAL REMOTE
    (cd "$WORK_DIR" && ip netns exec "$CLIENT_NS" timeout 20 tftp -v -m octet "$SERVER_IP" -c put "$1" "$2")
}

# Uploads: versioned, never overwritten, within the quota.
head -c 3000 /dev/urandom >"$WORK_DIR/backup-1.cfg"
head -c 4000 /dev/urandom >"$WORK_DIR/backup-2.cfg"
put backup-1.cfg sw-confg >"$WORK_DIR/put1.log" 2>&1 || { cat "$WORK_DIR/put1.log"; fail "the first upload failed"; }
put backup-2.cfg sw-confg >"$WORK_DIR/put2.log" 2>&1 || { cat "$WORK_DIR/put2.log"; fail "the second upload failed"; }
uploads="$workspace/uploads/$CLIENT_IP"
[[ -d $uploads ]] || { cat "$WORK_DIR/put1.log" "$WORK_DIR/put2.log"; ls -R "$workspace/uploads" >&2; fail "no uploads/$CLIENT_IP folder"; }
cmp -s "$uploads/sw-confg" "$WORK_DIR/backup-1.cfg" || fail "the first upload was changed or overwritten"
second=$(find "$uploads" -type f ! -name sw-confg)
[[ $(echo "$second" | wc -l) -eq 1 ]] || fail "expected one more version next to sw-confg, found: $second"
cmp -s "$second" "$WORK_DIR/backup-2.cfg" || fail "the second version differs from what was sent"

head -c $((2 * 1024 * 1024)) /dev/urandom >"$WORK_DIR/too-big.bin"
put too-big.bin too-big.bin >"$WORK_DIR/put3.log" 2>&1 || true
[[ ! -e $uploads/too-big.bin ]] || fail "an upload over the 1 MiB quota was kept"
if find "$uploads" -type f -name '.upload-*' | grep -q .; then
    fail "a temporary upload file was left behind"
fi

# Port range and block rollover, read off the packets by a minimal client.
ip netns exec "$CLIENT_NS" $PYTHON - "$SERVER_IP" "$workspace/files/wrap.bin" <<'PY' || fail "the rollover download failed"
import socket, struct, sys
server, path = sys.argv[1], sys.argv[2]
expected = open(path, "rb").read()
client_socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client_socket.settimeout(5)
client_socket.sendto(b"\0\x01wrap.bin\0octet\0blksize\x008\0", (server, 69))
packet, (_, port) = client_socket.recvfrom(100)
if not 30100 <= port <= 30109:
    sys.exit(f"the transfer came from port {port}, outside 30100-30109")
if packet[:2] != b"\0\x06":
    sys.exit(f"expected an OACK, got {packet[:4].hex()}")
client_socket.sendto(b"\0\x04\0\0", (server, port))
received = bytearray()
expected_block = 1
while True:
    packet = client_socket.recv(100)
    opcode, block = struct.unpack("!HH", packet[:4])
    if opcode != 3:
        sys.exit(f"expected DATA, got opcode {opcode}: {packet[4:]!r}")
    if block != expected_block:
        sys.exit(f"expected block {expected_block}, got {block}")
    received += packet[4:]
    client_socket.sendto(struct.pack("!HH", 4, block), (server, port))
    if len(packet) - 4 < 8:
        break
    expected_block = 1 if block == 65535 else block + 1
if bytes(received) != expected:
    sys.exit("the downloaded data differs from the file")
print(f"downloaded {len(received)} octets from port {port}, blocks wrapped to 1")
PY

echo "PASS: uploads versioned and within the quota, transfers from 30100-30109, rollover to block 1"
