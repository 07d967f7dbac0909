#include "devices/identifier.h"

namespace ztp::devices {

namespace {

constexpr IdentifierKind allKinds[] = {
    IdentifierKind::Mac,      IdentifierKind::ClientId, IdentifierKind::Serial,
    IdentifierKind::Model,    IdentifierKind::Vendor,   IdentifierKind::Hostname,
    IdentifierKind::Address,  IdentifierKind::BenchPosition,
};

} // namespace

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Mac:
        return QStringLiteral("mac");
    case IdentifierKind::ClientId:
        return QStringLiteral("client-id");
    case IdentifierKind::Serial:
        return QStringLiteral("serial");
    case IdentifierKind::Model:
        return QStringLiteral("model");
    case IdentifierKind::Vendor:
        return QStringLiteral("vendor");
    case IdentifierKind::Hostname:
        return QStringLiteral("hostname");
    case IdentifierKind::Address:
        return QStringLiteral("ip");
    case IdentifierKind::BenchPosition:
        return QStringLiteral("bench-position");
    }
    return {};
}

std::optional<IdentifierKind> identifierKindFromName(const QString &name)
{
    for (IdentifierKind kind : allKinds) {
        if (identifierKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString evidenceSourceName(EvidenceSource source)
{
    switch (source) {
    case EvidenceSource::Oui:
        return QStringLiteral("oui");
    case EvidenceSource::Dhcp:
        return QStringLiteral("dhcp");
    case EvidenceSource::Http:
        return QStringLiteral("http");
    case EvidenceSource::Console:
        return QStringLiteral("console");
    case EvidenceSource::Inventory:
        return QStringLiteral("inventory");
    case EvidenceSource::Technician:
        return QStringLiteral("technician");
    }
    return {};
}

} // namespace ztp::devices
