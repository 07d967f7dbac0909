#include "dhcpcommands.h"

#include "cliutil.h"
#include "dhcp/optionexport.h"
#include "dhcp/vendorprofile.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {

using namespace ztp::cli;
using namespace ztp;

int runDhcpExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the vendor profiles' DHCP options as configuration for another DHCP server, "
           "one class (or IOS pool) per profile."));
    parser.addOption(
        QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
            tr("Workspace folder (created with 'ztpw init')."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        tr("Target server: isc (ISC dhcpd), kea (Kea DHCPv4), "
           "dnsmasq or ios (Cisco IOS DHCP pool)."),
        QStringLiteral("FORMAT")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
        tr("Export this profile only (its file name without "
           ".json); default: every profile."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("server"),
        tr("IPv4 address written for {server} and, unless the "
           "workspace sets tftpServer, {tftp}; default: the "
           "workspace's tftpServer, else its router."),
        QStringLiteral("ADDRESS")));
    int exitCode = 0;
    const QString command = QStringLiteral("dhcp export");
    if (!parseWorkspaceOptions(parser, command, arguments, &exitCode))
        return exitCode;
    if (!requireOption(parser, QStringLiteral("format"), command))
        return 2;

    const auto format = dhcp::exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        err() << tr("Invalid --format '%1'. Use one of: %2.\n")
                     .arg(parser.value(QStringLiteral("format")),
                         dhcp::exportFormatNames().join(QStringLiteral(", ")));
        return 2;
    }

    const Result<workspace::Workspace> opened
        = workspace::Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!opened) {
        err() << opened.errorString() << '\n';
        return 2;
    }
    const workspace::BenchSettings &settings = opened->settings();

    dhcp::ProfileSet profiles;
    Status loaded = profiles.loadBuiltIn();
    if (loaded)
        loaded = profiles.loadDirectory(QDir(opened->root()).filePath(QStringLiteral("profiles")));
    if (!loaded) {
        err() << loaded.errorString() << '\n';
        return 1;
    }

    QList<dhcp::VendorProfile> selected = profiles.profiles();
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const dhcp::VendorProfile *profile = profiles.find(name);
        if (!profile) {
            QStringList names;
            for (const dhcp::VendorProfile &known : profiles.profiles())
                names.append(known.name);
            err() << tr("Profile '%1' not found. Known profiles: %2.\n")
                         .arg(name, names.join(QStringLiteral(", ")));
            return 2;
        }
        selected = {*profile};
    }

    QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = settings.tftpServer.isEmpty() ? settings.router : settings.tftpServer;
    if (server.isEmpty()) {
        err() << tr("The workspace sets neither tftpServer nor router. Give the address the "
                    "devices reach the server at with --server ADDRESS.\n");
        return 2;
    }
    const Result<dhcp::OptionVariables> variables
        = dhcp::exportVariables(server, settings.tftpServer, settings.httpPort, settings.httpsPort);
    if (!variables) {
        err() << tr("Invalid server address: %1.\n").arg(variables.errorString());
        return 2;
    }

    const Result<dhcp::ProfileExport> exported
        = dhcp::exportProfiles(selected, *format, *variables);
    if (!exported) {
        err() << tr("Cannot export the DHCP options: %1.\n").arg(exported.errorString());
        return 1;
    }
    for (const QString &skipped : exported->skipped)
        err() << tr("Skipped profile %1.\n").arg(skipped);
    err().flush();
    QTextStream(stdout) << exported->text;
    return 0;
}

} // namespace

int runDhcp(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("export"))
        return runDhcpExport(arguments.mid(1));
    err() << tr("Usage: ztpw dhcp export --workspace DIR --format isc|kea|dnsmasq|ios "
                "[--profile NAME] [--server ADDRESS]\n");
    return action == QLatin1String("--help") ? 0 : 2;
}
