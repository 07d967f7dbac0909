// A stand-alone TFTP server for tests and benchmarks that must run it in another network
// namespace (`ip netns exec NS tftp-serve ...`). Prints "listening <port>" on standard
// output once bound, and runs until SIGTERM or SIGINT.

#include "tftp/tftpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace {

volatile std::sig_atomic_t stopRequested = 0;

// Only sets a flag, because little else is safe inside a signal handler; a timer polls it.
void requestStop(int)
{
    stopRequested = 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the ZTP Workbench TFTP server."));
    parser.addHelpOption();
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QStringLiteral("Folder to serve, read-only."),
                                        QStringLiteral("folder"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("IPv4 address to listen on."),
                                           QStringLiteral("address"),
                                           QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Request port; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption interfaceOption(QStringLiteral("interface"),
                                             QStringLiteral("Interface to bind to (SO_BINDTODEVICE)."),
                                             QStringLiteral("name"));
    const QCommandLineOption mtuOption(QStringLiteral("mtu"),
                                       QStringLiteral("MTU that caps blksize at MTU - 32 octets."),
                                       QStringLiteral("octets"), QStringLiteral("1500"));
    const QCommandLineOption uploadOption(QStringLiteral("uploads"),
                                          QStringLiteral("Accept WRQ into this folder."),
                                          QStringLiteral("folder"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"),
                                           QStringLiteral("Retransmission timeout in milliseconds."),
                                           QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption retriesOption(QStringLiteral("retries"),
                                           QStringLiteral("Resends of one packet before a transfer fails."),
                                           QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption busyPollOption(
        QStringLiteral("busy-poll-us"),
        QStringLiteral("Microseconds a lone transfer polls for the next packet; 0 turns it off."),
        QStringLiteral("us"), QStringLiteral("200"));
    const QCommandLineOption perThreadOption(
        QStringLiteral("transfers-per-thread"),
        QStringLiteral("Transfers one worker thread serves at most; 1 gives each its own thread."),
        QStringLiteral("count"), QString::number(ztp::tftp::TftpServerSettings().transfersPerThread));
    parser.addOptions({rootOption, addressOption, portOption, interfaceOption, mtuOption,
                       uploadOption, timeoutOption, retriesOption, busyPollOption, perThreadOption});
    parser.process(app);

    ztp::tftp::TftpServerSettings settings;
    settings.rootDirectory = parser.value(rootOption);
    settings.address = QHostAddress(parser.value(addressOption));
    settings.port = quint16(parser.value(portOption).toUInt());
    settings.interfaceName = parser.value(interfaceOption);
    settings.mtu = parser.value(mtuOption).toInt();
    settings.defaultTimeout = std::chrono::milliseconds(parser.value(timeoutOption).toInt());
    settings.maxRetries = parser.value(retriesOption).toInt();
    settings.busyPollTime = std::chrono::microseconds(parser.value(busyPollOption).toInt());
    settings.transfersPerThread = parser.value(perThreadOption).toInt();
    if (parser.isSet(uploadOption)) {
        settings.allowUploads = true;
        settings.uploadDirectory = parser.value(uploadOption);
    }

    ztp::tftp::TftpServer server(settings);
    const ztp::Status status = server.start();
    QTextStream out(stdout);
    if (!status) {
        QTextStream(stderr) << status.errorString() << Qt::endl;
        return 1;
    }
    out << "listening " << server.serverPort() << Qt::endl;

    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    const int code = app.exec();
    server.stop();
    return code;
}
