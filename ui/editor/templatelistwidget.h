#pragma once

#include <QListWidget>

class QFileSystemWatcher;

namespace ztp::ui::editor {

// The templates under a workspace's templates/ folder, by name relative to it ("leaf.j2",
// "cisco/access.j2"). Reloaded when a file or folder changes, also from outside the
// application. Dragging a name onto device rows assigns that template.
class TemplateListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit TemplateListWidget(QWidget *parent = nullptr);

    // Lists and watches `directory`; an empty path clears the list.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }

    QStringList templateNames() const;
    QString currentTemplateName() const;
    bool selectTemplate(const QString &name);

public slots:
    void reload();

signals:
    // A watched template file changed on disk (written, replaced or removed).
    void templateFileChanged(const QString &name);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    void onFileChanged(const QString &path);

    QString m_directory;
    QFileSystemWatcher *m_watcher;
};

} // namespace ztp::ui::editor
