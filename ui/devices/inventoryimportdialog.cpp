#include "devices/inventoryimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ztp::ui {

namespace {

// Rows shown in the preview; the import itself checks every row.
constexpr int PreviewRows = 50;

// Box entries: the fixed fields, then "variable" which uses the header as the variable name.
enum BoxEntry { IgnoreEntry, MacEntry, SerialEntry, HostnameEntry, VariableEntry };

int entryFor(const workspace::ColumnMapping &mapping)
{
    switch (mapping.field) {
    case workspace::InventoryField::Mac:
        return MacEntry;
    case workspace::InventoryField::Serial:
        return SerialEntry;
    case workspace::InventoryField::Hostname:
        return HostnameEntry;
    case workspace::InventoryField::Variable:
        return VariableEntry;
    case workspace::InventoryField::Ignore:
        break;
    }
    return IgnoreEntry;
}

} // namespace

InventoryImportDialog::InventoryImportDialog(const QByteArray &data, const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_source(source)
{
    setWindowTitle(tr("Import inventory: %1").arg(source));
    m_hasHeader = new QCheckBox(tr("The first row holds column names"));
    m_hasHeader->setChecked(true);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("inventoryPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("inventoryProblems"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hasHeader);
    layout->addWidget(new QLabel(tr("Choose what each column is. Keys are the MAC address and the serial "
                                    "number; every other column becomes a template variable.")));
    layout->addWidget(m_preview, 3);
    layout->addWidget(new QLabel(tr("Problems (nothing is imported until there are none):")));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    connect(m_hasHeader, &QCheckBox::toggled, this, &InventoryImportDialog::reread);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reread();
}

void InventoryImportDialog::reread()
{
    const auto read = workspace::readInventoryImport(m_data, m_hasHeader->isChecked());
    m_readError = read ? QString() : read.errorString();
    m_import = read ? read.value() : workspace::InventoryImport {};
    rebuildPreview();
    revalidate();
}

void InventoryImportDialog::rebuildPreview()
{
    const int rows = int(std::min<qsizetype>(m_import.rows.size(), PreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(m_import.headers.size()));
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(m_import.headers);
    m_mappingBoxes.clear();

    for (int column = 0; column < m_import.headers.size(); ++column) {
        auto *box = new QComboBox;
        box->addItems({tr("(ignore)"), tr("MAC address"), tr("Serial number"), tr("Hostname"),
                       tr("Variable '%1'").arg(m_import.headers.at(column))});
        box->setCurrentIndex(entryFor(m_import.mapping.value(column)));
        connect(box, &QComboBox::currentIndexChanged, this, [this, column] {
            m_import.mapping[column] = mappingFromBox(column);
            revalidate();
        });
        m_preview->setCellWidget(0, column, box);
        m_mappingBoxes.append(box);
    }
    for (int row = 0; row < rows; ++row) {
        const QStringList &fields = m_import.rows.at(row).fields;
        for (int column = 0; column < fields.size() && column < m_import.headers.size(); ++column)
            m_preview->setItem(row + 1, column, new QTableWidgetItem(fields.at(column)));
    }
}

workspace::ColumnMapping InventoryImportDialog::mappingFromBox(int column) const
{
    switch (m_mappingBoxes.at(column)->currentIndex()) {
    case MacEntry:
        return {workspace::InventoryField::Mac, {}};
    case SerialEntry:
        return {workspace::InventoryField::Serial, {}};
    case HostnameEntry:
        return {workspace::InventoryField::Hostname, {}};
    case VariableEntry:
        return {workspace::InventoryField::Variable, m_import.headers.at(column)};
    default:
        return {workspace::InventoryField::Ignore, {}};
    }
}

void InventoryImportDialog::setColumnMapping(int column, const workspace::ColumnMapping &mapping)
{
    if (column < 0 || column >= m_mappingBoxes.size())
        return;
    m_mappingBoxes.at(column)->setCurrentIndex(entryFor(mapping));
    m_import.mapping[column] = mapping;
    revalidate();
}

void InventoryImportDialog::revalidate()
{
    if (m_readError.isEmpty())
        workspace::validateInventoryImport(m_import);

    m_problems->clear();
    if (!m_readError.isEmpty())
        m_problems->addItem(QStringLiteral("%1: %2").arg(m_source, m_readError));
    for (const workspace::InventoryProblem &problem : std::as_const(m_import.problems))
        m_problems->addItem(QStringLiteral("%1: %2").arg(m_source, problem.toString()));

    const bool importable = m_readError.isEmpty() && m_import.ok() && !m_import.entries.isEmpty();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(importable);
    }
}

} // namespace ztp::ui
