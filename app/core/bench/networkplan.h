#pragma once

#include "common/result.h"
#include "dhcp/dhcpserver.h"
#include "platform/netplatform.h"
#include "workspace/workspace.h"

namespace ztp::bench {

// The addresses the servers use on one interface: the settings where given, else derived from
// the interface's own IPv4 address and prefix.
struct NetworkPlan
{
    dhcp::DhcpServerSettings dhcp;
    QHostAddress tftpAddress;
    quint16 tftpPort = 69;
    int mtu = 1500;
};

// Derives the plan. With no pool configured the pool is the interface's subnet minus the
// interface's own, the network and the broadcast address; server identifier, router and TFTP
// server default to the interface's address.
Result<NetworkPlan> planNetwork(const workspace::BenchSettings &settings,
                                const platform::InterfaceInfo &interface);

} // namespace ztp::bench
