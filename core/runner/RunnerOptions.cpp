// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunnerOptions.h"

#include "core/UserText.h"
#include "core/cluster/RedisUrl.h"
#include "core/files/FileKind.h"
#include "core/store/RunStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace volnux {

namespace {

// Outputs that would destroy an input or each other: refused before anything is written.
QString outputClash(const RunnerOptions &options)
{
    const QList<QPair<QString, QString>> outputs{
        {QStringLiteral("--trace"), options.trace},
        {QStringLiteral("--chrome-trace"), options.chromeTrace}};
    for (const auto &[option, path] : outputs) {
        if (!path.isEmpty() && !options.project.isEmpty() &&
            FileKind::sameFile(path, options.project))
            return QStringLiteral("%1 %2 is the project file; writing it would destroy the project")
                .arg(option, UserText::escaped(path));
        if (!path.isEmpty() && !options.noStore && FileKind::sameFile(path, options.store))
            return QStringLiteral("%1 %2 is the run store; writing it would destroy the store")
                .arg(option, UserText::escaped(path));
    }
    if (!options.trace.isEmpty() && !options.chromeTrace.isEmpty() &&
        FileKind::sameFile(options.trace, options.chromeTrace))
        return QStringLiteral("--trace and --chrome-trace both name %1; give each its own file")
            .arg(UserText::escaped(options.trace));
    return {};
}

} // namespace

