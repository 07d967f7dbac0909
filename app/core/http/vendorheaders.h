#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace ztp::http {

// Who a ZTP agent says it is in its request headers. Cumulus sends no DHCP vendor class and
// SONiC often no client identifier, so these headers are the only identity some devices give.
struct VendorIdentity
{
    QString platform; // "arista", "cumulus", "sonic", "onie"; empty when unknown
    QString serial;
    QByteArray mac; // 6 octets: system or base MAC, empty when absent or invalid
    QString model;
    QString softwareVersion;
    QString architecture;
    QVariantMap headers; // every recognised header, name in lower case, for templates

    bool isEmpty() const { return platform.isEmpty() && serial.isEmpty() && mac.isEmpty(); }
};

// Reads the headers that Arista EOS (X-Arista-*), Cumulus Linux (CUMULUS-*), SONiC
// (SERIAL-NUMBER, PRODUCT-NAME, ...) and ONIE (ONIE-*) agents send with each GET.
VendorIdentity identifyFromHeaders(const HttpRequest &request);

} // namespace ztp::http
