#include "serial/bauddetector.h"

#include "common/logging.h"
#include "serial/consoleport.h"

namespace ztp::serial {

double scorePrintable(QByteArrayView output)
{
    if (output.isEmpty())
        return 0;

    qsizetype printable = 0;
    for (const char byte : output) {
        const uchar value = uchar(byte);
        if ((value >= 0x20 && value < 0x7f) || value == '\r' || value == '\n' || value == '\t')
            ++printable;
    }
    // A single stray byte is as likely noise as text, so short output scores less.
    const double volume = qMin(1.0, double(output.size()) / 4.0);
    return double(printable) / double(output.size()) * volume;
}

BaudDetector::BaudDetector(ConsolePort *port, const QByteArray &lineEnding, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_lineEnding(lineEnding)
    , m_candidates(commonRates())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BaudDetector::onListenFinished);
}

QList<qint32> BaudDetector::commonRates()
{
    return {9600, 115200, 19200, 38400, 57600, 4800, 2400};
}

void BaudDetector::start()
{
    m_index = -1;
    m_bestRate = 0;
    m_bestScore = 0;
    m_originalRate = m_port->settings().baudRate;
    m_dataConnection = connect(m_port, &ConsolePort::dataReceived, this,
                               [this](const QByteArray &data) { m_output += data; });
    qCInfo(lcSerial).noquote() << "detecting the baud rate on" << m_port->portName();
    tryNext();
}

void BaudDetector::tryNext()
{
    ++m_index;
    if (m_index >= m_candidates.size()) {
        disconnect(m_dataConnection);
        const qint32 rate = m_bestScore >= AcceptScore ? m_bestRate : 0;
        m_port->setBaudRate(rate != 0 ? rate : m_originalRate);
        qCInfo(lcSerial).noquote() << "baud rate on" << m_port->portName() << ":"
                                   << (rate != 0 ? QString::number(rate) : QStringLiteral("not found"))
                                   << "score" << m_bestScore;
        emit finished(rate, m_bestScore);
        return;
    }

    const qint32 rate = m_candidates.at(m_index);
    if (const Status status = m_port->setBaudRate(rate); !status) {
        qCWarning(lcSerial).noquote() << status.errorString();
        tryNext();
        return;
    }
    m_port->clearBuffers();
    m_output.clear();
    m_port->write(m_lineEnding);
    m_timer.start(m_listenTime);
}

void BaudDetector::onListenFinished()
{
    const qint32 rate = m_candidates.at(m_index);
    const double score = scorePrintable(m_output);
    qCInfo(lcSerial).noquote() << "baud rate" << rate << "scored" << score << "on" << m_output.size() << "bytes";
    emit rateTried(rate, score);

    if (score > m_bestScore) {
        m_bestScore = score;
        m_bestRate = rate;
    }
    // A fully printable answer of a prompt's length is as good as it gets: stop here.
    if (score >= 0.99 && m_output.size() >= 4)
        m_index = m_candidates.size() - 1;
    tryNext();
}

} // namespace ztp::serial
