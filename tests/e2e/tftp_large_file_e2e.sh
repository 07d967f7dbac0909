#!/usr/bin/env bash
# End to end: a sparse file larger than 2 GiB (2^31 + 70000 octets, past every signed 32-bit
# size and offset) is announced with the right tsize and served byte for byte. curl fetches it
# at blksize 65464 over the loopback of a namespace of our own (MTU 65536), so 32,805 blocks
# carry it. The download is piped into cmp, so nothing is written to disk. Data at the start,
# around the 2 GiB boundary and at the end is random, so a misplaced block cannot compare equal.
set -euo pipefail
SERVE=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/netns.sh"

netns_require_root
for tool in curl ss cmp truncate dd; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (installer/setup.sh installs it)"; exit 77; }
done

WORK_DIR=$(mktemp -d /tmp/ztpw-e2e.XXXXXX)
STARTED_PIDS=""
SERVER_NS="ztpw-big-$$"
trap netns_cleanup EXIT
ip netns add "$SERVER_NS"
ip -n "$SERVER_NS" link set lo up

size=$((2 ** 31 + 70000))
file="$WORK_DIR/root/big.bin"
mkdir -p "$WORK_DIR/root"
truncate -s "$size" "$file"
for offset in 0 $((2 ** 31 - 32768)) $((size - 65536)); do
    head -c 65536 /dev/urandom | dd of="$file" bs=65536 seek="$offset" oflag=seek_bytes \
        conv=notrunc status=none
done
[[ $(stat -c %s "$file") -eq $size ]] || fail "the sparse file has the wrong size"

ip netns exec "$SERVER_NS" "$SERVE" --root "$WORK_DIR/root" --address 127.0.0.1 --port 69 \
    --mtu 65536 >"$WORK_DIR/serve.log" 2>&1 &
STARTED_PIDS="$!"
wait_for_udp_port "$SERVER_NS" 69 || { cat "$WORK_DIR/serve.log"; exit 1; }

# curl prints the OACK's tsize with -v; cmp reads the whole download from the pipe.
set +o pipefail
ip netns exec "$SERVER_NS" timeout 300 curl -v --tftp-blksize 65464 -o - \
    tftp://127.0.0.1/big.bin 2>"$WORK_DIR/curl.log" | cmp - "$file" >"$WORK_DIR/cmp.log" 2>&1
statuses=("${PIPESTATUS[@]}")
set -o pipefail

grep -q "tsize parsed from OACK ($size)" "$WORK_DIR/curl.log" \
    || { grep -i tsize "$WORK_DIR/curl.log"; fail "the OACK does not announce tsize $size"; }
[[ ${statuses[0]} -eq 0 ]] || { tail -5 "$WORK_DIR/curl.log" "$WORK_DIR/serve.log"; fail "curl failed with exit ${statuses[0]}"; }
[[ ${statuses[1]} -eq 0 ]] || { cat "$WORK_DIR/cmp.log"; fail "the download differs from the file"; }
grep -q "$size octets" "$WORK_DIR/serve.log" || { cat "$WORK_DIR/serve.log"; fail "the server did not log $size octets sent"; }

echo "PASS: tsize $size announced and all $size octets served"
