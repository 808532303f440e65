// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runner/ConsoleOutput.h"

#include "core/UserText.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace volnux {

bool ConsoleOutput::print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written;
}

void ConsoleOutput::error(const QString &text)
{
    print(stderr, UserText::terminalSafe(text));
}

int ConsoleOutput::output(const QString &text, int code)
{
    errno = 0;
    if (print(stdout, text))
        return code;
    print(stderr, QStringLiteral("volnux-run: cannot write the output: %1\n")
                      .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
    return kWriteFailed;
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat x
    {
    };
    struct stat y
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &x) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &y) == 0)
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace volnux
