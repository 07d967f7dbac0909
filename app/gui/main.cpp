#include "bench/benchservice.h"
#include "common/version.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ztp-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ZTP Workbench"));
    QApplication::setOrganizationName(QStringLiteral("ZTP Workbench"));
    QApplication::setApplicationVersion(ztp::applicationVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ztp-workbench.svg")));
    // The language is known before the command line is parsed, so --help is translated too;
    // --language is looked up by hand for the same reason.
    QString language = ztp::ui::savedLanguage();
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    ztp::ui::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Zero-touch provisioning bench for network devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
        QApplication::translate("main", "Workspace folder; by default one in the user's data "
                                        "folder, created on first start."),
        QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    const QCommandLineOption interfaceOption(
        QStringList {QStringLiteral("i"), QStringLiteral("interface")},
        QApplication::translate("main", "Preselect the network interface that faces the devices."),
        QStringLiteral("IF"));
    parser.addOption(interfaceOption);
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        QApplication::translate("main", "Start the services at once on the interface given with "
                                        "--interface."));
    parser.addOption(startOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language for this run, for example de or "
                                        "pt_BR; en shows the English texts."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.isSet(languageOption)
        && !ztp::ui::availableLanguages().contains(parser.value(languageOption))) {
        QTextStream(stderr) << QApplication::translate(
            "main", "Unknown language '%1'. Use one of: %2.\n")
                                   .arg(parser.value(languageOption),
                                        ztp::ui::availableLanguages().join(QStringLiteral(", ")));
        return 2;
    }
    if (parser.isSet(startOption) && !parser.isSet(interfaceOption)) {
        QTextStream(stderr) << QApplication::translate(
            "main", "--start needs --interface: the services start only on an interface you "
                    "name.\n");
        return 2;
    }

    QString directory = parser.value(workspaceOption);
    if (directory.isEmpty())
        directory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("workspace"));

    // First start: create the workspace; later starts reopen it (init keeps existing files).
    const auto created = ztp::workspace::Workspace::init(directory);
    ztp::bench::BenchService bench;
    ztp::Status opened = created ? bench.openWorkspace(directory)
                                 : ztp::Status(ztp::Error {created.errorString()});
    if (opened)
        opened = bench.claimWorkspace();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"),
                              opened.errorString());
        return 1;
    }

    ztp::ui::MainWindow window(&bench);
    if (parser.isSet(interfaceOption))
        window.selectInterface(parser.value(interfaceOption));
    window.show();
    if (parser.isSet(startOption))
        window.toggleServices();
    return QApplication::exec();
}
