#!/usr/bin/python3
"""Render template test cases with Python's jinja2, the reference for the C++ engine.

Usage: jinja_oracle.py CASES_JSON SEARCH_PATH

CASES_JSON contains an array of {"name", "template", "variables", "options"} objects.
Prints a JSON array with one object per case, in order: {"name", "output"} on
success, or {"name", "error", "line"} when jinja2 rejects the case, where "line"
is the template line of the error, or 0 when jinja2 does not report one.
Exits with status 3 when jinja2 cannot be imported, so that the caller can skip.

The environment matches what the C++ engine implements: default settings,
StrictUndefined unless options.strictUndefined is false, templates loaded from
SEARCH_PATH, and the engine's network filters defined with the ipaddress module.
Dict keys in variables are sorted, as in the QVariantMap the engine receives.
"""

import ipaddress
import json
import sys
import traceback

try:
    import jinja2
except ImportError:
    print("jinja2 is not installed for " + sys.executable, file=sys.stderr)
    sys.exit(3)


def _interface(value):
    return ipaddress.ip_interface(str(value))


NETWORK_FILTERS = {
    "ip_address": lambda v: str(_interface(v).ip),
    "ip_network": lambda v: str(_interface(v).network),
    "netmask": lambda v: str(_interface(v).netmask),
    "hostmask": lambda v: str(_interface(v).hostmask),
    "prefix_length": lambda v: _interface(v).network.prefixlen,
    "network_address": lambda v: str(_interface(v).network.network_address),
    "broadcast": lambda v: str(_interface(v).network.broadcast_address),
    "host": lambda v, n: str(_interface(v).network[n]),
}


def make_environment(options, search_path):
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path),
        trim_blocks=options.get("trimBlocks", False),
        lstrip_blocks=options.get("lstripBlocks", False),
        undefined=jinja2.StrictUndefined
        if options.get("strictUndefined", True)
        else jinja2.Undefined,
    )
    environment.filters.update(NETWORK_FILTERS)
    return environment


def error_line(error):
    """Return the template line jinja2 attributes the error to, or 0."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.lineno:
        return error.lineno
    lines = [
        frame.lineno
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == "<template>"
    ]
    return lines[-1] if lines else 0


def render(case, search_path):
    environment = make_environment(case.get("options", {}), search_path)
    try:
        template = environment.from_string(case["template"])
        output = template.render(**case.get("variables", {}))
    except Exception as error:  # every jinja2 failure is a result to compare
        return {
            "name": case["name"],
            "error": "%s: %s" % (type(error).__name__, error),
            "line": error_line(error),
        }
    return {"name": case["name"], "output": output}


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f, object_pairs_hook=lambda pairs: dict(sorted(pairs)))
    results = [render(case, sys.argv[2]) for case in cases]
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
