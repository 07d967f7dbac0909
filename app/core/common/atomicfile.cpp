#include "common/atomicfile.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ztp {

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(data) != data.size())
            return Error{QCoreApplication::translate("ztp", "Cannot write %1: %2")
                             .arg(path, device.errorString())};
        return Status::success();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{QCoreApplication::translate("ztp", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    return Status::success();
}

} // namespace ztp
