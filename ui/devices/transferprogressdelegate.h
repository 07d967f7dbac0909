#pragma once

#include <QStyledItemDelegate>

namespace ztp::ui {

// Paints the device table's transfer column as a progress bar with its label, e.g.
// "42 %  3.1 MiB/s". The percent comes from DeviceTableModel::RawValueRole (-1 without a
// transfer, 0 when the size is unknown) and the rate from ThroughputRole. A row without a
// transfer is painted as an ordinary cell.
class TransferProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar's label: "42 %  3.1 MiB/s".
    static QString progressLabel(double percent, double bytesPerSecond);
};

} // namespace ztp::ui
