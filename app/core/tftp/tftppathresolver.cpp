#include "tftp/tftppathresolver.h"

#include <QDir>
#include <QFileInfo>

namespace ztp::tftp {

namespace {

void setError(PathError *error, ErrorCode code, const QString &message)
{
    if (error)
        *error = PathError{code, message};
}

// The one entry of folder whose name equals name ignoring case, or an empty string when
// there is none or more than one.
QString findCaseInsensitive(const QString &folder, const QString &name)
{
    const QStringList entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QString match;
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!match.isEmpty())
            return {};
        match = entry;
    }
    return match;
}

} // namespace

std::optional<QStringList> splitRequestPath(const QString &fileName, PathError *error)
{
    QString path = fileName;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));

    QStringList components;
    for (const QString &component : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (component == QLatin1String("."))
            continue;
        if (component == QLatin1String("..")) {
            setError(error, ErrorCode::AccessViolation,
                     QStringLiteral("Access violation: \"..\" is not allowed in file names"));
            return std::nullopt;
        }
        components.append(component);
    }

    if (components.isEmpty()) {
        setError(error, ErrorCode::AccessViolation,
                 QStringLiteral("Access violation: the file name names no file"));
        return std::nullopt;
    }
    return components;
}

PathResolver::PathResolver(const QString &rootDirectory)
    : m_root(QFileInfo(rootDirectory).canonicalFilePath())
{
}

std::optional<ResolvedPath> PathResolver::resolve(const QString &fileName, PathError *error) const
{
    if (m_root.isEmpty()) {
        setError(error, ErrorCode::FileNotFound, QStringLiteral("File not found"));
        return std::nullopt;
    }

    const std::optional<QStringList> components = splitRequestPath(fileName, error);
    if (!components)
        return std::nullopt;

    ResolvedPath resolved;
    QString current = m_root;
    QStringList found;

    for (const QString &component : *components) {
        QString entry = component;
        if (!QFileInfo::exists(current + QLatin1Char('/') + entry)) {
            entry = findCaseInsensitive(current, component);
            if (entry.isEmpty()) {
                setError(error, ErrorCode::FileNotFound, QStringLiteral("File not found"));
                return std::nullopt;
            }
            resolved.caseMismatch = true;
        }

        // Resolve links after every step, so a link pointing outside the root is caught even
        // when a later component would lead back in.
        const QString canonical = QFileInfo(current + QLatin1Char('/') + entry).canonicalFilePath();
        if (canonical.isEmpty()) {
            setError(error, ErrorCode::FileNotFound, QStringLiteral("File not found"));
            return std::nullopt;
        }
        if (canonical != m_root && !canonical.startsWith(m_root + QLatin1Char('/'))) {
            setError(error, ErrorCode::AccessViolation,
                     QStringLiteral("Access violation: the path leaves the served folder"));
            return std::nullopt;
        }

        current = canonical;
        found.append(entry);
    }

    const QFileInfo info(current);
    if (!info.isFile()) {
        setError(error, ErrorCode::AccessViolation,
                 QStringLiteral("Access violation: not a regular file"));
        return std::nullopt;
    }
    if (!info.isReadable()) {
        setError(error, ErrorCode::AccessViolation,
                 QStringLiteral("Access violation: the file is not readable"));
        return std::nullopt;
    }

    resolved.absolutePath = current;
    resolved.relativePath = found.join(QLatin1Char('/'));
    return resolved;
}

} // namespace ztp::tftp
