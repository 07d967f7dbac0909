#include "devices/transferprogressdelegate.h"

#include "devicetablemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace ztp::ui {

QString TransferProgressDelegate::progressLabel(double percent, double bytesPerSecond)
{
    const QString rate = QLocale().formattedDataSize(qint64(bytesPerSecond), 1);
    //: transfer progress: percent done and throughput, e.g. "42 %  3.1 MiB/s"
    return tr("%1 %  %2/s").arg(int(percent)).arg(rate);
}

void TransferProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QVariant raw = index.data(models::DeviceTableModel::RawValueRole);
    const double percent = raw.isValid() ? raw.toDouble() : -1.0;
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The selection background first, so a selected row stays visibly selected around the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double bytesPerSecond = index.data(models::DeviceTableModel::ThroughputRole).toDouble();
    QStyleOptionProgressBar bar;
    // Palette, font metrics, direction and state come from the cell, as for any item.
    static_cast<QStyleOption &>(bar) = option;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = 1000;
    // Size unknown (percent 0 with bytes moving): a busy bar would animate forever, so the bar
    // stays empty and the model's label carries the bytes sent.
    bar.progress = int(std::clamp(percent, 0.0, 100.0) * 10);
    const QString display = index.data(Qt::DisplayRole).toString();
    bar.text = percent > 0 || display.isEmpty() ? progressLabel(percent, bytesPerSecond) : display;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize TransferProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int labelWidth = option.fontMetrics.horizontalAdvance(progressLabel(100, 999.9 * 1024 * 1024));
    size.setWidth(std::max(size.width(), labelWidth + 16));
    return size;
}

} // namespace ztp::ui
