// Renders one template for every device in a JSON-lines file with the ZTP Workbench engine and
// prints renders per second and the SHA-256 of all outputs joined, in the same form as
// jinja_bench.py so that run-bench.sh can compare speed and output.
//
// Usage: template-bench TEMPLATE DEVICES_JSONL

#include "templates/templateengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <openssl/evp.h>

#include <cstdio>
#include <memory>

namespace {

QList<QVariantMap> readDevices(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<QVariantMap> devices;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (!document.isObject()) {
            *error = QStringLiteral("%1:%2: not a JSON object: %3")
                         .arg(path)
                         .arg(line)
                         .arg(parseError.errorString());
            return {};
        }
        devices.append(document.toVariant().toMap());
    }
    return devices;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "Usage: template-bench TEMPLATE DEVICES_JSONL\n";
        return 2;
    }

    QFile templateFile(arguments.at(1));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        err << "cannot read " << arguments.at(1) << ": " << templateFile.errorString() << '\n';
        return 2;
    }
    const QString source = QString::fromUtf8(templateFile.readAll());
    QString error;
    const QList<QVariantMap> devices = readDevices(arguments.at(2), &error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 2;
    }

    ztp::templates::Environment environment;
    ztp::templates::TemplateError templateError;
    QElapsedTimer compileTimer;
    compileTimer.start();
    const auto compiled = environment.compile(QFileInfo(arguments.at(1)).fileName(), source, &templateError);
    const double compileMs = compileTimer.nsecsElapsed() / 1e6;
    if (!compiled) {
        err << templateError.toString() << '\n';
        return 1;
    }

    // Timed like jinja_bench.py: rendering plus UTF-8 encoding and hashing of each output.
    // The hash is OpenSSL's SHA-256, which Python's hashlib.sha256 uses too on Debian, so both
    // sides spend the same time hashing. QCryptographicHash in Qt 6.4 has its own, slower
    // implementation.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> digest(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!digest || EVP_DigestInit_ex(digest.get(), EVP_sha256(), nullptr) != 1) {
        err << "cannot set up OpenSSL's SHA-256\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    for (const QVariantMap &variables : devices) {
        const QString output = compiled->render(variables, &templateError);
        if (output.isNull()) {
            err << templateError.toString() << '\n';
            return 1;
        }
        const QByteArray utf8 = output.toUtf8();
        EVP_DigestUpdate(digest.get(), utf8.constData(), size_t(utf8.size()));
    }
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int hashSize = 0;
    EVP_DigestFinal_ex(digest.get(), hash, &hashSize);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QByteArray hexHash = QByteArray(reinterpret_cast<const char *>(hash), int(hashSize)).toHex();

    std::printf("engine: %lld renders in %.3f s, %.1f renders/s, sha256 %s (compiled in %.1f ms)\n",
                static_cast<long long>(devices.size()), seconds, devices.size() / seconds,
                hexHash.constData(), compileMs);
    return 0;
}
