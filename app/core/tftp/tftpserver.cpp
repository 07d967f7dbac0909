#include "tftp/tftpserver.h"

#include "common/logging.h"
#include "platform/netplatform.h"
#include "tftp/tftppathresolver.h"
#include "tftp/tftpsession.h"
#include "tftp/tftpworker.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QNetworkDatagram>
#include <QTemporaryFile>
#include <QUdpSocket>

namespace ztp::tftp {

namespace {

// How long checkTimeouts() waits for one transfer to look at its deadline.
constexpr std::chrono::seconds DeadlineCheckWait{5};

// Descriptors kept for everything but TFTP transfers: the other servers, the history database,
// worker threads' eventfds and Qt itself. An estimate with a wide margin.
constexpr int DescriptorReserve = 256;

// Upload names up to this length are stored: NAME_MAX (255 on Linux) less room for a version
// suffix.
constexpr int MaxUploadNameOctets = 200;

QString describe(const QHostAddress &client, quint16 port)
{
    return QStringLiteral("%1:%2").arg(client.toString()).arg(port);
}

// Device keys become folder names; anything but letters, digits, '.', '-' and '_' is replaced.
QString folderNameForKey(const QString &key)
{
    QString name = key;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("unknown");
    return name;
}

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

TftpServer::TftpServer(TftpServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_digests(std::make_unique<FileDigests>())
{
    m_rejectionLogFlush.setSingleShot(true);
    m_rejectionLogFlush.setInterval(std::chrono::seconds(5));
    connect(&m_rejectionLogFlush, &QTimer::timeout, this, &TftpServer::logSuppressedRejections);
}

bool TftpServer::mayLogRejection(const QHostAddress &client)
{
    if (m_rejectionLog.admit(client, SourceRateLimiter::Clock::now()))
        return true;
    if (!m_rejectionLogFlush.isActive())
        m_rejectionLogFlush.start();
    return false;
}

void TftpServer::logSuppressedRejections()
{
    for (const SourceRateLimiter::Suppression &entry : m_rejectionLog.takeSuppressed(SourceRateLimiter::Clock::now()))
        qCWarning(lcTftp).noquote() << entry.count << "more rejected requests from" << entry.source.toString()
                                    << "were not logged";
}

TftpServer::~TftpServer()
{
    stop();
}

void TftpServer::setContentProvider(ContentProvider provider)
{
    m_contentProvider = std::move(provider);
}

void TftpServer::setDeviceKeyResolver(DeviceKeyResolver resolver)
{
    m_deviceKeyResolver = std::move(resolver);
}

Status TftpServer::validateSettings() const
{
    const QFileInfo root(m_settings.rootDirectory);
    if (m_settings.rootDirectory.isEmpty() || !root.isDir())
        return Error{QStringLiteral("The TFTP folder \"%1\" does not exist; create it or choose "
                                    "another folder in the workspace settings.")
                         .arg(m_settings.rootDirectory)};

    const bool rangeSet = m_settings.transferPortFirst != 0 || m_settings.transferPortLast != 0;
    if (rangeSet
        && (m_settings.transferPortFirst == 0
            || m_settings.transferPortLast < m_settings.transferPortFirst))
        return Error{QStringLiteral("The TFTP transfer port range %1-%2 is invalid; give a first "
                                    "and last port with first <= last, or 0-0 for any port.")
                         .arg(m_settings.transferPortFirst)
                         .arg(m_settings.transferPortLast)};

    if (m_settings.allowUploads) {
        const QFileInfo uploads(m_settings.uploadDirectory);
        if (m_settings.uploadDirectory.isEmpty() || !uploads.isDir() || !uploads.isWritable())
            return Error{QStringLiteral("The TFTP upload folder \"%1\" does not exist or is not "
                                        "writable; create it or turn uploads off.")
                             .arg(m_settings.uploadDirectory)};
    }

    if (m_settings.maxRetries < 0 || m_settings.defaultTimeout.count() <= 0)
        return Error{QStringLiteral("The TFTP timeout must be positive and the retry count "
                                    "zero or more.")};
    return Status::success();
}

Status TftpServer::start()
{
    if (isRunning())
        return Status::success();

    if (Status valid = validateSettings(); !valid)
        return valid;

    // Each transfer keeps a socket and a file open. Without descriptors a new worker thread cannot
    // even start (Qt aborts), so the process's open file limit caps the transfers.
    const int limit = platform::raiseDescriptorLimit(2 * m_settings.maxTransfers + DescriptorReserve);
    m_transferLimit = limit < 0
        ? m_settings.maxTransfers
        : std::clamp((limit - DescriptorReserve) / 2, 1, m_settings.maxTransfers);
    if (m_transferLimit < m_settings.maxTransfers)
        qCWarning(lcTftp) << "the open file limit of" << limit << "allows" << m_transferLimit
                          << "simultaneous transfers, not" << m_settings.maxTransfers;

    const Result<qintptr> descriptor = platform::openBoundUdpSocket(
        m_settings.interfaceName, m_settings.address, m_settings.port, false);
    if (!descriptor)
        return Error{QStringLiteral("The TFTP server cannot start: %1")
                         .arg(descriptor.errorString())};

    auto *socket = new QUdpSocket(this);
    if (!socket->setSocketDescriptor(*descriptor, QAbstractSocket::BoundState,
                                     QIODevice::ReadWrite)) {
        const QString error = socket->errorString();
        platform::closeSocket(*descriptor);
        delete socket;
        return Error{QStringLiteral("The TFTP server cannot use its socket: %1").arg(error)};
    }

    m_socket = socket;
    m_resolver = std::make_unique<PathResolver>(m_settings.rootDirectory);
    m_nextPort = m_settings.transferPortFirst;
    connect(m_socket, &QUdpSocket::readyRead, this, &TftpServer::readPendingRequests);

    qCInfo(lcTftp).noquote() << QStringLiteral("TFTP server listening on %1:%2%3, serving %4%5")
                                    .arg(m_settings.address.toString())
                                    .arg(serverPort())
                                    .arg(m_settings.interfaceName.isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (%1)").arg(m_settings.interfaceName),
                                         m_settings.rootDirectory,
                                         m_settings.allowUploads
                                             ? QStringLiteral(", uploads to %1")
                                                   .arg(m_settings.uploadDirectory)
                                             : QString());
    return Status::success();
}

void TftpServer::stop()
{
    if (!m_socket && m_transfers.empty())
        return;

    // Every worker is woken first and waited for after, so they all wind up at once.
    for (const auto &[id, transfer] : m_transfers)
        transfer->session->requestAbort(QStringLiteral("The TFTP server stopped"));
    for (const std::unique_ptr<TransferWorker> &worker : m_workers)
        worker->wake();
    m_workers.clear(); // each destructor waits until its thread has closed its sessions
    for (const auto &[id, transfer] : m_transfers)
        transfer->worker = nullptr;
    deliverReports();

    // Every session has reported its end; anything left here ended without a report.
    m_transfers.clear();
    m_transferIds.clear();
    m_portsInUse.clear();

    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
        qCInfo(lcTftp) << "TFTP server stopped";
    }
}

bool TftpServer::isRunning() const
{
    return m_socket != nullptr;
}

quint16 TftpServer::serverPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void TftpServer::readPendingRequests()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        const QHostAddress client(datagram.senderAddress().toIPv4Address());
        handleRequest(datagram.data(), client, quint16(datagram.senderPort()));
    }
}

