#include "mainwindow.h"

#include "devicefilterproxymodel.h"
#include "devices/devicedetailpanel.h"
#include "devices/devicetableview.h"

#include "bench/benchservice.h"
#include "common/version.h"
#include "console/consolewindow.h"
#include "devicetablemodel.h"
#include "dhcp/optionexportdialog.h"
#include "dhcp/rogueserverbanner.h"
#include "eventlogmodel.h"
#include "editor/templateeditorwidget.h"
#include "history/historyactions.h"
#include "languagesettings.h"
#include "platform/netplatform.h"
#include "servercertificatedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ztp::ui {

MainWindow::MainWindow(bench::BenchService *bench, QWidget *parent)
    : QMainWindow(parent)
    , m_bench(bench)
{
    setWindowTitle(tr("ZTP Workbench"));
    resize(1200, 760);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createTemplateEditor();
    connectSignals();
    refreshInterfaces();
    loadWorkspaceView();
    updateRunningState(m_bench->isRunning());
}

void MainWindow::createActions()
{
    m_startStopAction = new QAction(tr("Start services"), this);
    m_startStopAction->setToolTip(tr("Start or stop DHCP and TFTP on the chosen interface"));
    m_startStopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    m_refreshAction = new QAction(tr("Refresh interfaces"), this);
    m_consoleAction = new QAction(tr("Console cable..."), this);
    m_consoleAction->setToolTip(tr("Open a serial console and push a configuration over it"));
    m_dhcpExportAction = new QAction(tr("Export DHCP options..."), this);
    m_dhcpExportAction->setToolTip(tr("Show the vendor profiles' DHCP options as configuration "
                                      "for ISC dhcpd, Kea, dnsmasq or a Cisco IOS pool"));
    m_certificateAction = new QAction(tr("Server certificate..."), this);
    m_certificateAction->setToolTip(
        tr("Show the HTTPS certificate's fingerprint, to pin it on devices"));
    m_exportAction = new QAction(tr("Export report (CSV)..."), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_openAction = new QAction(tr("Open workspace..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_quitAction = new QAction(tr("Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_aboutAction = new QAction(tr("About ZTP Workbench"), this);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *benchMenu = menuBar()->addMenu(tr("&Bench"));
    m_benchMenu = benchMenu;
    benchMenu->addAction(m_startStopAction);
    benchMenu->addAction(m_refreshAction);
    benchMenu->addAction(m_consoleAction);
    benchMenu->addAction(m_dhcpExportAction);
    benchMenu->addAction(m_certificateAction);

    // The device view is created later; the lambda reads its selection when an export starts.
    m_historyActions = new HistoryActions(m_bench, this, [this] {
        QStringList keys;
        for (const QModelIndex &index :
             m_deviceView->selectionModel()->selectedRows(models::DeviceTableModel::MacColumn))
            keys.append(index.data().toString());
        return keys;
    });
    m_historyActions->populate(menuBar()->addMenu(tr("&History")));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    createLanguageMenu(settingsMenu->addMenu(tr("&Language")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

// The chosen language is stored in the user's settings and applies from the next start, because
// the windows build their texts once.
void MainWindow::createLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = savedLanguage();

    const auto addLanguage = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    //: Language menu entry: use the operating system's language.
    addLanguage(QString(), tr("System language"));
    menu->addSeparator();
    for (const QString &code : availableLanguages())
        addLanguage(code, nativeLanguageName(code));

    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == savedLanguage())
            return;
        saveLanguage(code);
        QMessageBox::information(this, tr("Language"),
                                 tr("ZTP Workbench shows the new language the next time it starts."));
    });
    m_languageMenu = menu;
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Bench"));
    toolBar->setObjectName(QStringLiteral("benchToolBar"));
    toolBar->setMovable(false);

    auto *label = new QLabel(tr("Interface:"), toolBar);
    label->setContentsMargins(6, 0, 6, 0);
    toolBar->addWidget(label);

    m_interfaceBox = new QComboBox(toolBar);
    m_interfaceBox->setObjectName(QStringLiteral("interfaceBox"));
    m_interfaceBox->setMinimumContentsLength(28);
    m_interfaceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interfaceBox->setToolTip(tr("The servers answer on this interface only. Choose the one "
                                  "cabled to the devices, never the office network."));
    toolBar->addWidget(m_interfaceBox);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_startStopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);
}

void MainWindow::createCentralWidget()
{
    m_deviceModel = new models::DeviceTableModel(m_bench->devices(), this);
    m_deviceModel->setBatchInterval(std::chrono::milliseconds(50));
    m_deviceProxy = new models::DeviceFilterProxyModel(this);
    m_deviceProxy->setSourceModel(m_deviceModel);
    m_deviceProxy->setSortRole(models::DeviceTableModel::RawValueRole);
    m_deviceProxy->setFilterKeyColumn(-1);
    m_deviceProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_searchField = new QLineEdit;
    m_searchField->setPlaceholderText(tr("Search devices by MAC, hostname, serial, IP..."));
    m_searchField->setClearButtonEnabled(true);

    auto *deviceTable = new DeviceTableView(m_bench);
    m_deviceView = deviceTable;
    m_deviceView->setObjectName(QStringLiteral("deviceView"));

    // A keyboard-wedge barcode scanner types the serial followed by Enter.
    auto *scanField = new QLineEdit;
    scanField->setObjectName(QStringLiteral("scanField"));
    scanField->setPlaceholderText(tr("Scan a serial number or MAC to select its device"));
    connect(scanField, &QLineEdit::returnPressed, this, [this, scanField, deviceTable] {
        if (!deviceTable->selectScanned(scanField->text()))
            statusBar()->showMessage(tr("No device has the serial number or MAC %1.").arg(scanField->text()), 5000);
        scanField->clear();
    });
    m_deviceView->setModel(m_deviceProxy);
    m_deviceView->setSortingEnabled(true);
    m_deviceView->sortByColumn(models::DeviceTableModel::MacColumn, Qt::AscendingOrder);
    m_deviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deviceView->setAlternatingRowColors(true);
    m_deviceView->setWordWrap(false);
    m_deviceView->verticalHeader()->setDefaultSectionSize(m_deviceView->fontMetrics().height() + 8);
    m_deviceView->verticalHeader()->hide();
    m_deviceView->horizontalHeader()->setStretchLastSection(true);
    m_deviceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_deviceView->setColumnWidth(models::DeviceTableModel::MacColumn, 150);
    m_deviceView->setColumnWidth(models::DeviceTableModel::VendorClassColumn, 170);
    m_deviceView->setColumnWidth(models::DeviceTableModel::HostnameColumn, 150);
    m_deviceView->setColumnWidth(models::DeviceTableModel::SerialColumn, 130);
    m_deviceView->setColumnWidth(models::DeviceTableModel::IpColumn, 120);
    m_deviceView->setColumnWidth(models::DeviceTableModel::StateColumn, 170);
    // A running transfer is read together with the state, so its bar follows the state column.
    m_deviceView->horizontalHeader()->moveSection(models::DeviceTableModel::ProgressColumn,
                                                  models::DeviceTableModel::StateColumn + 1);
    m_deviceView->setColumnWidth(models::DeviceTableModel::ProgressColumn, 170);

    m_eventModel = new models::EventLogModel(this);
    m_eventView = new QTableView;
    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setModel(m_eventModel);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->verticalHeader()->hide();
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->setColumnWidth(models::EventLogModel::TimeColumn, 110);
    m_eventView->setColumnWidth(models::EventLogModel::DeviceColumn, 150);
    m_eventView->setColumnWidth(models::EventLogModel::KindColumn, 130);
    m_eventView->setWordWrap(false);
    m_eventView->verticalHeader()->setDefaultSectionSize(m_eventView->fontMetrics().height() + 8);

    auto *tablePane = new QWidget;
    auto *deviceLayout = new QVBoxLayout(tablePane);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    deviceLayout->addWidget(m_searchField);
    deviceLayout->addWidget(scanField);
    deviceLayout->addWidget(m_deviceView);

    // The selected device's timeline and packets, beside the table.
    m_deviceDetail = new DeviceDetailPanel(m_bench);
    m_deviceDetail->attachView(m_deviceView);
    auto *devicePane = new QSplitter(Qt::Horizontal);
    devicePane->setObjectName(QStringLiteral("deviceSplitter"));
    devicePane->addWidget(tablePane);
    devicePane->addWidget(m_deviceDetail);
    devicePane->setStretchFactor(0, 3);
    devicePane->setStretchFactor(1, 2);
    // The table stays the main view: the panel starts at about a third of the width.
    devicePane->setSizes({800, 400});
    benchMenuAddDeviceActions(deviceTable);

    auto *eventPane = new QWidget;
    auto *eventLayout = new QVBoxLayout(eventPane);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(new QLabel(tr("Events")));
    eventLayout->addWidget(m_eventView);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(devicePane);
    splitter->addWidget(eventPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_rogueServerBanner = new RogueServerBanner;
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_rogueServerBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel;
    statusBar()->addPermanentWidget(m_statusLabel, 1);
}

void MainWindow::benchMenuAddDeviceActions(DeviceTableView *deviceTable)
{
    m_benchMenu->addSeparator();
    m_benchMenu->addAction(tr("Assignment rules..."), deviceTable, &DeviceTableView::editAssignmentRules);
    m_benchMenu->addAction(tr("Bench positions..."), deviceTable, &DeviceTableView::editBenchPositions);
}

void MainWindow::connectSignals()
{
    connect(m_startStopAction, &QAction::triggered, this, &MainWindow::toggleServices);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshInterfaces);
    connect(m_consoleAction, &QAction::triggered, this, &MainWindow::openConsoleWindow);
    connect(m_dhcpExportAction, &QAction::triggered, this, &MainWindow::openDhcpExportDialog);
    connect(m_bench, &bench::BenchService::rogueServerDetected, m_rogueServerBanner,
            &RogueServerBanner::addServer);
    connect(m_bench, &bench::BenchService::runningChanged, m_rogueServerBanner, [this](bool running) {
        if (running)
            m_rogueServerBanner->clear();
    });
    connect(m_certificateAction, &QAction::triggered, this, &MainWindow::showServerCertificate);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ZTP Workbench"),
                           tr("ZTP Workbench %1\nZero-touch provisioning for a staging bench.")
                               .arg(applicationVersion()));
    });
    connect(m_searchField, &QLineEdit::textChanged, m_deviceProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_interfaceBox, &QComboBox::currentIndexChanged, this,
            [this] { updateRunningState(m_bench->isRunning()); });
    connect(m_bench, &bench::BenchService::eventRecorded, this,
            [this](const storage::HistoryEvent &event) {
                m_eventModel->append(event);
                m_eventView->scrollToBottom();
            });
    connect(m_bench, &bench::BenchService::runningChanged, this, &MainWindow::updateRunningState);
}

