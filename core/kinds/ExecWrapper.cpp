// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecWrapper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace volnux {

namespace {
QByteArray find()
{
    // /proc/self/exe rather than argv[0]: right however the program was started, pool workers
    // included.
    const QFileInfo executable(QStringLiteral("/proc/self/exe"));
    const QString helper = QDir::cleanPath(executable.canonicalFilePath() +
                                           QStringLiteral("/../../libexec/volnux-exec"));
    const QByteArray path = QFile::encodeName(helper);
    return ::access(path.constData(), X_OK) == 0 ? path : QByteArray();
}
} // namespace

const QByteArray &ExecWrapper::path()
{
    static const QByteArray found = find();
    return found;
}

} // namespace volnux
