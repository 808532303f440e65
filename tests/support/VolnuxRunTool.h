#pragma once

// Runs the real volnux-run binary for the CLI tests: its exit code and output, trace files.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>

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

} // namespace volnux::test
