// Build-time tool: compiles the IEEE registries shipped by Debian's ieee-data package
// (/usr/share/ieee-data/oui.csv, mam.csv, oui36.csv) into the compact table that
// ztp::devices::OuiRegistry reads from the :/ztpw/oui/oui.tsv resource.
//
// Output: one line per assignment, "<hex prefix>\t<organisation>\n", sorted by prefix. The
// prefix has 6 (MA-L), 7 (MA-M) or 9 (MA-S) hex digits. Addresses are dropped, so the table is
// a third of the input's size (1.3 MB from 4.0 MB for ieee-data 20220827.1), and rcc
// compresses it further.
//
// Usage: ztp_oui_compile OUTPUT INPUT.csv...

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// Splits one CSV line of the IEEE export: comma-separated, fields with commas are quoted and
// quotes inside them are doubled.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            field.append(c);
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

bool readRegistry(const QString &path, QMap<QString, QString> &table, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << "ztp_oui_compile: cannot read " << path << ": " << file.errorString()
            << "; install the ieee-data package\n";
        return false;
    }

    static const QRegularExpression prefix(QStringLiteral("^[0-9A-F]{6}([0-9A-F]|[0-9A-F]{3})?$"));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine(); // Registry,Assignment,Organization Name,Organization Address
    while (!in.atEnd()) {
        const QStringList fields = splitCsvLine(in.readLine());
        if (fields.size() < 3 || !prefix.match(fields.at(1)).hasMatch())
            continue;
        const QString organisation = fields.at(2).simplified();
        if (!organisation.isEmpty())
            table.insert(fields.at(1), organisation);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 3) {
        err << "usage: ztp_oui_compile OUTPUT INPUT.csv...\n";
        return 2;
    }

    QMap<QString, QString> table;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (!readRegistry(arguments.at(i), table, err))
            return 1;
    }

    QFile output(arguments.at(1));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "ztp_oui_compile: cannot write " << output.fileName() << ": " << output.errorString() << '\n';
        return 1;
    }
    QTextStream out(&output);
    out.setEncoding(QStringConverter::Utf8);
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        out << it.key() << '\t' << it.value() << '\n';
    return 0;
}
