#!/usr/bin/python3
"""Crafts DHCP requests with scapy on one interface and checks the bench's replies byte by byte.

Usage: dhcp_scapy_check.py INTERFACE CLIENT_IP SERVER_IP
Runs inside the client namespace of dhcp_scapy_e2e.sh; CLIENT_IP is configured on INTERFACE.
Exits 1 on the first failed check, naming it.
"""
import struct
import sys
import threading

from scapy.all import BOOTP, IP, UDP, AsyncSniffer, Ether, conf, get_if_hwaddr, sendp

conf.verb = 0
COOKIE = bytes.fromhex("63825363")
INTERFACE, CLIENT_IP, SERVER_IP = sys.argv[1:4]
MAC = bytes.fromhex(get_if_hwaddr(INTERFACE).replace(":", ""))


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def option(code, value):
    """One option, split into 255-octet instances (RFC 3396)."""
    out = b""
    for offset in range(0, max(len(value), 1), 255):
        chunk = value[offset:offset + 255]
        out += bytes([code, len(chunk)]) + chunk
    return out


def parse_options(area):
    """Returns [(code, value)] in wire order, one entry per instance."""
    entries, position = [], 0
    while position < len(area):
        code = area[position]
        if code == 0:
            position += 1
            continue
        if code == 255:
            break
        length = area[position + 1]
        entries.append((code, area[position + 2:position + 2 + length]))
        position += 2 + length
    return entries


def joined(entries):
    values = {}
    for code, value in entries:
        values[code] = values.get(code, b"") + value
    return values


def exchange(xid, options, giaddr="0.0.0.0", ciaddr="0.0.0.0", flags=0x8000, sname=b"", file=b"",
             destination="255.255.255.255", source_port=68, hops=0, expect_reply=True):
    """Sends one BOOTREQUEST and returns the raw BOOTP payload and UDP header of the reply."""
    request = (Ether(src=get_if_hwaddr(INTERFACE), dst="ff:ff:ff:ff:ff:ff")
               / IP(src=CLIENT_IP if ciaddr != "0.0.0.0" or giaddr != "0.0.0.0" else "0.0.0.0",
                    dst=destination)
               / UDP(sport=source_port, dport=67)
               / BOOTP(op=1, xid=xid, flags=flags, hops=hops, ciaddr=ciaddr, giaddr=giaddr,
                       chaddr=MAC + bytes(10), sname=sname.ljust(64, b"\0"),
                       file=file.ljust(128, b"\0"), options=COOKIE + options + b"\xff"))
    # Filtered in Python: a BPF filter needs libpcap, which scapy does not require. The request
    # goes out only once the sniffer's socket is open, or a fast reply would be missed.
    listening = threading.Event()
    sniffer = AsyncSniffer(iface=INTERFACE,
                           lfilter=lambda p: UDP in p and p[UDP].sport == 67 and BOOTP in p
                           and p[BOOTP].op == 2 and p[BOOTP].xid == xid,
                           count=1, timeout=3, started_callback=listening.set)
    sniffer.start()
    if not listening.wait(5):
        fail(f"xid {xid:#x}: the sniffer did not start within 5 s")
    sendp(request, iface=INTERFACE)
    sniffer.join()
    replies = sniffer.results or []
    if not expect_reply:
        if replies:
            fail(f"xid {xid:#x}: expected silence, got a reply")
        return None, None
    if not replies:
        fail(f"xid {xid:#x}: no reply within 3 s")
    reply = replies[0]
    return bytes(reply[UDP].payload), reply


def header(payload):
    fields = struct.unpack("!BBBBIHH4s4s4s4s16s64s128s4s", payload[:240])
    names = ["op", "htype", "hlen", "hops", "xid", "secs", "flags", "ciaddr", "yiaddr", "siaddr",
             "giaddr", "chaddr", "sname", "file", "cookie"]
    return dict(zip(names, fields))


def ipv4(text):
    return bytes(int(part) for part in text.split("."))


def check(condition, message):
    if not condition:
        fail(message)


def request_list(*codes):
    return option(55, bytes(codes))


# 1. Relayed DISCOVER: reply to giaddr on port 67, option 82 echoed byte for byte and last.
relay_info = bytes.fromhex("0109") + b"Ethernet1" + bytes.fromhex("0206001c731a2b3c")
payload, packet = exchange(0x5a500001, option(53, b"\x01") + request_list(1, 3) + option(82, relay_info),
                           giaddr=CLIENT_IP, hops=1, source_port=67, destination=SERVER_IP, flags=0)
fields = header(payload)
check(packet[UDP].dport == 67, f"relayed reply went to port {packet[UDP].dport}, expected 67")
check(packet[IP].dst == CLIENT_IP, f"relayed reply went to {packet[IP].dst}, expected giaddr {CLIENT_IP}")
check(fields["giaddr"] == ipv4(CLIENT_IP), "giaddr not echoed")
entries = parse_options(payload[240:])
check(entries[-1] == (82, relay_info), f"option 82 is not the last option echoed verbatim: {entries[-1]}")
check(entries[0] == (53, b"\x02"), "relayed reply is not an OFFER")
print("relayed DISCOVER: OFFER to giaddr:67, option 82 last and verbatim")

# 2. Relayed DISCOVER from a subnet without a scope: silence.
exchange(0x5a500002, option(53, b"\x01") + option(82, relay_info), giaddr="172.16.5.1", hops=1,
         source_port=67, destination=SERVER_IP, flags=0, expect_reply=False)
print("relay from a subnet without a scope: no reply")