void TftpServer::handleRequest(const QByteArray &datagram, const QHostAddress &client,
                               quint16 clientPort)
{
    // No reply can reach port 0, so such a request would only hold a transfer until it timed out.
    if (clientPort == 0) {
        qCDebug(lcTftpPacket) << "ignored a packet from port 0 of" << client.toString();
        return;
    }

    const std::optional<Opcode> opcode = peekOpcode(datagram);
    if (opcode && *opcode != Opcode::Rrq && *opcode != Opcode::Wrq) {
        // Late packets of a finished transfer, or a client sending to the wrong port.
        qCDebug(lcTftpPacket) << "ignored" << opcodeName(*opcode) << "on the request port from"
                              << describe(client, clientPort);
        return;
    }

    const Result<Request> request = parseRequest(datagram);
    if (!request) {
        if (mayLogRejection(client))
            qCWarning(lcTftp).noquote() << QStringLiteral("rejected request from %1: %2")
                                               .arg(describe(client, clientPort), request.errorString());
        rejectRequest(client, clientPort, ErrorCode::IllegalOperation,
                      QStringLiteral("Illegal TFTP operation: %1").arg(request.errorString()));
        return;
    }

    if (m_transferIds.contains(ClientKey{client, clientPort})) {
        // The client resent its request before our first reply arrived.
        qCDebug(lcTftpPacket) << "ignored repeated request from" << describe(client, clientPort);
        return;
    }

    // Each transfer keeps a socket and a file open. A client that floods requests and ignores
    // the replies must not exhaust the descriptors every other device on the bench needs.
    int fromThisClient = 0;
    for (const auto &[id, transfer] : m_transfers) {
        if (transfer->key.address == client)
            ++fromThisClient;
    }
    if (int(m_transfers.size()) >= m_transferLimit
        || fromThisClient >= m_settings.maxTransfersPerClient) {
        if (mayLogRejection(client))
            qCWarning(lcTftp).noquote() << "rejected request from" << describe(client, clientPort)
                                        << ":" << m_transfers.size() << "transfers open,"
                                        << fromThisClient << "from this client";
        rejectRequest(client, clientPort, ErrorCode::NotDefined,
                      QStringLiteral("Server busy: too many transfers open; retry later"));
        return;
    }

    if (request->mode == TransferMode::Mail) {
        rejectRequest(client, clientPort, ErrorCode::IllegalOperation,
                      QStringLiteral("Illegal TFTP operation: mail mode is not supported"));
        return;
    }

    if (request->opcode == Opcode::Wrq)
        startWrite(*request, client, clientPort);
    else
        startRead(*request, client, clientPort);
}

