// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real volnux-run binary for the CLI tests: its exit code and output, trace files,
// the projects it is given.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace volnux::test {

inline QString binDir()
{
    return qEnvironmentVariable("VOLNUX_BIN_DIR");
}

inline QString sourceDir()
{
    return qEnvironmentVariable("VOLNUX_SOURCE_DIR");
}

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolResult
runTool(const QStringList &args, int timeoutMs = 30000, const QString &workingDirectory = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(binDir() + QStringLiteral("/volnux-run"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    return {code, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QList<QJsonObject> readTrace(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

// The lines of a trace of one type ("attempt", "task", "event", "run"), of one event if given.
inline QList<QJsonObject> ofType(const QList<QJsonObject> &lines, const QString &type,
                                 const QString &event = {})
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : lines) {
        if (o[QStringLiteral("type")].toString() == type &&
            (event.isEmpty() || o[QStringLiteral("event")].toString() == event))
            out << o;
    }
    return out;
}

// Writes `json` to `name` in `dir`; returns its path, or an empty string if it cannot.
inline QString writeProject(const QTemporaryDir &dir, const QString &name, const QByteArray &json)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return {};
    return path;
}

} // namespace volnux::test