# 3. INFORM: ACK to ciaddr, no yiaddr, no lease times (RFC 2131 section 4.3.5).
payload, packet = exchange(0x5a500003, option(53, b"\x08") + request_list(1, 3, 51, 58, 59, 67),
                           ciaddr=CLIENT_IP, destination=SERVER_IP, flags=0)
fields = header(payload)
options = joined(parse_options(payload[240:]))
check(packet[IP].dst == CLIENT_IP and packet[UDP].dport == 68, "INFORM reply not unicast to ciaddr:68")
check(options.get(53) == b"\x05", "INFORM reply is not an ACK")
check(fields["yiaddr"] == bytes(4), "INFORM reply carries a yiaddr")
check(fields["ciaddr"] == ipv4(CLIENT_IP), "INFORM reply does not echo ciaddr")
check(not ({51, 58, 59} & options.keys()), f"INFORM reply carries lease times: {sorted(options)}")
check(options.get(1) == ipv4("255.255.255.0"), "INFORM reply lacks the subnet mask")
print("INFORM: ACK to ciaddr without yiaddr or lease times")

# 4. Long options both ways. The request carries a 300-octet option 224 in two instances. The
# profile's 300-octet option 43 comes back split (RFC 3396) because option 57 allows 1500.
long_request = bytes(range(256)) + bytes(44)
payload, _ = exchange(0x5a500004, option(53, b"\x01") + option(60, b"scapy-long")
                      + option(57, struct.pack("!H", 1500)) + option(224, long_request)
                      + request_list(1, 43))
entries = parse_options(payload[240:])
instances = [value for code, value in entries if code == 43]
expected_43 = (b"L" * 300)
check([len(value) for value in instances] == [255, 45], f"option 43 instances {[len(v) for v in instances]}, expected [255, 45]")
check(b"".join(instances) == expected_43, "option 43 content differs")
check(len(payload) <= 1500 - 28, f"reply of {len(payload)} octets exceeds option 57")
codes = [code for code, _ in entries]
check(codes.index(1) < codes.index(43), "reply does not follow the parameter request list order")
print("long options: 300-octet request option joined, 300-octet reply option split 255 + 45")

# 5. The same client without option 57: the reply stays within 576 octets and drops option 43.
payload, _ = exchange(0x5a500005, option(53, b"\x01") + option(60, b"scapy-long") + request_list(1, 43))
check(len(payload) <= 576 - 28, f"reply of {len(payload)} octets exceeds 576 without option 57")
check(43 not in joined(parse_options(payload[240:])), "option 43 sent although it cannot fit in 576")
print(f"no option 57: reply of {len(payload)} octets, oversized option dropped whole")

# 6. Option overload (52 = 3): option 61 sits in `file`, option 55 in `sname`.
client_id = b"\x00scapy-overload"
payload, _ = exchange(0x5a500006, option(53, b"\x01") + option(52, b"\x03"),
                      file=option(61, client_id) + b"\xff", sname=request_list(150) + b"\xff")
options = joined(parse_options(payload[240:]))
check(options.get(61) == client_id, "client identifier from `file` not echoed")
check(options.get(150) == ipv4(SERVER_IP), "option 150 requested in `sname` missing")
check(52 not in options, "the reply uses option overload")
print("overloaded request: options read from file and sname")

# 7. Vendor profiles: exact option bytes for Juniper, ONIE and the SZTP redirect.
serial = b"HV3620180001"
payload, _ = exchange(0x5a500007, option(53, b"\x01") + option(60, b"Juniper-ex2300-c-12p-" + serial)
                      + request_list(1, 43, 150))
options = joined(parse_options(payload[240:]))
expected = option(1, serial + b".conf") + option(3, b"http")
check(options.get(43) == expected, f"Juniper option 43 is {options.get(43)!r}, expected {expected!r}")
check(options.get(150) == ipv4(SERVER_IP), "Juniper option 150 differs")

onie_url = f"http://{SERVER_IP}/onie-installer".encode()
payload, _ = exchange(0x5a500008, option(53, b"\x01") + option(60, b"onie_vendor:x86_64-accton_as7712_32x-r0")
                      + request_list(1, 114, 125))
options = joined(parse_options(payload[240:]))
sub = option(1, onie_url)
check(options.get(125) == struct.pack("!IB", 42623, len(sub)) + sub, f"ONIE option 125 is {options.get(125)!r}")
check(options.get(114) == onie_url, "ONIE option 114 differs")

# The redirect names the port the bench's HTTPS server listens on: the workspace default, 443.
sztp_uri = f"https://{SERVER_IP}:443".encode()
payload, _ = exchange(0x5a500009, option(53, b"\x01") + request_list(1, 143))
options = joined(parse_options(payload[240:]))
check(options.get(143) == struct.pack("!H", len(sztp_uri)) + sztp_uri, f"option 143 is {options.get(143)!r}")
payload, _ = exchange(0x5a50000a, option(53, b"\x01") + option(60, b"Juniper-ex2300-c-12p-X") + request_list(1, 43))
check(143 not in joined(parse_options(payload[240:])), "option 143 sent to a client that did not request it")
# AOS-CX: sub-option 144 names the serial number from the inventory (the request has none),
# and 145 is left out because no image is assigned.
payload, _ = exchange(0x5a50000b, option(53, b"\x01") + option(60, b"Aruba JL727A") + request_list(1, 43, 66))
options = joined(parse_options(payload[240:]))
check(options.get(43) == option(144, b"SG12KW0001.cfg"), f"AOS-CX option 43 is {options.get(43)!r}")
check(options.get(66) == SERVER_IP.encode(), f"AOS-CX option 66 is {options.get(66)!r}")
print("vendor options: Juniper 43/150, ONIE 125/114, AOS-CX 43/66 and SZTP 143 byte for byte")

print("PASS")