void TftpServer::startRead(const Request &request, const QHostAddress &client, quint16 clientPort)
{
    PathError pathError;
    const std::optional<QStringList> components = splitRequestPath(request.fileName, &pathError);
    if (!components) {
        rejectRequest(client, clientPort, pathError.code, pathError.message);
        return;
    }
    const QString normalisedName = components->join(QLatin1Char('/'));

    TransferRecord record;
    record.client = client;
    record.clientPort = clientPort;
    record.fileName = request.fileName;

    std::unique_ptr<QIODevice> device;
    std::optional<qint64> transferSize;
    std::shared_ptr<const SharedDigest> sharedDigest;
    int fileDescriptor = -1;

    std::optional<DynamicContent> dynamic;
    if (m_contentProvider) {
        QString providerError;
        dynamic = m_contentProvider(normalisedName, client, &providerError);
        if (!providerError.isEmpty()) {
            rejectRequest(client, clientPort, ErrorCode::FileNotFound, providerError);
            return;
        }
    }

    if (dynamic) {
        record.dynamic = true;
        record.deviceKey = dynamic->deviceKey;
        transferSize = request.mode == TransferMode::Netascii
            ? qint64(encodeNetascii(dynamic->data).size())
            : qint64(dynamic->data.size());
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(dynamic->data);
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    } else {
        const std::optional<ResolvedPath> resolved = m_resolver->resolve(request.fileName, &pathError);
        if (!resolved) {
            rejectRequest(client, clientPort, pathError.code, pathError.message);
            return;
        }
        if (resolved->caseMismatch)
            qCInfo(lcTftp).noquote() << QStringLiteral("%1 requested \"%2\"; serving \"%3\", whose "
                                                       "name differs only in case")
                                            .arg(describe(client, clientPort), request.fileName,
                                                 resolved->relativePath);

        auto file = std::make_unique<QFile>(resolved->absolutePath);
        if (!file->open(QIODevice::ReadOnly)) {
            qCWarning(lcTftp).noquote() << QStringLiteral("cannot open %1: %2")
                                               .arg(resolved->absolutePath, file->errorString());
            rejectRequest(client, clientPort, ErrorCode::AccessViolation,
                          QStringLiteral("Access violation: the file cannot be opened"));
            return;
        }
        if (request.mode == TransferMode::Netascii) {
            // The encoded size differs from the file size. Counting it reads the whole file on
            // this thread, so it is done only for a client that asked for tsize.
            const bool tsizeRequested = std::any_of(request.options.cbegin(), request.options.cend(),
                                                    [](const auto &option) {
                                                        return option.first.compare(QLatin1String("tsize"),
                                                                                    Qt::CaseInsensitive) == 0;
                                                    });
            QFile counter(resolved->absolutePath);
            if (tsizeRequested && counter.open(QIODevice::ReadOnly))
                transferSize = netasciiEncodedSize(&counter);
        } else {
            transferSize = file->size();
            sharedDigest = m_digests->forFile(resolved->absolutePath, file->handle());
            fileDescriptor = file->handle();
        }
        record.localPath = resolved->absolutePath;
        device = std::move(file);
    }
    record.totalBytes = transferSize.value_or(-1);

    NegotiationContext context;
    context.opcode = Opcode::Rrq;
    context.mode = request.mode;
    context.maxBlockSize = maxBlockSize();
    context.transferSize = transferSize;
    NegotiatedOptions options = negotiateOptions(request.options, context);
    if (!options.ignored.isEmpty())
        qCInfo(lcTftp).noquote() << QStringLiteral("%1: ignored options %2")
                                        .arg(describe(client, clientPort),
                                             options.ignored.join(QStringLiteral(", ")));

    quint16 localPort = 0;
    Result<TransferSocket> socket = openTransferSocket(&localPort);
    if (!socket) {
        qCWarning(lcTftp).noquote() << QStringLiteral("cannot open a transfer socket for %1: %2")
                                           .arg(describe(client, clientPort), socket.errorString());
        rejectRequest(client, clientPort, ErrorCode::NotDefined,
                      QStringLiteral("The server has no free transfer port; try again later"));
        return;
    }

    record.id = m_nextTransferId++;
    record.started = QDateTime::currentDateTimeUtc();

    const int blockSize = options.blockSize;
    const int windowSize = options.windowSize;
    auto reader = std::make_unique<BlockReader>(std::move(device), request.mode);
    SessionParameters parameters = sessionParameters(record, request, std::move(options));
    parameters.sharedDigest = std::move(sharedDigest);
    parameters.fileDescriptor = fileDescriptor;
    auto session = std::make_unique<TftpReadSession>(std::move(socket.value()), std::move(parameters),
                                                     std::move(reader));
    qCInfo(lcTftp).noquote() << QStringLiteral("transfer %1: sending %2%3 to %4, %5, blksize %6, "
                                               "windowsize %7")
                                    .arg(record.id)
                                    .arg(request.fileName,
                                         record.dynamic ? QStringLiteral(" (generated)") : QString(),
                                         describe(client, clientPort), modeName(request.mode))
                                    .arg(blockSize)
                                    .arg(windowSize);
    addTransfer(std::move(session), ClientKey{client, clientPort}, localPort);
}

