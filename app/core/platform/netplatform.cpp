#include "platform/netplatform.h"

#include <QNetworkInterface>
#include <QRegularExpression>

namespace ztp::platform {

QList<InterfaceInfo> listInterfaces()
{
    QList<InterfaceInfo> result;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        InterfaceInfo info;
        info.name = interface.name();
        info.humanName = interface.humanReadableName();
        info.index = interface.index();
        info.mac = parseMac(interface.hardwareAddress());
        info.mtu = interface.maximumTransmissionUnit() > 0 ? interface.maximumTransmissionUnit()
                                                           : 1500;
        info.up = interface.flags().testFlag(QNetworkInterface::IsUp);
        info.loopback = interface.flags().testFlag(QNetworkInterface::IsLoopBack);

        const auto entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                info.address = entry.ip();
                info.prefixLength = entry.prefixLength();
                break;
            }
        }
        result.append(info);
    }
    return result;
}

std::optional<InterfaceInfo> findInterface(const QString &name)
{
    const auto interfaces = listInterfaces();
    for (const InterfaceInfo &info : interfaces) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QString formatMac(const QByteArray &mac)
{
    return QString::fromLatin1(mac.toHex(':'));
}

QByteArray parseMac(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    static const QRegularExpression twelveHexDigits(QStringLiteral("^[0-9a-f]{12}$"));
    if (!twelveHexDigits.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace ztp::platform
