// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileKind.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace volnux {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void setBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
}

} // namespace

QString FileKind::describe(unsigned mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG:
        return QStringLiteral("a regular file");
    case S_IFDIR:
        return QStringLiteral("a directory");
    case S_IFIFO:
        return QStringLiteral("a FIFO (named pipe)");
    case S_IFSOCK:
        return QStringLiteral("a socket");
    case S_IFCHR:
        return QStringLiteral("a character device");
    case S_IFBLK:
        return QStringLiteral("a block device");
    default:
        return QStringLiteral("not a regular file");
    }
}

bool FileKind::openRegularForReading(QFile &file, const QString &path, QString *error)
{
    // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = systemError(errno);
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int saved = errno;
        *error = S_ISREG(st.st_mode) ? systemError(saved)
                                     : QStringLiteral("it is %1, not a regular file")
                                           .arg(describe(unsigned(st.st_mode)));
        ::close(fd);
        return false;
    }
    setBlocking(fd);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(fd);
        return false;
    }
    return true;
}

bool FileKind::openForWriting(QFile &file, const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    // Without O_TRUNC: what the path is gets checked before anything is destroyed. O_NONBLOCK:
    // opening a FIFO nobody reads fails with ENXIO instead of waiting forever for a reader.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0666);
    if (fd < 0) {
        const int saved = errno;
        struct stat st = {};
        if (saved == ENXIO && ::stat(name.constData(), &st) == 0 && S_ISFIFO(st.st_mode))
            *error = QStringLiteral("it is a FIFO (named pipe) that no process is reading; "
                                    "writing it would wait forever");
        else if (saved == ENXIO && ::stat(name.constData(), &st) == 0)
            *error = QStringLiteral("it is %1, not a file").arg(describe(unsigned(st.st_mode)));
        else
            *error = systemError(saved);
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        *error = systemError(errno);
        ::close(fd);
        return false;
    }
    const bool regular = S_ISREG(st.st_mode);
    if (!regular && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
        *error = QStringLiteral("it is %1, not a file").arg(describe(unsigned(st.st_mode)));
        ::close(fd);
        return false;
    }
    if (regular && ::ftruncate(fd, 0) != 0) {
        *error = systemError(errno);
        ::close(fd);
        return false;
    }
    setBlocking(fd); // a reader is there: from now on, wait for it like any writer
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(fd);
        return false;
    }
    return true;
}

bool FileKind::sameFile(const QString &a, const QString &b)
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