void TftpServer::startWrite(const Request &request, const QHostAddress &client, quint16 clientPort)
{
    if (!m_settings.allowUploads) {
        rejectRequest(client, clientPort, ErrorCode::AccessViolation,
                      QStringLiteral("Access violation: uploads are turned off on this server"));
        return;
    }

    PathError pathError;
    const std::optional<QStringList> components = splitRequestPath(request.fileName, &pathError);
    if (!components) {
        rejectRequest(client, clientPort, pathError.code, pathError.message);
        return;
    }

    // The name gets a "-NNNN" version suffix when it is taken, and must still fit NAME_MAX.
    if (components->constLast().toUtf8().size() > MaxUploadNameOctets) {
        rejectRequest(client, clientPort, ErrorCode::AccessViolation,
                      QStringLiteral("Access violation: upload names are limited to %1 octets")
                          .arg(MaxUploadNameOctets));
        return;
    }

    // Only the last component is kept: each device gets one flat folder.
    const QString deviceKey = deviceKeyFor(client);
    const QString folder = QDir(m_settings.uploadDirectory).filePath(folderNameForKey(deviceKey));
    if (!QDir().mkpath(folder)) {
        qCWarning(lcTftp).noquote() << QStringLiteral("cannot create upload folder %1").arg(folder);
        rejectRequest(client, clientPort, ErrorCode::AccessViolation,
                      QStringLiteral("Access violation: the upload folder cannot be created"));
        return;
    }

    NegotiationContext context;
    context.opcode = Opcode::Wrq;
    context.mode = request.mode;
    context.maxBlockSize = maxBlockSize();
    NegotiatedOptions options = negotiateOptions(request.options, context);

    // Concurrent uploads of one device share its budget. The folder is measured only when none
    // is running, because their partial files are in it and already counted.
    TftpWriteSession::UploadBudget budget = m_uploadBudgets[folder].lock();
    if (!budget) {
        budget = std::make_shared<std::atomic<qint64>>(m_settings.uploadQuota - folderSize(folder));
        m_uploadBudgets[folder] = budget;
    }
    const qint64 quotaRemaining = budget->load();
    if (quotaRemaining <= 0 || (options.transferSize && *options.transferSize > quotaRemaining)) {
        rejectRequest(client, clientPort, ErrorCode::DiskFull,
                      QStringLiteral("Disk full or allocation exceeded: the upload quota leaves "
                                     "%1 octets")
                          .arg(std::max<qint64>(quotaRemaining, 0)));
        return;
    }

    auto temporary = std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral(".upload-XXXXXX.part")));
    temporary->setAutoRemove(false);
    if (!temporary->open()) {
        qCWarning(lcTftp).noquote() << QStringLiteral("cannot create a temporary file in %1: %2")
                                           .arg(folder, temporary->errorString());
        rejectRequest(client, clientPort, ErrorCode::AccessViolation,
                      QStringLiteral("Access violation: cannot create the upload file"));
        return;
    }

    quint16 localPort = 0;
    Result<TransferSocket> socket = openTransferSocket(&localPort);
    if (!socket) {
        QFile::remove(temporary->fileName());
        rejectRequest(client, clientPort, ErrorCode::NotDefined,
                      QStringLiteral("The server has no free transfer port; try again later"));
        return;
    }

    TransferRecord record;
    record.id = m_nextTransferId++;
    record.client = client;
    record.clientPort = clientPort;
    record.fileName = request.fileName;
    record.deviceKey = deviceKey;
    record.upload = true;
    record.totalBytes = options.transferSize.value_or(-1);
    record.started = QDateTime::currentDateTimeUtc();

    const QString target = QDir(folder).filePath(components->last());
    auto session = std::make_unique<TftpWriteSession>(
        std::move(socket.value()), sessionParameters(record, request, std::move(options)),
        std::move(temporary), target, std::move(budget));
    qCInfo(lcTftp).noquote() << QStringLiteral("transfer %1: receiving %2 from %3 into %4")
                                    .arg(record.id)
                                    .arg(request.fileName, describe(client, clientPort), folder);
    addTransfer(std::move(session), ClientKey{client, clientPort}, localPort);
}

