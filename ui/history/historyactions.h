#pragma once

#include "common/result.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ztp::bench {
class BenchService;
}

namespace ztp::ui {

// The History menu of the main window: search, export, backup and purge. Keeps the dialogs
// out of MainWindow, which only adds the menu and supplies the selected devices.
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    using SelectionProvider = std::function<QStringList()>;

    HistoryActions(bench::BenchService *bench, QWidget *window, SelectionProvider selectedDevices);

    // Adds the actions to `menu`.
    void populate(QMenu *menu) const;

    QAction *searchAction() const { return m_searchAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *backupAction() const { return m_backupAction; }
    QAction *purgeAction() const { return m_purgeAction; }

    // The work behind the backup and purge actions, without their dialogs.
    Status backupTo(const QString &path) const;
    Result<QString> purgeOlderThan(int days) const;

signals:
    // The history cannot be written for now (locked by another program, disk full); empty when
    // writing works again. Also shown in the main window's status bar.
    void historyWarningChanged(const QString &message);

public slots:
    void showHistory();
    void showExport();
    void backup();
    void purge();

private:
    void showWriteWarning(const QString &message);

    bench::BenchService *m_bench;
    QWidget *m_window;
    SelectionProvider m_selectedDevices;
    QAction *m_searchAction;
    QAction *m_exportAction;
    QAction *m_backupAction;
    QAction *m_purgeAction;
};

} // namespace ztp::ui
