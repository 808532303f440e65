// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ProcessIdentity.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace volnux {

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

QString bootId()
{
    static const QString id =
        QString::fromLatin1(readSmallFile(QStringLiteral("/proc/sys/kernel/random/boot_id")))
            .trimmed();
    return id;
}

// Field 22 of /proc/<pid>/stat, counted after the command name (which may hold spaces).
QString startTime(qint64 pid)
{
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
}

} // namespace

QString ProcessIdentity::ofThisProcess()
{
    return of(qint64(::getpid()));
}

QString ProcessIdentity::of(qint64 pid)
{
    const QString start = startTime(pid);
    if (start.isEmpty())
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM ? QStringLiteral("pid:%1").arg(pid)
                                                            : QString();
    return QStringLiteral("%1:%2:%3").arg(bootId()).arg(pid).arg(start);
}

bool ProcessIdentity::isAlive(const QString &identity)
{
    const QStringList parts = identity.split(QLatin1Char(':'));
    if (parts.size() < 2)
        return false;
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    return ok && pid > 0 && of(pid) == identity;
}

} // namespace volnux