SessionParameters TftpServer::sessionParameters(const TransferRecord &record,
                                                const Request &request, NegotiatedOptions options)
{
    SessionParameters parameters;
    parameters.record = record;
    parameters.mode = request.mode;
    parameters.timeout = options.timeout ? std::chrono::milliseconds(*options.timeout)
                                         : m_settings.defaultTimeout;
    parameters.initialTimeout = std::min(parameters.timeout, m_settings.defaultTimeout);
    parameters.maxRetries = m_settings.maxRetries;
    parameters.rolloverToZero = m_settings.rolloverToZero;
    parameters.clock = m_settings.clock;
    parameters.options = std::move(options);
    return parameters;
}

bool TftpServer::addTransfer(std::unique_ptr<TftpSession> session, const ClientKey &key,
                             quint16 localPort)
{
    const TransferRecord record = session->startRecord();
    TransferWorker *worker = workerWithRoom();
    if (!worker) {
        session.reset(); // closes the transfer socket before the error goes out from another
        rejectRequest(key.address, key.port, ErrorCode::NotDefined,
                      QStringLiteral("Server busy: cannot start the transfer; retry later"));
        return false;
    }
    // Set before the worker starts the session, so its first reply can already poll.
    session->setBusyPollTime(m_transfers.empty() ? m_settings.busyPollTime
                                                 : std::chrono::microseconds(0));
    TftpSession *started = session.get();

    auto transfer = std::make_unique<Transfer>();
    transfer->session = std::move(session);
    transfer->worker = worker;
    transfer->key = key;
    transfer->localPort = localPort;
    m_transfers.emplace(record.id, std::move(transfer));
    m_transferIds.insert(key, record.id);
    if (localPort != 0 && m_settings.transferPortFirst != 0)
        m_portsInUse.insert(localPort);
    updateBusyPolling();
    worker->add(started);

    // The worker's reports wait in the queue until this thread delivers them, so this signal
    // comes first.
    emit transferStarted(record);
    return true;
}

