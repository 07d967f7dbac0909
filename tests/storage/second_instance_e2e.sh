#!/usr/bin/env bash
# Second instance on one workspace: `ztpw serve` on srv0 takes workbench.lock. A second
# `ztpw serve` of the same workspace on another interface (a second veth pair, srv1) must be
# rejected with a message naming the first process. Once the first stops, the second can start.
set -euo pipefail
ZTPW=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
source "$here/../e2e/netns.sh"

netns_require_root
command -v ss >/dev/null || { echo "SKIP: ss is not installed (iproute2)"; exit 77; }

WORK_DIR=$(mktemp -d /tmp/ztpw-lock-e2e.XXXXXX)
STARTED_PIDS=""
trap netns_cleanup EXIT
netns_setup 10.231.9
ip link add srv1 netns "$SERVER_NS" type veth peer name cli1 netns "$CLIENT_NS"
ip -n "$SERVER_NS" addr add 10.231.10.1/24 dev srv1
ip -n "$SERVER_NS" link set srv1 up
ip -n "$CLIENT_NS" link set cli1 up

workspace="$WORK_DIR/bench"
"$ZTPW" init "$workspace" >/dev/null 2>&1

ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv0 \
    2>"$WORK_DIR/first.log" &
first_pid=$!
STARTED_PIDS="$first_pid"
wait_for_udp_port "$SERVER_NS" 69 || { cat "$WORK_DIR/first.log"; exit 1; }
for attempt in $(seq 1 50); do
    [[ -e $workspace/workbench.lock ]] && break
    sleep 0.1
done
[[ -e $workspace/workbench.lock ]] || { cat "$WORK_DIR/first.log"; fail "the first server took no lock"; }

# The second instance: other interface, same workspace.
set +e
timeout 20 ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv1 \
    2>"$WORK_DIR/second.log"
second_status=$?
set -e
[[ $second_status -eq 1 ]] || { cat "$WORK_DIR/second.log"; fail "the second ztpw serve exited with $second_status, expected 1"; }
grep -q "This workspace is in use by another ZTP Workbench" "$WORK_DIR/second.log" \
    || { cat "$WORK_DIR/second.log"; fail "the refusal does not say the workspace is in use"; }
grep -q "process $first_pid" "$WORK_DIR/second.log" \
    || { cat "$WORK_DIR/second.log"; fail "the refusal does not name process $first_pid"; }
kill -0 "$first_pid" || fail "the first server died when the second was refused"
# The refused instance recorded nothing into the history it does not own.
[[ $(sqlite3 "$workspace/history.sqlite" "select count(*) from events where kind='bench.start'") -eq 1 ]] \
    || fail "the refused instance wrote a bench.start event"

# After the first stops, the lock is released and another instance may start.
kill -TERM "$first_pid"
wait "$first_pid"
STARTED_PIDS=""
[[ ! -e $workspace/workbench.lock ]] || fail "workbench.lock is left after a clean stop"
ip netns exec "$SERVER_NS" "$ZTPW" serve --workspace "$workspace" --interface srv1 \
    2>"$WORK_DIR/third.log" &
third_pid=$!
STARTED_PIDS="$third_pid"
wait_for_udp_port "$SERVER_NS" 69 || { cat "$WORK_DIR/third.log"; fail "the server did not start after the lock was released"; }
kill -TERM "$third_pid"
wait "$third_pid"
STARTED_PIDS=""

echo "PASS: second instance refused while process $first_pid held the workspace"
