#pragma once

#include "workspace/inventory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QTableWidget;

namespace ztp::ui {

// Shows an inventory file or pasted rows as a preview with one mapping box per column, lists
// every problem by line and column, and enables Import only when there are none.
class InventoryImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `source` names the file (or "pasted rows") in the title and in problems.
    InventoryImportDialog(const QByteArray &data, const QString &source, QWidget *parent = nullptr);

    const workspace::InventoryImport &import() const { return m_import; }
    QString readError() const { return m_readError; }
    QTableWidget *preview() const { return m_preview; }
    QListWidget *problemList() const { return m_problems; }
    // Sets the mapping of one column, as the column's box does; for tests and scripted use.
    void setColumnMapping(int column, const workspace::ColumnMapping &mapping);

private:
    void reread();
    void rebuildPreview();
    void revalidate();
    workspace::ColumnMapping mappingFromBox(int column) const;

    QByteArray m_data;
    QString m_source;
    QString m_readError;
    workspace::InventoryImport m_import;
    QCheckBox *m_hasHeader = nullptr;
    QTableWidget *m_preview = nullptr;
    QList<QComboBox *> m_mappingBoxes;
    QListWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ztp::ui
