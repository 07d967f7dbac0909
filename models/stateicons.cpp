#include "stateicons.h"

#include "devicetablemodel.h"
#include "devices/device.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ztp::models {

using devices::DeviceState;

namespace {

// Draws the symbol of a state inside a 16 x 16 disc, in white lines.
void drawSymbol(QPainter &painter, DeviceState state)
{
    QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (state) {
    case DeviceState::Discovered:
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(8, 8), 2.5, 2.5);
        break;
    case DeviceState::Leased:
        painter.drawLine(QPointF(4.5, 8), QPointF(11, 8));
        painter.drawPolyline(QPolygonF({QPointF(8.5, 5), QPointF(11.5, 8), QPointF(8.5, 11)}));
        break;
    case DeviceState::ConfigurationSent:
    case DeviceState::ImageSent:
    case DeviceState::ReportedDone:
        painter.drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)}));
        break;
    case DeviceState::Failed:
        painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        break;
    case DeviceState::Stalled:
        painter.drawLine(QPointF(6.5, 5), QPointF(6.5, 11));
        painter.drawLine(QPointF(9.5, 5), QPointF(9.5, 11));
        break;
    }
}

QPixmap paintStatePixmap(DeviceState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    // Done gets a second ring, so it differs from "sent" in shape as well as in shade.
    if (state == DeviceState::ReportedDone) {
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(2, 2, 12, 12));
    }
    drawSymbol(painter, state);
    return pixmap;
}

} // namespace

QString stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
        return DeviceTableModel::tr("Discovered", "device state");
    case DeviceState::Leased:
        return DeviceTableModel::tr("Leased", "device state: holds a DHCP lease");
    case DeviceState::ConfigurationSent:
        return DeviceTableModel::tr("Configuration sent", "device state");
    case DeviceState::ImageSent:
        return DeviceTableModel::tr("Image sent", "device state");
    case DeviceState::ReportedDone:
        return DeviceTableModel::tr("Done", "device state: the device reported success");
    case DeviceState::Failed:
        return DeviceTableModel::tr("Failed", "device state");
    case DeviceState::Stalled:
        return DeviceTableModel::tr("Stalled", "device state: no progress for a while");
    }
    return {};
}

QColor stateColor(DeviceState state)
{
    switch (state) {
    case DeviceState::Discovered:
        return QColor(0x8a, 0x8a, 0x8a);
    case DeviceState::Leased:
        return QColor(0x1f, 0x6f, 0xd1);
    case DeviceState::ConfigurationSent:
    case DeviceState::ImageSent:
        return QColor(0x2e, 0x9d, 0x4f);
    case DeviceState::ReportedDone:
        return QColor(0x17, 0x6b, 0x34);
    case DeviceState::Failed:
        return QColor(0xd1, 0x34, 0x38);
    case DeviceState::Stalled:
        return QColor(0xe0, 0x8a, 0x00);
    }
    return {};
}

QIcon stateIcon(DeviceState state)
{
    static QHash<int, QIcon> cache;
    const auto cached = cache.constFind(int(state));
    if (cached != cache.cend())
        return *cached;

    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paintStatePixmap(state, size));
    cache.insert(int(state), icon);
    return icon;
}

} // namespace ztp::models
