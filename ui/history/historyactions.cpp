#include "history/historyactions.h"

#include "bench/benchservice.h"
#include "history/exportdialog.h"
#include "history/historydialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace ztp::ui {

using namespace std::chrono_literals;

HistoryActions::HistoryActions(bench::BenchService *bench, QWidget *window,
                               SelectionProvider selectedDevices)
    : QObject(window)
    , m_bench(bench)
    , m_window(window)
    , m_selectedDevices(std::move(selectedDevices))
    , m_searchAction(new QAction(tr("Search history..."), this))
    , m_exportAction(new QAction(tr("Export report..."), this))
    , m_backupAction(new QAction(tr("Back up history..."), this))
    , m_purgeAction(new QAction(tr("Purge old history..."), this))
{
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_searchAction, &QAction::triggered, this, &HistoryActions::showHistory);
    connect(m_exportAction, &QAction::triggered, this, &HistoryActions::showExport);
    connect(m_backupAction, &QAction::triggered, this, &HistoryActions::backup);
    connect(m_purgeAction, &QAction::triggered, this, &HistoryActions::purge);

    // TODO: follow BenchService::openWorkspace(), which replaces the writer; until then the
    // warning covers the workspace open when the window was created.
    if (auto *writer = m_bench->historyWriter()) {
        connect(writer, &storage::HistoryWriter::writeDelayed, this, &HistoryActions::showWriteWarning);
        connect(writer, &storage::HistoryWriter::writeResumed, this,
                [this] { showWriteWarning(QString()); });
    }
}

void HistoryActions::showWriteWarning(const QString &message)
{
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window)) {
        if (message.isEmpty())
            mainWindow->statusBar()->clearMessage();
        else
            mainWindow->statusBar()->showMessage(tr("Warning: %1").arg(message));
    }
    emit historyWarningChanged(message);
}

void HistoryActions::populate(QMenu *menu) const
{
    menu->addAction(m_searchAction);
    menu->addAction(m_exportAction);
    menu->addSeparator();
    menu->addAction(m_backupAction);
    menu->addAction(m_purgeAction);
}

Status HistoryActions::backupTo(const QString &path) const
{
    if (!m_bench->history())
        return Error{tr("No workspace is open; open one with File > Open workspace.")};
    if (auto *writer = m_bench->historyWriter())
        writer->waitForWritten(5s);
    return m_bench->history()->backupTo(path);
}

Result<QString> HistoryActions::purgeOlderThan(int days) const
{
    if (!m_bench->history())
        return Error{tr("No workspace is open; open one with File > Open workspace.")};
    const auto purged = m_bench->history()->purgeBefore(QDateTime::currentDateTimeUtc().addDays(-days));
    if (!purged)
        return purged.error();
    return tr("Deleted %1 events and %2 devices older than %3 days.")
        .arg(purged->events)
        .arg(purged->devices)
        .arg(days);
}

void HistoryActions::showHistory()
{
    auto *dialog = new HistoryDialog(m_bench, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryActions::showExport()
{
    auto *dialog = new ExportDialog(m_bench, m_selectedDevices ? m_selectedDevices() : QStringList(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryActions::backup()
{
    const QString suggested = QStringLiteral("history-%1.sqlite")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up history"), suggested,
                                                      tr("SQLite files (*.sqlite)"));
    if (path.isEmpty())
        return;
    // QFileDialog already asked before replacing a file, and VACUUM INTO needs a new file.
    if (QFile::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(m_window, tr("Backup failed"), tr("Cannot replace %1.").arg(path));
        return;
    }
    const Status status = backupTo(path);
    if (!status)
        QMessageBox::warning(m_window, tr("Backup failed"), status.errorString());
    else
        QMessageBox::information(m_window, tr("Backup written"), tr("The history was copied to %1.").arg(path));
}

void HistoryActions::purge()
{
    bool ok = false;
    const int days = QInputDialog::getInt(m_window, tr("Purge old history"),
                                          tr("Delete events and devices last seen more than this "
                                             "many days ago. Back up the history first if the "
                                             "customer may ask for them."),
                                          90, 0, 36500, 1, &ok);
    if (!ok)
        return;
    const auto result = purgeOlderThan(days);
    if (!result)
        QMessageBox::warning(m_window, tr("Purge failed"), result.errorString());
    else
        QMessageBox::information(m_window, tr("History purged"), *result);
}

} // namespace ztp::ui
