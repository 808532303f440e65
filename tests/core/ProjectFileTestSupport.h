// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the project-file tests share: where the source tree is, and small projects to parse.

#include "core/project/ProjectFile.h"

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace volnux::test {

// A folder of the source tree: from CTest's VOLNUX_SOURCE_DIR, or else next to this file (a
// compiler cache may have made __FILE__, which QFINDTESTDATA reads, a relative path).
inline QString sourcePath(const char *relative)
{
    const QString root = qEnvironmentVariable("VOLNUX_SOURCE_DIR");
    if (!root.isEmpty())
        return root + QLatin1Char('/') + QLatin1String(relative);
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../../") +
           QLatin1String(relative);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray minimalFile(const QByteArray &eventJson)
{
    return R"({"format": "volnux-project", "version": 1, "name": "t", "events": [)" + eventJson +
           "]}";
}

inline Project parsed(const QByteArray &json)
{
    const auto result = ProjectFile::parse(json);
    if (!result)
        qWarning().noquote() << result.errorString();
    return result ? *result : Project{};
}

// A project using every key, so the round trip covers all of them.
inline Project fullProject()
{
    Project p;
    p.name = QStringLiteral("Full \"quoted\" name — ünïcode\ttab");
    EventDefinition fetch;
    fetch.name = QStringLiteral("fetch");
    fetch.kind = QStringLiteral("command");
    fetch.params = {
        {QStringLiteral("program"), QStringLiteral("curl")},
        {QStringLiteral("args"), QStringList{QStringLiteral("-fsS"), QStringLiteral("{input}")}},
        {QStringLiteral("env"), QVariantMap{{QStringLiteral("A"), QStringLiteral("1")}}},
        {QStringLiteral("timeout_ms"), 30000}};
    fetch.inputs =
        QVariantList{QStringLiteral("a.csv"), 2.5, QVariantMap{{QStringLiteral("k"), true}}};
    fetch.executor = QStringLiteral("ThreadPoolExecutor");
    fetch.executor_config = ExecutorInitializerConfig{2, 10, QStringLiteral("fetch_")};
    fetch.retry_policy = RetryPolicy{4, 0.5, 10, {QStringLiteral("ConnectionError")}};
    fetch.retry_policy->jitter = BackoffJitter::Full;
    fetch.evaluation = Evaluation{EventExecutionEvaluationState::AT_LEAST_PERCENT, 75};
    fetch.stop_on_exception = true;
    fetch.timeout_ms = 60000;
    EventDefinition sim;
    sim.name = QStringLiteral("sim.2-b");
    sim.kind = QStringLiteral("simulate");
    sim.params = {{QStringLiteral("fail_rate"), 0.1},
                  {QStringLiteral("seed"), 7},
                  {QStringLiteral("value"), QVariantList{1, QStringLiteral("x"), QVariant()}}};
    sim.tasks = 0;
    sim.executor_config = ExecutorInitializerConfig{};
    p.events = {fetch, sim};
    p.pipeline = QStringLiteral("fetch -> sim.2-b");
    return p;
}

} // namespace volnux::test