void MainWindow::loadWorkspaceView()
{
    if (!m_bench->history())
        return;
    m_eventModel->setEvents(m_bench->history()->events(QString(), 2000));
    m_eventView->scrollToBottom();
}

void MainWindow::refreshInterfaces()
{
    const QString previous = m_interfaceBox->currentData().toString();
    const QString saved = m_bench->workspace() ? m_bench->workspace()->settings().interfaceName
                                               : QString();

    m_interfaceBox->clear();
    // No interface is preselected unless the technician chose it before: the servers must never
    // start on a network nobody picked.
    m_interfaceBox->addItem(tr("Choose an interface..."), QString());
    const auto interfaces = platform::listInterfaces();
    for (const platform::InterfaceInfo &interface : interfaces) {
        if (interface.loopback)
            continue;
        const QString address = interface.address.isNull()
            ? tr("no IPv4 address")
            : QStringLiteral("%1/%2").arg(interface.address.toString()).arg(interface.prefixLength);
        const QString state = interface.up ? QString() : tr(" (down)");
        m_interfaceBox->addItem(QStringLiteral("%1 - %2%3").arg(interface.humanName, address, state),
                                interface.name);
    }

    const QString wanted = previous.isEmpty() ? saved : previous;
    const int index = m_interfaceBox->findData(wanted);
    m_interfaceBox->setCurrentIndex(index > 0 ? index : 0);
}

