#pragma once

#include <QObject>

class QTableView;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui::editor {

// Lets the device table accept templates dragged from the template list. Dropping on a selected
// row assigns the template to every selected device; dropping on any other row assigns it to
// that device alone. The view's model must have the MAC in DeviceTableModel::MacColumn.
class DeviceDropHandler : public QObject
{
    Q_OBJECT

public:
    DeviceDropHandler(bench::BenchService *bench, QTableView *view);

signals:
    // After a drop: the devices that got the template, and a message per failure.
    void templateAssigned(const QString &templateName, const QStringList &deviceKeys,
                          const QStringList &errors);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList targetKeys(const QPoint &position) const;
    void assign(const QString &templateName, const QStringList &deviceKeys);

    bench::BenchService *m_bench;
    QTableView *m_view;
};

} // namespace ztp::ui::editor