Result<RunnerOptions> RunnerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "volnux-run",
        "Runs a Volnux Studio project without a GUI and records the run in the run store.\n"
        "The runs recorded: volnux-run history [--store FILE] "
        "list|show|export|compare|delete|prune ... (docs/volnux-run.md).\n\n"
        "Exit codes: 0 the run succeeded, 1 it failed or was stopped, 2 invalid usage, project "
        "or run store (nothing ran), 129 hung up (SIGHUP), 130 interrupted by Ctrl-C, 141 its "
        "output was closed (SIGPIPE)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("volnux-run", "Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("volnux-run", "Show the version."));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        QCoreApplication::translate("volnux-run", "Write every attempt, task, event and the run "
                                                  "as JSON Lines to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption chrome(
        QStringLiteral("chrome-trace"),
        QCoreApplication::translate("volnux-run", "Write the run in the Chrome trace-event format "
                                                  "(opens in Perfetto) to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("volnux-run", "Print the final summary as one JSON object."));
    const QCommandLineOption validate(
        QStringLiteral("validate"),
        QCoreApplication::translate("volnux-run", "Check the project and exit; run nothing."));
    const QCommandLineOption graph(
        QStringLiteral("graph"),
        QCoreApplication::translate("volnux-run", "Print the pipeline as Graphviz DOT and exit."));
    const QCommandLineOption quiet(
        {QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("volnux-run", "Print only the final summary."));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("volnux-run",
                                    "Draw jittered backoffs from seed <n> (0 to 4294967295), so "
                                    "a run's waits can be repeated; without it each run draws "
                                    "afresh."),
        QStringLiteral("n"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QCoreApplication::translate("volnux-run",
                                    "Record the run in the run store <file> (default: %1).")
            .arg(RunStore::defaultPath()),
        QStringLiteral("file"));
    const QCommandLineOption noStore(
        QStringLiteral("no-store"),
        QCoreApplication::translate("volnux-run", "Record nothing in the run store."));
    const QCommandLineOption rerunFailed(
        QStringLiteral("rerun-failed"),
        QCoreApplication::translate(
            "volnux-run", "Run again the failed and cancelled tasks of recorded run <run>, each "
                          "with its task index and input, as a new run linked to it (the project "
                          "is the one that run ran; give no project file)."),
        QStringLiteral("run"));
    const QCommandLineOption redis(
        QStringLiteral("redis"),
        QCoreApplication::translate("volnux-run",
                                    "Send RedisExecutor events to the Redis server at <url> "
                                    "(redis://host:port/db or unix:///path/redis.sock), instead "
                                    "of the project's cluster.redis_url and $VOLNUX_REDIS_URL."),
        QStringLiteral("url"));
    parser.addOptions({help, version, trace, chrome, json, validate, graph, quiet, seed, store,
                       noStore, rerunFailed, redis});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("volnux-run", "The .vxproj file."));

    if (!parser.parse(arguments))
        return Result<RunnerOptions>::failure(UserText::escaped(parser.errorText()));
    RunnerOptions options;
    if (parser.isSet(help)) {
        options.printAndExit = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.printAndExit =
            QStringLiteral("volnux-run %1\n").arg(QCoreApplication::applicationVersion());
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(rerunFailed)) {
        bool ok = false;
        const qint64 id = parser.value(rerunFailed).toLongLong(&ok);
        if (!ok || id <= 0)
            return Result<RunnerOptions>::failure(
                QStringLiteral("--rerun-failed needs a run id (a whole number from 1 up), got "
                               "\"%1\"")
                    .arg(parser.value(rerunFailed)));
        if (!positional.isEmpty())
            return Result<RunnerOptions>::failure(
                QStringLiteral("--rerun-failed runs the project recorded with the run; give no "
                               "project file (got %1)")
                    .arg(positional.join(QStringLiteral(" "))));
        if (parser.isSet(noStore))
            return Result<RunnerOptions>::failure(
                QStringLiteral("--rerun-failed reads the run from the run store and records the "
                               "rerun there; it cannot be combined with --no-store"));
        if (parser.isSet(validate) || parser.isSet(graph))
            return Result<RunnerOptions>::failure(
                QStringLiteral("--rerun-failed cannot be combined with --validate or --graph"));
        options.rerunFailed = id;
    } else if (positional.size() != 1)
        return Result<RunnerOptions>::failure(
            positional.isEmpty() ? QStringLiteral("no project file given")
                                 : QStringLiteral("one project file expected, got %1: %2")
                                       .arg(positional.size())
                                       .arg(UserText::escaped(positional.join(u' '))));
    if (parser.isSet(validate) + parser.isSet(graph) > 1)
        return Result<RunnerOptions>::failure(
            QStringLiteral("--validate and --graph cannot be combined"));
    if (parser.isSet(store) && parser.isSet(noStore))
        return Result<RunnerOptions>::failure(
            QStringLiteral("--store and --no-store cannot be combined"));
    options.project = positional.value(0);
    options.store = parser.isSet(store) ? parser.value(store) : RunStore::defaultPath();
    options.noStore = parser.isSet(noStore);
    options.trace = parser.value(trace);
    options.chromeTrace = parser.value(chrome);
    for (const QCommandLineOption *option : {&trace, &chrome, &seed, &store, &rerunFailed}) {
        if (parser.values(*option).size() > 1)
            return Result<RunnerOptions>::failure(
                QStringLiteral("--%1 given more than once").arg(option->names().constLast()));
    }
    for (const QCommandLineOption *option : {&trace, &chrome, &store}) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return Result<RunnerOptions>::failure(
                QStringLiteral("--%1 needs a file name").arg(option->names().constFirst()));
    }
    if (const QString clash = outputClash(options); !clash.isEmpty())
        return Result<RunnerOptions>::failure(clash);
    options.json = parser.isSet(json);
    options.validate = parser.isSet(validate);
    options.graph = parser.isSet(graph);
    options.quiet = parser.isSet(quiet);
    if (parser.isSet(seed)) {
        bool ok = false;
        const qulonglong n = parser.value(seed).toULongLong(&ok);
        if (!ok || n > 0xffffffffULL)
            return Result<RunnerOptions>::failure(
                QStringLiteral("--seed must be a whole number from 0 to 4294967295, got %1")
                    .arg(UserText::quoted(parser.value(seed))));
        options.seed = quint32(n);
    }
    if (parser.isSet(redis)) {
        QString error;
        if (!RedisUrl::parse(parser.value(redis), &error))
            return Result<RunnerOptions>::failure(QStringLiteral("--redis: ") + error);
        options.redisUrl = parser.value(redis);
    }
    options.progress = !options.quiet && ::isatty(STDERR_FILENO);
    return options;
}

} // namespace volnux