TransferWorker *TftpServer::workerWithRoom()
{
    TransferWorker *leastLoaded = nullptr;
    for (const std::unique_ptr<TransferWorker> &worker : m_workers) {
        if (!leastLoaded || worker->assignedCount() < leastLoaded->assignedCount())
            leastLoaded = worker.get();
    }
    if (leastLoaded && leastLoaded->assignedCount() < std::max(m_settings.transfersPerThread, 1))
        return leastLoaded;
    // More workers than processors only add thread switches: each would wait for a processor
    // to send its next packet anyway.
    if (leastLoaded && qsizetype(m_workers.size()) >= platform::usableProcessorCount())
        return leastLoaded;

    auto worker = std::make_unique<TransferWorker>(
        QStringLiteral("tftp worker %1").arg(m_nextWorkerNumber++), m_settings.clock,
        [this](std::vector<SessionReport> &&reports) { queueReports(std::move(reports)); },
        m_settings.busyPollTime);
    if (!worker->start())
        return nullptr;
    m_workers.push_back(std::move(worker));
    return m_workers.back().get();
}

void TftpServer::queueReports(std::vector<SessionReport> &&reports)
{
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_reportMutex);
        wasEmpty = m_reports.empty();
        std::move(reports.begin(), reports.end(), std::back_inserter(m_reports));
    }
    // One queued call delivers everything that arrives until it runs.
    if (wasEmpty)
        QMetaObject::invokeMethod(this, &TftpServer::deliverReports, Qt::QueuedConnection);
}

void TftpServer::deliverReports()
{
    std::vector<SessionReport> reports;
    {
        std::lock_guard lock(m_reportMutex);
        reports.swap(m_reports);
    }

    for (SessionReport &report : reports) {
        switch (report.kind) {
        case SessionReport::Kind::Progress:
            emit transferProgress(report.id, report.bytesSent, report.totalBytes,
                                  report.bytesPerSecond);
            break;
        case SessionReport::Kind::Finished:
            emit transferFinished(report.record);
            break;
        case SessionReport::Kind::Closed:
            releaseTransfer(report.id);
            break;
        }
    }
}

