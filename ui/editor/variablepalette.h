#pragma once

#include <QListWidget>
#include <QSet>

namespace ztp::ui::editor {

// The variables a template can use: built-ins, inventory columns and variables.json. Dragging
// one carries "{{ name }}" as text, so any text editor inserts it at the drop position.
class VariablePalette : public QListWidget
{
    Q_OBJECT

public:
    enum { NameRole = Qt::UserRole + 1 };

    explicit VariablePalette(QWidget *parent = nullptr);

    // Lists the names by group, with "(secret)" after each name in `secrets`.
    void setVariables(const QStringList &builtIns, const QStringList &inventoryColumns,
                      const QStringList &workspaceVariables, const QSet<QString> &secrets);

    QStringList names() const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    void addGroup(const QString &title, const QStringList &names, const QSet<QString> &secrets);
};

} // namespace ztp::ui::editor
