#!/usr/bin/env python3
"""Render one template for every device in a JSON-lines file with Python's jinja2, the way
tests/templates/jinja_oracle.py configures it (StrictUndefined, default delimiters), and print
renders per second and the SHA-256 of all outputs joined, for comparison with template-bench.

Usage: jinja_bench.py TEMPLATE DEVICES_JSONL
"""

import hashlib
import json
import sys
import time

import jinja2


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as handle:
        source = handle.read()
    with open(sys.argv[2], encoding="utf-8") as handle:
        devices = [json.loads(line) for line in handle]

    environment = jinja2.Environment(undefined=jinja2.StrictUndefined)
    template = environment.from_string(source)

    digest = hashlib.sha256()
    start = time.perf_counter()
    for variables in devices:
        digest.update(template.render(variables).encode("utf-8"))
    elapsed = time.perf_counter() - start

    print("jinja2 %s: %d renders in %.3f s, %.1f renders/s, sha256 %s"
          % (jinja2.__version__, len(devices), elapsed, len(devices) / elapsed, digest.hexdigest()))


if __name__ == "__main__":
    main()
