#include "devices/device.h"

#include "platform/netplatform.h"

namespace ztp::devices {

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
        return QStringLiteral("discovered");
    case DeviceState::Leased:
        return QStringLiteral("leased");
    case DeviceState::ConfigurationSent:
        return QStringLiteral("configuration sent");
    case DeviceState::ImageSent:
        return QStringLiteral("image sent");
    case DeviceState::ReportedDone:
        return QStringLiteral("reported done");
    case DeviceState::Failed:
        return QStringLiteral("failed");
    case DeviceState::Stalled:
        return QStringLiteral("stalled");
    }
    return {};
}

std::optional<DeviceState> deviceStateFromName(const QString &name)
{
    for (DeviceState state : {DeviceState::Discovered, DeviceState::Leased,
                              DeviceState::ConfigurationSent, DeviceState::ImageSent,
                              DeviceState::ReportedDone, DeviceState::Failed,
                              DeviceState::Stalled}) {
        if (deviceStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString Device::key() const
{
    return platform::formatMac(mac);
}

} // namespace ztp::devices
