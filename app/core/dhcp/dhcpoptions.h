#pragma once

#include <QtGlobal>

namespace ztp::dhcp {

// DHCPv4 option codes used by the bench, named as RFC 2132 and later RFCs name them.
enum class OptionCode : quint8 {
    Pad = 0,
    SubnetMask = 1,
    Router = 3,
    DomainNameServer = 6,
    HostName = 12,
    DomainName = 15,
    VendorSpecific = 43,
    RequestedIpAddress = 50,
    IpAddressLeaseTime = 51,
    OptionOverload = 52,
    MessageType = 53,
    ServerIdentifier = 54,
    ParameterRequestList = 55,
    Message = 56,
    MaximumMessageSize = 57,
    RenewalTime = 58,
    RebindingTime = 59,
    VendorClassIdentifier = 60,
    ClientIdentifier = 61,
    TftpServerName = 66,
    BootfileName = 67,
    UserClass = 77,
    RelayAgentInformation = 82,
    ClientSystemArchitecture = 93,
    VendorIdentifyingVendorClass = 124,
    VendorIdentifyingVendorSpecific = 125,
    SztpRedirect = 143, // RFC 8572 OPTION_V4_SZTP_REDIRECT (DHCPv6 uses 136)
    TftpServerAddress = 150,
    End = 255,
};

// Option 53 values (RFC 2132 section 9.6).
enum class MessageType : quint8 {
    Discover = 1,
    Offer = 2,
    Request = 3,
    Decline = 4,
    Ack = 5,
    Nak = 6,
    Release = 7,
    Inform = 8,
};

// BOOTP op field.
enum class BootOp : quint8 {
    Request = 1,
    Reply = 2,
};

// RFC 8572 OPTION_V6_SZTP_REDIRECT: the DHCPv6 code of option 143's bootstrap-server-list.
constexpr quint16 Dhcpv6SztpRedirect = 136;

constexpr quint16 ServerPort = 67;
constexpr quint16 ClientPort = 68;
constexpr int FixedHeaderSize = 236;
constexpr int OptionsOffset = 240; // after the magic cookie
constexpr int MinimumMaxMessageSize = 576; // RFC 2131 section 2: every client accepts this
constexpr quint16 BroadcastFlag = 0x8000;

const char *messageTypeName(MessageType type);

} // namespace ztp::dhcp
