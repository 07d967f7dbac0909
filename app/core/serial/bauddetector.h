#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ztp::serial {

class ConsolePort;

// Scores how much `output` looks like text a console prints at the right baud rate: the share
// of printable ASCII, CR, LF and tab, scaled down for fewer than 4 bytes. 0 for no output. At a
// wrong rate a UART delivers framing garbage, mostly bytes above 0x7f and control codes.
double scorePrintable(QByteArrayView output);

// Finds a console's baud rate: for each candidate rate it sends a line ending, listens, and
// scores the output with scorePrintable(). Stops early when the output is fully printable. Leaves the port at the
// best rate, or at the rate it had if no rate scored above the threshold.
class BaudDetector : public QObject
{
    Q_OBJECT

public:
    BaudDetector(ConsolePort *port, const QByteArray &lineEnding, QObject *parent = nullptr);

    // The rates that console ports ship with, most common first.
    static QList<qint32> commonRates();
    void setCandidates(const QList<qint32> &rates) { m_candidates = rates; }
    void setListenTime(std::chrono::milliseconds time) { m_listenTime = time; }
    void start();

    static constexpr double AcceptScore = 0.9;

signals:
    void rateTried(qint32 baudRate, double score);
    // `baudRate` is 0 when no candidate scored AcceptScore or more.
    void finished(qint32 baudRate, double score);

private:
    void tryNext();
    void onListenFinished();

    ConsolePort *m_port;
    QByteArray m_lineEnding;
    QList<qint32> m_candidates;
    std::chrono::milliseconds m_listenTime {400};
    qsizetype m_index = -1;
    qint32 m_originalRate = 0;
    qint32 m_bestRate = 0;
    double m_bestScore = 0;
    QByteArray m_output;
    QTimer m_timer;
    QMetaObject::Connection m_dataConnection;
};

} // namespace ztp::serial
