#include "editor/templatelistwidget.h"

#include "common/logging.h"
#include "editor/editormimetypes.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QMimeData>

namespace ztp::ui::editor {

namespace {

// Bounds the scan of a templates folder that someone pointed at a large tree by mistake.
constexpr int maxListedTemplates = 5000;

} // namespace

TemplateListWidget::TemplateListWidget(QWidget *parent)
    : QListWidget(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Drag a template onto device rows to assign it"));

    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &TemplateListWidget::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &TemplateListWidget::onFileChanged);
}

void TemplateListWidget::setDirectory(const QString &directory)
{
    m_directory = directory;
    reload();
}

void TemplateListWidget::reload()
{
    const QString previous = currentTemplateName();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    clear();
    if (m_directory.isEmpty() || !QDir(m_directory).exists())
        return;

    const QDir root(m_directory);
    QStringList names;
    QStringList watched {m_directory};
    QDirIterator it(m_directory, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && names.size() < maxListedTemplates) {
        const QString path = it.next();
        watched.append(path);
        if (it.fileInfo().isFile())
            names.append(root.relativeFilePath(path));
    }
    if (names.size() >= maxListedTemplates)
        qCWarning(lcTemplates).noquote() << "listing only the first" << maxListedTemplates
                                         << "templates of" << m_directory;
    names.sort();
    addItems(names);
    m_watcher->addPaths(watched);

    if (!previous.isEmpty())
        selectTemplate(previous);
}

void TemplateListWidget::onFileChanged(const QString &path)
{
    // Editors that save by replacing the file drop it from the watcher, so watch it again.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    emit templateFileChanged(QDir(m_directory).relativeFilePath(path));
}

QStringList TemplateListWidget::templateNames() const
{
    QStringList names;
    for (int row = 0; row < count(); ++row)
        names.append(item(row)->text());
    return names;
}

QString TemplateListWidget::currentTemplateName() const
{
    return currentItem() ? currentItem()->text() : QString();
}

bool TemplateListWidget::selectTemplate(const QString &name)
{
    const QList<QListWidgetItem *> found = findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    setCurrentItem(found.first());
    return true;
}

QStringList TemplateListWidget::mimeTypes() const
{
    return {templateMimeType};
}

QMimeData *TemplateListWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(templateMimeType, items.first()->text().toUtf8());
    return data;
}

} // namespace ztp::ui::editor