void TftpServer::releaseTransfer(quint64 id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return; // stop() released it while a slot of ours ran
    const std::unique_ptr<Transfer> transfer = std::move(it->second);
    m_transfers.erase(it);

    // The worker passed Closed on after its last use of the session, which is deleted here.
    if (TransferWorker *worker = transfer->worker) {
        worker->release();
        // An idle worker ends, so a burst of transfers leaves no threads behind. Its thread
        // only waits for requests now, so the destructor returns at once.
        if (worker->assignedCount() == 0)
            std::erase_if(m_workers, [worker](const std::unique_ptr<TransferWorker> &candidate) {
                return candidate.get() == worker;
            });
    }
    if (m_transferIds.value(transfer->key) == id)
        m_transferIds.remove(transfer->key);
    m_portsInUse.remove(transfer->localPort);
    updateBusyPolling();
}

void TftpServer::checkTimeouts()
{
    std::vector<std::pair<TransferWorker *, quint64>> tickets;
    for (const std::unique_ptr<TransferWorker> &worker : m_workers)
        tickets.emplace_back(worker.get(), worker->requestDeadlineCheck());
    for (const auto &[worker, ticket] : tickets) {
        if (!worker->waitForDeadlineCheck(ticket, DeadlineCheckWait))
            qCWarning(lcTftp) << "a TFTP worker did not check its deadlines within"
                              << DeadlineCheckWait.count() << "s";
    }
    deliverReports();
}

void TftpServer::updateBusyPolling()
{
    const bool alone = m_transfers.size() == 1;
    for (const auto &[id, transfer] : m_transfers)
        transfer->session->setBusyPollTime(alone ? m_settings.busyPollTime
                                                 : std::chrono::microseconds(0));
}

void TftpServer::rejectRequest(const QHostAddress &client, quint16 clientPort, ErrorCode code,
                               const QString &message)
{
    if (mayLogRejection(client))
        qCInfo(lcTftp).noquote() << QStringLiteral("rejected request from %1 with ERROR %2: %3")
                                        .arg(describe(client, clientPort))
                                        .arg(quint16(code))
                                        .arg(message);

    // RFC 1350 section 4: replies come from a new transfer ID, errors included. The request
    // port is the fallback when no transfer port is free.
    const QByteArray error = encodeError(code, message);
    quint16 localPort = 0;
    Result<TransferSocket> socket = openTransferSocket(&localPort);
    if (socket)
        socket->send(UdpEndpoint{client.toIPv4Address(), clientPort}, error, {}, nullptr);
    else if (m_socket)
        m_socket->writeDatagram(error, client, clientPort);
}

Result<TransferSocket> TftpServer::openTransferSocket(quint16 *localPort)
{
    const bool useRange = m_settings.transferPortFirst != 0;
    const int rangeSize = useRange ? m_settings.transferPortLast - m_settings.transferPortFirst + 1 : 1;
    QString lastError;

    // Ports of our own live transfers are skipped without a bind() that would fail anyway.
    for (int attempt = 0; attempt < rangeSize; ++attempt) {
        quint16 port = 0;
        if (useRange) {
            port = m_nextPort;
            m_nextPort = port >= m_settings.transferPortLast ? m_settings.transferPortFirst
                                                            : quint16(port + 1);
            if (m_portsInUse.contains(port))
                continue;
        }

        const Result<qintptr> descriptor = platform::openBoundUdpSocket(
            m_settings.interfaceName, m_settings.address, port, false);
        if (!descriptor) {
            lastError = descriptor.errorString();
            continue;
        }
        TransferSocket socket(*descriptor);
        *localPort = socket.localPort();
        return socket;
    }

    if (lastError.isEmpty())
        lastError = QStringLiteral("all ports %1-%2 are in use")
                        .arg(m_settings.transferPortFirst)
                        .arg(m_settings.transferPortLast);
    return Error{lastError};
}

int TftpServer::maxBlockSize() const
{
    return std::clamp(m_settings.mtu - BlockSizeHeaderOverhead, MinimumBlockSize, MaximumBlockSize);
}

QString TftpServer::deviceKeyFor(const QHostAddress &client) const
{
    if (m_deviceKeyResolver) {
        const QString key = m_deviceKeyResolver(client);
        if (!key.isEmpty())
            return key;
    }
    return client.toString();
}

} // namespace ztp::tftp
