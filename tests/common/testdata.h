#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Reads a hex fixture from tests/data: bytes as hex pairs, whitespace ignored, '#' starts a
// comment that runs to the end of the line.
inline QByteArray readHexFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(ZTPW_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open fixture %s", qPrintable(file.fileName()));
        return {};
    }
    QByteArray hex;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (QByteArray line : lines) {
        const qsizetype comment = line.indexOf('#');
        if (comment >= 0)
            line.truncate(comment);
        hex += line.simplified().replace(' ', "");
    }
    return QByteArray::fromHex(hex);
}

inline QByteArray hexBytes(const char *spacedHex)
{
    return QByteArray::fromHex(QByteArray(spacedHex).replace(' ', ""));
}
