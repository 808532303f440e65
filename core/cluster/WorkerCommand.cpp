// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerCommand.h"

#include "core/UserText.h"
#include "core/cluster/ClusterWorker.h"
#include "core/engine/OpenFileLimit.h"
#include "core/executors/process/SpawnedGroups.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace volnux {

namespace {

constexpr const char *kGenerationVariable = "VOLNUX_WORKER_GENERATION";

// Executes this program again with the same arguments, in the same process (a service manager
// keeps seeing one worker): a fresh image, memory and plugin state, as max_tasks_per_child asks.
int restart(const QStringList &arguments, int generation, int tasks)
{
    std::fprintf(stderr,
                 "volnux-worker: ran %d tasks of an event (its max_tasks_per_child); "
                 "starting again\n",
                 tasks);
    std::fflush(stderr);
    qputenv(kGenerationVariable, QByteArray::number(generation));
    QList<QByteArray> bytes;
    for (const QString &a : arguments)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ::execv("/proc/self/exe", argv.data());
    std::fprintf(stderr, "volnux-worker: cannot start again: %s\n", std::strerror(errno));
    return 1;
}

std::atomic_int g_signals{0};

void onStopSignal(int)
{
    if (g_signals.fetch_add(1) == 0) {
        ClusterWorker::requestStop();
        return;
    }
    SpawnedGroups::killAll();
    ::_exit(128 + SIGTERM);
}

void installHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "volnux-worker: %s\n", qPrintable(UserText::terminalSafe(message)));
    return 2;
}

bool positive(const QCommandLineParser &parser, const QString &name, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toInt(&ok);
    return ok && *out >= 1;
}

} // namespace

int WorkerCommand::main(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs attempts of RedisExecutor events from a Redis queue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("redis"),
         QStringLiteral("Redis URL (redis://[user:password@]host:port/db or unix:///path); "
                        "default $VOLNUX_REDIS_URL."),
         QStringLiteral("URL")},
        {QStringLiteral("queue"), QStringLiteral("Queue to serve (default: default)."),
         QStringLiteral("Q"), QStringLiteral("default")},
        {QStringLiteral("concurrency"), QStringLiteral("Attempts run at once (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("name"), QStringLiteral("Consumer name (default: <host>-<pid>)."),
         QStringLiteral("NAME")},
        {QStringLiteral("plugin-dir"),
         QStringLiteral("Directory plugins are loaded from; repeatable. Only these are used."),
         QStringLiteral("DIR")},
        {QStringLiteral("heartbeat-ms"), QStringLiteral("Heartbeat interval (default 1000)."),
         QStringLiteral("MS"), QStringLiteral("1000")},
        {QStringLiteral("stop-grace-ms"),
         QStringLiteral("On SIGTERM, how long running attempts may finish (default 10000)."),
         QStringLiteral("MS"), QStringLiteral("10000")},
    });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("volnux-worker %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    ClusterWorkerOptions options;
    const QString urlText = parser.isSet(QStringLiteral("redis"))
                                ? parser.value(QStringLiteral("redis"))
                                : qEnvironmentVariable("VOLNUX_REDIS_URL");
    if (urlText.isEmpty())
        return usageError(QStringLiteral("no Redis URL: give --redis URL or set VOLNUX_REDIS_URL"));
    QString error;
    const auto url = RedisUrl::parse(urlText, &error);
    if (!url)
        return usageError(error);
    options.url = *url;
    options.queue = parser.value(QStringLiteral("queue"));
    options.name = parser.value(QStringLiteral("name"));
    if (!positive(parser, QStringLiteral("concurrency"), &options.concurrency) ||
        !positive(parser, QStringLiteral("heartbeat-ms"), &options.heartbeatMs) ||
        !positive(parser, QStringLiteral("stop-grace-ms"), &options.stopGraceMs))
        return usageError(QStringLiteral("--concurrency, --heartbeat-ms and --stop-grace-ms take "
                                         "an integer >= 1"));
    for (const QString &dir : parser.values(QStringLiteral("plugin-dir")))
        options.pluginDirs << QDir(dir).absolutePath();
    // Bare plugin names resolve in these directories only, whatever the environment said.
    qputenv("VOLNUX_PLUGIN_PATH", options.pluginDirs.join(QLatin1Char(':')).toLocal8Bit());

    // A recycled worker (max_tasks_per_child) is this program started again, in the same
    // process: its threads count on from where the previous run's stopped.
    const int generation = std::max(0, qEnvironmentVariableIntValue(kGenerationVariable));
    options.threadIndexBase = generation * options.concurrency;
    installHandlers();
    OpenFileLimit::raiseToHardLimit(); // each attempt's thread and program hold open files
    int code = 0;
    int recycledAfter = 0;
    {
        ClusterWorker worker(options);
        std::fprintf(stderr, "volnux-worker %s: serving queue \"%s\" of %s\n",
                     qPrintable(UserText::terminalSafe(worker.name())), qPrintable(options.queue),
                     qPrintable(options.url.redacted()));
        code = worker.exec(&error);
        recycledAfter = worker.recycledAfter();
    } // its connections are closed before the program starts again
    if (code == ClusterWorker::kRecycle)
        return restart(arguments, generation + 1, recycledAfter);
    if (code != 0)
        std::fprintf(stderr, "volnux-worker: %s\n", qPrintable(UserText::terminalSafe(error)));
    return code;
}

} // namespace volnux
