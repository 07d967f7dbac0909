#pragma once

#include "tftp/tftppacket.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ztp::tftp {

// The ERROR code and message sent when a requested name cannot be served.
struct PathError
{
    ErrorCode code = ErrorCode::FileNotFound;
    QString message;
};

struct ResolvedPath
{
    QString absolutePath; // canonical, symbolic links resolved
    QString relativePath; // as found on disk, relative to the root
    bool caseMismatch = false;
};

// Splits a requested file name into path components. Backslashes count as separators because
// Windows-built firmware sends them. A leading slash, empty components and "." are dropped, so
// "/cfg//./sw1" becomes {"cfg", "sw1"}. Returns nullopt with AccessViolation when any
// component is "..", and when nothing is left.
std::optional<QStringList> splitRequestPath(const QString &fileName, PathError *error);

// Maps requested names onto readable regular files below one root folder. Each component is
// checked after symbolic links are resolved, so neither ".." nor a link can leave the root.
// When a component has no exact match but exactly one entry in its folder matches it
// case-insensitively, that entry is used: switches often request "Network-Confg" for a file
// saved as "network-confg".
class PathResolver
{
public:
    explicit PathResolver(const QString &rootDirectory);

    // False when the root folder does not exist.
    bool isValid() const { return !m_root.isEmpty(); }

    std::optional<ResolvedPath> resolve(const QString &fileName, PathError *error) const;

private:
    QString m_root; // canonical
};

} // namespace ztp::tftp
