#!/usr/bin/env python3
"""Export a history of 1,000 devices to PDF and to CSV with `ztpw export`, printing the time
and the peak resident memory of each export.

    python3 bench/reports/export_bench.py build/bin/ztpw [--devices 1000] [--runs 3]

The history is synthetic but shaped like a real run: per device a DISCOVER, a REQUEST, an image
transfer and a configuration transfer, with inventory columns for site, job and profile. It is
written with Python's sqlite3 module into a workspace made by `ztpw init` in a temporary folder,
which is deleted afterwards. Peak memory is ru_maxrss of the finished child (Linux: KiB).
"""

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

def make_history(ztpw, workspace, devices):
    subprocess.run([ztpw, "init", workspace], check=True, capture_output=True)
    # A first export creates history.sqlite with the current schema.
    subprocess.run([ztpw, "export", "-w", workspace, "-o", os.devnull], check=True,
                   capture_output=True)

    db = sqlite3.connect(os.path.join(workspace, "history.sqlite"))
    device_rows = []
    event_rows = []
    for i in range(devices):
        mac = "00:1c:73:%02x:%02x:%02x" % ((i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF)
        ip = "10.%d.%d.%d" % (i >> 16 & 0xFF, i >> 8 & 0xFF, i & 0xFF)
        minute = i // 10
        seen = "2026-03-01T%02d:%02d:00.000Z" % (8 + minute // 60, minute % 60)
        done = "2026-03-01T%02d:%02d:30.000Z" % (8 + minute // 60, minute % 60)
        state = "failed" if i % 50 == 0 else "configuration sent"
        inventory = json.dumps({"site": "Hall %d" % (i % 3), "job": "J-100", "profile": "leaf"})

        device_rows.append((mac, "", "Arista", "sw-%04d" % i, "SN%06d" % i, ip, state, "default.j2",
                            "%064x" % i, seen, done, inventory, "Hall %d" % (i % 3), "J-100"))
        event_rows += [
            (seen, "dhcp.discover", mac, "DISCOVER from %s -> OFFER %s" % (mac, ip), "{}"),
            (seen, "dhcp.request", mac, "REQUEST from %s -> ACK %s" % (mac, ip), "{}"),
            (done, "tftp.transfer", mac, "sent EOS.swi (900000000 bytes) to %s" % ip,
             json.dumps({"file": "EOS.swi", "result": "ok", "dynamic": False, "sha256": "ab" * 32})),
            (done, "tftp.transfer", mac, "sent network-confg (4000 bytes) to %s" % ip,
             json.dumps({"file": "network-confg", "result": "ok", "dynamic": True,
                         "sha256": "%064x" % i, "templateSha256": "7e" * 32})),
        ]

    db.executemany("INSERT INTO devices (mac, client_id, vendor_class, hostname, serial, ip, state,"
                   " template, config_sha256, first_seen, last_seen, inventory, site, job)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", device_rows)
    db.executemany("INSERT INTO events (time, kind, device, summary, details) VALUES (?,?,?,?,?)",
                   event_rows)
    db.commit()
    db.close()
    return len(event_rows)


def run_isolated(ztpw, workspace, fmt, output):
    start = time.monotonic()
    child = subprocess.Popen([ztpw, "export", "-w", workspace, "-f", fmt, "-o", output],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.monotonic() - start
    err = child.stderr.read()
    if status != 0:
        sys.exit("ztpw export -f %s failed: %s" % (fmt, err.decode(errors="replace")))
    return elapsed, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ztpw", help="path to the ztpw binary")
    parser.add_argument("--devices", type=int, default=1000, help="devices in the history")
    parser.add_argument("--runs", type=int, default=3, help="exports per format; the best is kept")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ztpw-report-bench-") as folder:
        workspace = os.path.join(folder, "bench")
        events = make_history(os.path.abspath(args.ztpw), workspace, args.devices)
        print("history: %d devices, %d events" % (args.devices, events))
        for fmt in ("pdf", "csv"):
            output = os.path.join(folder, "report." + fmt)
            best = None
            for _ in range(args.runs):
                elapsed, peak = run_isolated(args.ztpw, workspace, fmt, output)
                best = (elapsed, peak) if best is None or elapsed < best[0] else best
            size = os.path.getsize(output)
            print("%-4s %7.3f s  peak RSS %6.1f MiB  output %8.1f KiB" %
                  (fmt, best[0], best[1] / 1024.0, size / 1024.0))


if __name__ == "__main__":
    main()
