#include "editor/variablepalette.h"

#include "editor/editormimetypes.h"

#include <QMimeData>

namespace ztp::ui::editor {

VariablePalette::VariablePalette(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Drag a variable into the template to insert {{ name }}"));
}

void VariablePalette::setVariables(const QStringList &builtIns, const QStringList &inventoryColumns,
                                   const QStringList &workspaceVariables, const QSet<QString> &secrets)
{
    clear();
    //: Group title: variables the application provides for every device (hostname, mac, ip...).
    addGroup(tr("Built-in"), builtIns, secrets);
    addGroup(tr("Inventory columns"), inventoryColumns, secrets);
    addGroup(tr("variables.json"), workspaceVariables, secrets);
}

void VariablePalette::addGroup(const QString &title, const QStringList &names,
                               const QSet<QString> &secrets)
{
    if (names.isEmpty())
        return;

    auto *header = new QListWidgetItem(title, this);
    header->setFlags(Qt::ItemIsEnabled);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);

    for (const QString &name : names) {
        const bool secret = secrets.contains(name);
        auto *item = new QListWidgetItem(secret ? tr("%1 (secret)").arg(name) : name, this);
        item->setData(NameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
}

QStringList VariablePalette::names() const
{
    QStringList result;
    for (int row = 0; row < count(); ++row) {
        const QString name = item(row)->data(NameRole).toString();
        if (!name.isEmpty())
            result.append(name);
    }
    return result;
}

QStringList VariablePalette::mimeTypes() const
{
    return {QStringLiteral("text/plain"), variableMimeType};
}

QMimeData *VariablePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    QStringList names;
    for (const QListWidgetItem *item : items) {
        const QString name = item->data(NameRole).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    if (names.isEmpty())
        return nullptr;

    auto *data = new QMimeData;
    QStringList expressions;
    for (const QString &name : names)
        expressions.append(QStringLiteral("{{ %1 }}").arg(name));
    data->setText(expressions.join(u' '));
    data->setData(variableMimeType, names.join(u'\n').toUtf8());
    return data;
}

} // namespace ztp::ui::editor
