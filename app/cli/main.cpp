#include "commands.h"
#include "devicecommands.h"
#include "dhcpcommands.h"
#include "consolecommands.h"
#include "reportcommands.h"
#include "templatecommands.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "ztpw",
        "Usage: ztpw COMMAND [OPTIONS]\n"
        "\n"
        "Headless ZTP Workbench: DHCP, TFTP, HTTP(S) and syslog provisioning for a staging bench.\n"
        "\n"
        "Commands:\n"
        "  init DIR                      create a workspace with defaults and a sample template\n"
        "  serve --workspace DIR --interface IF\n"
        "                                run DHCP, TFTP, HTTP(S) and syslog on one interface until\n"
        "                                SIGINT or SIGTERM\n"
        "  export --workspace DIR --format csv|json|html|pdf --output FILE\n"
        "                                write the provisioning report (filters: --device,\n"
        "                                --job, --site, --from, --to)\n"
        "  evidence --workspace DIR --output DIR\n"
        "                                write a signed evidence pack\n"
        "  verify-report DIR --workspace DIR\n"
        "                                check an evidence pack and name any changed file\n"
        "  history backup|purge --workspace DIR ...\n"
        "                                back up the history or delete old events\n"
        "  render --workspace DIR --device MAC|SERIAL [--template NAME]\n"
        "                                print the configuration rendered for one device\n"
        "  lint --workspace DIR          list devices with template errors or missing variables\n"
        "  devices --workspace DIR [--format csv|json]\n"
        "                                list device records with their identifiers (and\n"
        "                                evidence, in JSON)\n"
        "  inventory import|export --workspace DIR [FILE]\n"
        "                                check and import a CSV inventory, or export it\n"
        "  interfaces                    list network interfaces and their IPv4 addresses\n"
        "  dhcp export --workspace DIR --format isc|kea|dnsmasq|ios [--profile NAME]\n"
        "                                print the profiles' DHCP options for another server\n"
        "  console push --workspace DIR --port PORT --device KEY [--profile NAME]\n"
        "                                send a device's configuration over its console cable\n"
        "  console ports | profiles | xmodem\n"
        "                                list serial ports or console profiles, send a file\n"
        "\n"
        "Options:\n"
        "  --version                     print the version and exit\n"
        "  --help                        print this help and exit\n"
        "\n"
        "Run 'ztpw COMMAND --help' for the options of one command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ztpw"));
    QCoreApplication::setOrganizationName(QStringLiteral("ZTP Workbench"));
    QCoreApplication::setApplicationVersion(ztp::applicationVersion());
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning: %{endif}%{if-critical}error: "
        "%{endif}%{category}: %{message}"));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (arguments.isEmpty()) {
        printUsage(err);
        return 2;
    }

    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "ztpw " << ztp::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (command == QLatin1String("init"))
        return runInit(arguments);
    if (command == QLatin1String("serve"))
        return runServe(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("evidence"))
        return runEvidence(arguments);
    if (command == QLatin1String("verify-report"))
        return runVerifyReport(arguments);
    if (command == QLatin1String("history"))
        return runHistory(arguments);
    if (command == QLatin1String("render"))
        return runRender(arguments);
    if (command == QLatin1String("lint"))
        return runLint(arguments);
    if (command == QLatin1String("interfaces"))
        return runInterfaces(arguments);
    if (command == QLatin1String("devices"))
        return runDevices(arguments);
    if (command == QLatin1String("inventory"))
        return runInventory(arguments);
    if (command == QLatin1String("dhcp"))
        return runDhcp(arguments);
    if (command == QLatin1String("console"))
        return runConsole(arguments);

    err << QCoreApplication::translate("ztpw", "Unknown command '%1'. Run 'ztpw --help' for the "
                                               "list of commands.\n")
               .arg(command);
    return 2;
}
