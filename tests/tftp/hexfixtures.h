#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

// Reads "name: hex octets" lines from a file under tests/data/tftp. Lines starting with '#'
// and blank lines are skipped; spaces inside the hex are ignored.
inline QHash<QString, QByteArray> loadHexFixtures(const QString &fileName)
{
    QHash<QString, QByteArray> fixtures;
    QFile file(QStringLiteral(ZTP_TFTP_TEST_DATA "/") + fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fixtures;

    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QString name = QString::fromLatin1(line.left(colon).trimmed());
        QByteArray hex = line.mid(colon + 1);
        hex.replace(' ', QByteArray());
        fixtures.insert(name, QByteArray::fromHex(hex));
    }
    return fixtures;
}