bool MainWindow::selectInterface(const QString &name)
{
    const int index = m_interfaceBox->findData(name);
    if (index <= 0)
        return false;
    m_interfaceBox->setCurrentIndex(index);
    return true;
}

void MainWindow::toggleServices()
{
    if (m_bench->isRunning()) {
        m_bench->stop();
        return;
    }

    const QString interfaceName = m_interfaceBox->currentData().toString();
    if (interfaceName.isEmpty()) {
        QMessageBox::information(this, tr("Choose an interface"),
                                 tr("Choose the network interface that is cabled to the devices "
                                    "first. The servers answer on that interface only."));
        return;
    }

    const Status status = m_bench->start(interfaceName);
    if (!status) {
        QMessageBox::warning(this, tr("Cannot start the services"), status.errorString());
        return;
    }
    if (auto *workspace = m_bench->workspace()) {
        workspace->settings().interfaceName = interfaceName;
        if (const Status saved = workspace->saveSettings(); !saved)
            statusBar()->showMessage(saved.errorString(), 10000);
    }
}

void MainWindow::updateRunningState(bool running)
{
    m_startStopAction->setText(running ? tr("Stop services") : tr("Start services"));
    m_startStopAction->setEnabled(running || !m_interfaceBox->currentData().toString().isEmpty());
    m_interfaceBox->setEnabled(!running);
    m_refreshAction->setEnabled(!running);
    m_openAction->setEnabled(!running);
    // The certificate is created when HTTPS starts.
    const http::ProvisioningServices *services = m_bench->provisioningServices();
    m_certificateAction->setEnabled(running && services && services->tlsCredentials());

    const QString workspace = m_bench->workspace() ? m_bench->workspace()->root() : tr("none");
    if (running) {
        const auto &plan = m_bench->plan();
        m_statusLabel->setText(tr("Serving on %1 as %2, pool %3 - %4. Workspace: %5")
                                   .arg(m_bench->interfaceName(),
                                        plan.dhcp.serverAddress.toString(),
                                        plan.dhcp.poolFirst.toString(),
                                        plan.dhcp.poolLast.toString(), workspace));
    } else {
        m_statusLabel->setText(tr("Stopped. Workspace: %1").arg(workspace));
    }
}

void MainWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      QStringLiteral("provisioning-report.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status status = m_bench->exportCsvReport(path); !status) {
        QMessageBox::warning(this, tr("Export failed"), status.errorString());
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
}

// The editor is a dock below the device table, so templates can be dragged from its list onto
// device rows while the table stays the main view.
void MainWindow::createTemplateEditor()
{
    m_templateEditor = new editor::TemplateEditorWidget(m_bench, this);
    m_templateEditor->attachDeviceView(m_deviceView);
    connect(m_templateEditor, &editor::TemplateEditorWidget::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    auto *dock = new QDockWidget(tr("Templates"), this);
    dock->setObjectName(QStringLiteral("templateDock"));
    dock->setWidget(m_templateEditor);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    // The device table stays the main view: the editor starts low and can be hidden from the
    // Bench menu.
    resizeDocks({dock}, {240}, Qt::Vertical);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("Show template editor"));
    m_benchMenu->addAction(toggle);
}

void MainWindow::openWorkspace()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open workspace"));
    if (directory.isEmpty())
        return;

    // A folder without workbench.json becomes a new workspace; existing files are kept.
    if (const auto created = workspace::Workspace::init(directory); !created) {
        QMessageBox::warning(this, tr("Cannot open the workspace"), created.errorString());
        return;
    }
    if (const Status status = m_bench->openWorkspace(directory); !status) {
        QMessageBox::warning(this, tr("Cannot open the workspace"), status.errorString());
        return;
    }
    if (const Status claimed = m_bench->claimWorkspace(); !claimed)
        QMessageBox::warning(this, tr("Workspace in use"), claimed.errorString());
    refreshInterfaces();
    loadWorkspaceView();
    m_templateEditor->reloadWorkspace();
    updateRunningState(false);
}

// One console window per main window; closing it stores the session and deletes it.
void MainWindow::openConsoleWindow()
{
    if (!m_consoleWindow) {
        m_consoleWindow = new ConsoleWindow(m_bench, this);
        m_consoleWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_consoleWindow->show();
    m_consoleWindow->raise();
    m_consoleWindow->activateWindow();
}

void MainWindow::openDhcpExportDialog()
{
    auto *dialog = new OptionExportDialog(m_bench, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showServerCertificate()
{
    const http::ProvisioningServices *services = m_bench->provisioningServices();
    if (!services || !services->tlsCredentials())
        return;
    auto *dialog = new ServerCertificateDialog(*services->tlsCredentials(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace ztp::ui
