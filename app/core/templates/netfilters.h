#pragma once

#include "ast.h"

// Network filters for switch configs. They are not part of Jinja2; each behaves like the
// Python standard library's ipaddress.ip_interface(value) (Python 3.11) followed by one
// property, which is also how tests/templates/jinja_oracle.py defines them for the
// differential tests:
//
//   "10.1.2.3/24" | ip_address      -> "10.1.2.3"          (.ip)
//   "10.1.2.3/24" | ip_network      -> "10.1.2.0/24"       (.network)
//   "10.1.2.3/24" | netmask         -> "255.255.255.0"     (.netmask)
//   "10.1.2.3/24" | hostmask        -> "0.0.0.255"         (.hostmask, the ACL wildcard)
//   "10.1.2.3/24" | prefix_length   -> 24                  (.network.prefixlen, an integer)
//   "10.1.2.3/24" | network_address -> "10.1.2.0"          (.network.network_address)
//   "10.1.2.3/24" | broadcast       -> "10.1.2.255"        (.network.broadcast_address)
//   "10.1.2.0/24" | host(1)         -> "10.1.2.1"          (.network[n]; -1 is the broadcast)
//
// Input is an address with an optional "/prefix", "/netmask" or "/hostmask" (IPv4) suffix;
// without one the prefix is /32 or /128. IPv6 output uses the compressed form, lower case.
//
// Differences from Ansible's ipaddr filter family: invalid input is a render error, not
// False; every helper is its own filter instead of an ipaddr('query') argument; host(n)
// returns a bare address where ipaddr(n) returns "address/prefix"; and there is no list input.
namespace ztp::templates::net {

Value filterIpAddress(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterIpNetwork(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterNetmask(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterHostmask(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterPrefixLength(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterNetworkAddress(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterBroadcast(Context &context, const Value &input, const CallArgs &args, SourcePos pos);
Value filterHost(Context &context, const Value &input, const CallArgs &args, SourcePos pos);

} // namespace ztp::templates::net
