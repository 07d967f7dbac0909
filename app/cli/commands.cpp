#include "commands.h"
#include "cliutil.h"

#include "bench/benchservice.h"
#include "http/provisioningservices.h"
#include "platform/netplatform.h"
#include "signalwatcher.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace ztp::cli;

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("w"), QStringLiteral("workspace")},
                              tr("Workspace folder (created with 'ztpw init')."),
                              QStringLiteral("DIR"));
}

// The HTTPS certificate's fingerprint and key pin, for the technician to pin on devices.
void printServerCertificate(const ztp::bench::BenchService &bench)
{
    const ztp::http::ProvisioningServices *services = bench.provisioningServices();
    if (!services || !services->tlsCredentials())
        return;
    const ztp::pki::ServerCredentials &credentials = *services->tlsCredentials();
    QTextStream out(stdout);
    out << tr("HTTPS certificate SHA-256 fingerprint: %1\n").arg(credentials.certificateSha256)
        << tr("HTTPS public key pin: %1\n").arg(credentials.publicKeyPin)
        << tr("CA certificate for devices: %1\n").arg(credentials.caCertificatePath);
}

} // namespace

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a workspace with default settings, an empty "
                                        "inventory and a sample template."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folder of the new workspace."));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("init"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << tr("Give exactly one folder: ztpw init DIR\n");
        return 2;
    }

    const QString directory = parser.positionalArguments().constFirst();
    const auto workspace = ztp::workspace::Workspace::init(directory);
    if (!workspace) {
        QTextStream(stderr) << workspace.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Workspace ready in %1\n").arg(workspace->root());
    return 0;
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run the DHCP, TFTP, HTTP, HTTPS and syslog servers on one "
                                        "interface until SIGINT or SIGTERM."));
    parser.addOption(workspaceOption());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("i"), QStringLiteral("interface")},
                                        tr("Network interface that faces the devices. The servers "
                                           "answer on this interface only."),
                                        QStringLiteral("IF")));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("serve"), arguments, &exitCode))
        return exitCode;
    if (!requireOption(parser, QStringLiteral("workspace"), QStringLiteral("serve"))
        || !requireOption(parser, QStringLiteral("interface"), QStringLiteral("serve")))
        return 2;

    ztp::bench::BenchService bench;
    if (const ztp::Status status = bench.openWorkspace(parser.value(QStringLiteral("workspace")));
        !status) {
        QTextStream(stderr) << status.errorString() << '\n';
        return 1;
    }
    if (const ztp::Status status = bench.start(parser.value(QStringLiteral("interface"))); !status) {
        QTextStream(stderr) << status.errorString() << '\n';
        return 1;
    }
    printServerCertificate(bench);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &bench, [&](int signalNumber) {
        qInfo("stopping on signal %d", signalNumber);
        bench.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int runInterfaces(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the network interfaces the servers can use."));
    int exitCode = 0;
    if (!parseOptions(parser, QStringLiteral("interfaces"), arguments, &exitCode))
        return exitCode;

    QTextStream out(stdout);
    const auto interfaces = ztp::platform::listInterfaces();
    for (const auto &interface : interfaces) {
        out << interface.name << '\t'
            << (interface.address.isNull()
                    ? tr("no IPv4 address")
                    : QStringLiteral("%1/%2").arg(interface.address.toString()).arg(interface.prefixLength))
            << '\t' << ztp::platform::formatMac(interface.mac) << '\t'
            << (interface.up ? tr("up") : tr("down")) << '\n';
    }
    return 0;
}
