#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ztp::bench {
class BenchService;
}

namespace ztp::models {
class DeviceTableModel;
class EventLogModel;
} // namespace ztp::models

namespace ztp::ui::editor {
class TemplateEditorWidget;
}

namespace ztp::ui {

class ConsoleWindow;
class DeviceDetailPanel;
class DeviceTableView;
class HistoryActions;
class RogueServerBanner;

// The technician's main screen: choose the interface, start and stop the services, watch the
// devices and the events, export the report.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(bench::BenchService *bench, QWidget *parent = nullptr);

    QTableView *deviceView() const { return m_deviceView; }
    DeviceDetailPanel *deviceDetail() const { return m_deviceDetail; }
    QComboBox *interfaceBox() const { return m_interfaceBox; }
    QAction *startStopAction() const { return m_startStopAction; }
    QAction *certificateAction() const { return m_certificateAction; }
    HistoryActions *historyActions() const { return m_historyActions; }
    editor::TemplateEditorWidget *templateEditor() const { return m_templateEditor; }
    QMenu *languageMenu() const { return m_languageMenu; }
    RogueServerBanner *rogueServerBanner() const { return m_rogueServerBanner; }
    QAction *dhcpExportAction() const { return m_dhcpExportAction; }

    // Selects an interface by kernel name; false when it is not in the list.
    bool selectInterface(const QString &name);

public slots:
    void refreshInterfaces();
    void toggleServices();
    void exportReport();
    void openWorkspace();
    void openConsoleWindow();
    void openDhcpExportDialog();
    void showServerCertificate();

private:
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void createToolBar();
    void createCentralWidget();
    void createTemplateEditor();
    void connectSignals();
    void updateRunningState(bool running);
    void loadWorkspaceView();
    void benchMenuAddDeviceActions(DeviceTableView *deviceTable);

    bench::BenchService *m_bench;
    models::DeviceTableModel *m_deviceModel = nullptr;
    models::EventLogModel *m_eventModel = nullptr;
    QSortFilterProxyModel *m_deviceProxy = nullptr;

    QTableView *m_deviceView = nullptr;
    QTableView *m_eventView = nullptr;
    DeviceDetailPanel *m_deviceDetail = nullptr;
    QComboBox *m_interfaceBox = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_statusLabel = nullptr;

    QAction *m_startStopAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_dhcpExportAction = nullptr;
    QAction *m_certificateAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_benchMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QPointer<ConsoleWindow> m_consoleWindow;
    HistoryActions *m_historyActions = nullptr;
    RogueServerBanner *m_rogueServerBanner = nullptr;
    editor::TemplateEditorWidget *m_templateEditor = nullptr;
};

} // namespace ztp::ui
