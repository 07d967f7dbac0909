#pragma once

#include "devices/benchpositions.h"

#include <QDialog>

class QTableWidget;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui {

// Edits the names of bench positions: one row per DHCP option 82 circuit id that the bench
// switch inserts ("Gi1/0/7") and the position it stands for ("rack A, slot 3"). Circuit ids
// seen on devices but not named yet are listed with an empty name. OK saves the named rows to
// bench-positions.json through BenchService; rows left without a name are not saved.
class BenchPositionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { CircuitIdColumn, PositionColumn, ColumnCount };

    explicit BenchPositionsDialog(bench::BenchService *bench, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addPosition(const QString &circuitId, const QString &name);
    // The named rows; a duplicate circuit id or a name without circuit id is an error naming the row.
    Result<devices::BenchPositions> positions() const;

public slots:
    void accept() override;

private:
    bench::BenchService *m_bench;
    QTableWidget *m_table;
};

} // namespace ztp::ui
