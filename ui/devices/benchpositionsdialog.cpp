#include "devices/benchpositionsdialog.h"

#include "bench/benchservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ztp::ui {

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Circuit ids of devices whose bench position is still the raw circuit id.
QStringList unnamedCircuitIds(const bench::BenchService &bench)
{
    QStringList ids;
    for (const devices::Device &device : bench.devices()->devices()) {
        for (const devices::Identifier &identifier : device.identifiers) {
            if (identifier.kind == devices::IdentifierKind::BenchPosition
                && identifier.evidence.source == devices::EvidenceSource::Dhcp
                && !bench.benchPositions().contains(identifier.value)
                && !bench.benchPositions().values().contains(identifier.value) && !ids.contains(identifier.value))
                ids.append(identifier.value);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

BenchPositionsDialog::BenchPositionsDialog(bench::BenchService *bench, QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setWindowTitle(tr("Bench positions"));
    resize(520, 360);

    auto *help = new QLabel(tr("Name the bench position behind each circuit id that the bench switch "
                               "adds to DHCP requests (option 82). Devices with an unnamed circuit id "
                               "get the name at once; a renamed position shows from the device's next "
                               "request."));
    help->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("positionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Circuit id"), tr("Bench position")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CircuitIdColumn, 180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *addButton = new QPushButton(tr("Add"));
    auto *removeButton = new QPushButton(tr("Remove"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addPosition({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, CircuitIdColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addButton);
    rowButtons->addWidget(removeButton);
    rowButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BenchPositionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BenchPositionsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);

    QStringList circuitIds = m_bench->benchPositions().keys();
    std::sort(circuitIds.begin(), circuitIds.end());
    for (const QString &circuitId : std::as_const(circuitIds))
        addPosition(circuitId, m_bench->benchPositions().value(circuitId));
    for (const QString &circuitId : unnamedCircuitIds(*m_bench))
        addPosition(circuitId, {});
}

void BenchPositionsDialog::addPosition(const QString &circuitId, const QString &name)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CircuitIdColumn, new QTableWidgetItem(circuitId));
    m_table->setItem(row, PositionColumn, new QTableWidgetItem(name));
}

Result<devices::BenchPositions> BenchPositionsDialog::positions() const
{
    devices::BenchPositions positions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString circuitId = cellText(m_table, row, CircuitIdColumn);
        const QString name = cellText(m_table, row, PositionColumn);
        if (name.isEmpty())
            continue;
        if (circuitId.isEmpty())
            return Error{tr("Row %1 names position '%2' but has no circuit id.").arg(row + 1).arg(name)};
        if (positions.contains(circuitId))
            return Error{tr("Row %1: circuit id '%2' is listed twice; keep one row.").arg(row + 1).arg(circuitId)};
        positions.insert(circuitId, name);
    }
    return positions;
}

void BenchPositionsDialog::accept()
{
    const Result<devices::BenchPositions> edited = positions();
    const Status status = edited ? m_bench->setBenchPositions(*edited) : Status(edited.error());
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace ztp::ui
