// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runner/HistoryCommand.h"

#include "core/UserText.h"
#include "core/files/FileKind.h"
#include "core/runner/ConsoleOutput.h"
#include "core/runner/RunSummary.h"
#include "core/store/RunExport.h"
#include "core/store/RunReplay.h"
#include "core/store/RunStore.h"
#include "core/store/StoredRunComparison.h"
#include "core/trace/JsonLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace volnux {

namespace {

constexpr int kDone = 0;
constexpr int kWriteFailed = 1;
constexpr int kInvalid = 2;

struct Options
{
    QString store;
    QString command;
    QStringList args;
    QString project;
    int limit = 20;
    bool json = false;
    QString format;
    QString output;
    std::optional<int> keep;
};

// A path or word from the command line, as a message shows it: control and bidi characters
// escaped, a long one cut.
QString shown(const QString &value)
{
    return UserText::escaped(value, UserText::kMaxQuoted * 4);
}

int usage(const QString &message)
{
    ConsoleOutput::error(
        QStringLiteral("volnux-run history: %1\nTry 'volnux-run --help'.\n")
            .arg(UserText::escaped(message))); // one line; Qt's parser errors quote it whole
    return kInvalid;
}

int failure(const QStringList &errors)
{
    ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(errors.join(QLatin1Char('\n'))));
    return kInvalid;
}

std::optional<qint64> runId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString durationText(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 3);
}

QString startedText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}

QByteArray listJson(const std::vector<StoredRun> &runs)
{
    QByteArray out = "[";
    for (const StoredRun &run : runs) {
        if (out.size() > 1)
            out += ",\n";
        JsonLine line;
        line.add("id", run.id)
            .add("project", run.projectPath)
            .add("name", run.projectName)
            .add("started", run.started)
            .add("duration_s", run.durationMs / 1000.0)
            .add("status", toText(run.status))
            .add("tasks", run.tasks)
            .add("failed", run.counts.failed())
            .add("attempts", run.attempts);
        if (run.parent)
            line.add("parent", *run.parent);
        else
            line.addNull("parent");
        out += line.toJson();
    }
    return out + "]\n";
}

QString listText(const std::vector<StoredRun> &runs)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                 .arg(QStringLiteral("id"), 6)
                 .arg(QStringLiteral("started (UTC)"), -19)
                 .arg(QStringLiteral("duration"), 10)
                 .arg(QStringLiteral("status"), -11)
                 .arg(QStringLiteral("tasks"), 7)
                 .arg(QStringLiteral("failed"), 7)
                 .arg(QStringLiteral("tries"), 7)
                 .arg(QStringLiteral("parent"), 6)
                 .arg(QStringLiteral("project"));
    for (const StoredRun &run : runs)
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9 (%10)")
                     .arg(run.id, 6)
                     .arg(startedText(run.started), -19)
                     .arg(durationText(run.durationMs), 10)
                     .arg(toText(run.status), -11)
                     .arg(run.tasks, 7)
                     .arg(run.counts.failed(), 7)
                     .arg(run.attempts, 7)
                     .arg(run.parent ? QString::number(*run.parent) : QStringLiteral("-"), 6)
                     .arg(UserText::escaped(run.projectName, UserText::kMaxQuoted),
                          UserText::escaped(run.projectPath));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

class Command
{
public:
    explicit Command(Options options) : m_o(std::move(options)) {}
    int run();

private:
    int list();
    int show();
    int exportRun();
    int compare();
    int remove();
    int prune();
    std::optional<qint64> onlyRun();
    // Opens the store once the command's arguments are known to be right; prints why not.
    bool open();

    Options m_o;
    std::shared_ptr<RunStore> m_store;
};

bool Command::open()
{
    if (!QFileInfo::exists(m_o.store)) {
        failure({QStringLiteral("run store %1: no such file; nothing has been recorded there yet")
                     .arg(shown(m_o.store))});
        return false;
    }
    const auto store = RunStore::open(m_o.store);
    if (!store) {
        failure(store.errors());
        return false;
    }
    m_store = *store;
    return true;
}

int Command::run()
{
    if (m_o.command == QLatin1String("list"))
        return list();
    if (m_o.command == QLatin1String("show"))
        return show();
    if (m_o.command == QLatin1String("export"))
        return exportRun();
    if (m_o.command == QLatin1String("compare"))
        return compare();
    if (m_o.command == QLatin1String("delete"))
        return remove();
    return prune();
}

std::optional<qint64> Command::onlyRun()
{
    if (m_o.args.size() != 1) {
        usage(QStringLiteral("%1 takes one run id, got %2")
                  .arg(shown(m_o.command))
                  .arg(m_o.args.size()));
        return std::nullopt;
    }
    const std::optional<qint64> id = runId(m_o.args.first());
    if (!id)
        usage(QStringLiteral("a run id is a whole number from 1 up, got %1")
                  .arg(UserText::quoted(m_o.args.first())));
    return id;
}

int Command::list()
{
    if (!m_o.args.isEmpty())
        return usage(QStringLiteral("list takes no run id (use show)"));
    if (!QFileInfo::exists(m_o.store))
        return ConsoleOutput::output(
            m_o.json
                ? QStringLiteral("[]\n")
                : QStringLiteral("no runs recorded: %1 does not exist yet\n").arg(shown(m_o.store)),
            kDone);
    if (!open())
        return kInvalid;
    RunStore::Filter filter;
    filter.limit = m_o.limit;
    if (!m_o.project.isEmpty())
        filter.projectPath = QFileInfo(m_o.project).absoluteFilePath();
    const auto runs = m_store->list(filter);
    if (!runs)
        return failure(runs.errors());
    if (m_o.json)
        return ConsoleOutput::output(QString::fromUtf8(listJson(*runs)), kDone);
    if (runs->empty())
        return ConsoleOutput::output(
            QStringLiteral("no runs recorded in %1%2\n")
                .arg(shown(m_store->path()),
                     m_o.project.isEmpty() ? QString()
                                           : QStringLiteral(" for ") + shown(filter.projectPath)),
            kDone);
    return ConsoleOutput::output(listText(*runs), kDone);
}

int Command::show()
{
    const std::optional<qint64> id = onlyRun();
    if (!id || !open())
        return kInvalid;
    const Result<StoredRun> run = m_store->run(*id);
    if (!run)
        return failure(run.errors());
    const auto events = m_store->events(*id);
    if (!events)
        return failure(events.errors());
    QStringList names;
    QList<int> tasks;
    for (const StoredEvent &e : *events) {
        names << e.name;
        tasks << e.tasks;
    }
    RunSummary summary(names, tasks);
    RunReplay::Options options;
    options.logs = false;
    const Result<bool> replayed = RunReplay::replay(
        *m_store, *id,
        [&summary](const RunRecords &records) {
            summary.apply(records);
            return true;
        },
        options);
    if (!replayed)
        return failure(replayed.errors());
    summary.setStatus(run->status);
    if (m_o.json)
        return ConsoleOutput::output(QString::fromUtf8(summary.json(*id)) + QLatin1Char('\n'),
                                     kDone);
    const QString header =
        QStringLiteral("run %1 of %2 (%3), started %4 UTC on %5%6\n")
            .arg(*id)
            .arg(UserText::escaped(run->projectName, UserText::kMaxQuoted),
                 UserText::escaped(run->projectPath), startedText(run->started),
                 UserText::escaped(run->host))
            .arg(run->parent ? QStringLiteral(", a rerun of run %1").arg(*run->parent) : QString());
    return ConsoleOutput::output(header + summary.text() + QLatin1Char('\n'), kDone);
}

int Command::exportRun()
{
    const std::optional<qint64> id = onlyRun();
    if (!id)
        return kInvalid;
    const std::optional<RunExport::Format> format = RunExport::formatFromText(m_o.format);
    if (!format)
        return usage(m_o.format.isEmpty()
                         ? QStringLiteral("export needs --format jsonl, chrome or csv")
                         : QStringLiteral("--format must be jsonl, chrome or csv, got %1")
                               .arg(UserText::quoted(m_o.format)));
    if (!open())
        return kInvalid;
    const Result<StoredRun> run = m_store->run(*id);
    if (!run)
        return failure(run.errors());
    if (m_o.output.isEmpty() || m_o.output == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return failure({QStringLiteral("cannot write to standard output")});
        const Result<bool> written = RunExport::write(*m_store, *id, *format, out);
        out.close();
        if (written)
            return kDone;
        ConsoleOutput::error(QStringLiteral("volnux-run: %1\n").arg(written.errorString()));
        return kWriteFailed;
    }
    if (FileKind::sameFile(m_o.output, m_store->path()))
        return usage(QStringLiteral("-o %1 is the run store; writing it would destroy the store")
                         .arg(shown(m_o.output)));
    if (!run->projectPath.isEmpty() && FileKind::sameFile(m_o.output, run->projectPath))
        return usage(QStringLiteral("-o %1 is the project file run %2 ran; writing it would "
                                    "destroy the project")
                         .arg(shown(m_o.output))
                         .arg(*id));
    QSaveFile out(m_o.output);
    if (!out.open(QIODevice::WriteOnly)) {
        ConsoleOutput::error(QStringLiteral("volnux-run: cannot write %1: %2\n")
                                 .arg(shown(m_o.output), out.errorString()));
        return kWriteFailed;
    }
    const Result<bool> written = RunExport::write(*m_store, *id, *format, out);
    if (!written || !out.commit()) {
        ConsoleOutput::error(
            QStringLiteral("volnux-run: cannot write %1: %2\n")
                .arg(shown(m_o.output), written ? out.errorString() : written.errorString()));
        return kWriteFailed;
    }
    return kDone;
}

int Command::compare()
{
    if (m_o.args.size() != 2)
        return usage(QStringLiteral("compare takes two run ids, got %1").arg(m_o.args.size()));
    const std::optional<qint64> a = runId(m_o.args[0]);
    const std::optional<qint64> b = runId(m_o.args[1]);
    if (!a || !b)
        return usage(QStringLiteral("a run id is a whole number from 1 up, got %1")
                         .arg(UserText::quoted(a ? m_o.args[1] : m_o.args[0])));
    if (!open())
        return kInvalid;
    const Result<StoredRunComparison> stored =
        StoredRunComparison::load(*m_store, *a, *b, RunState::Detail::Counts);
    if (!stored)
        return failure(stored.errors());
    const RunComparison &comparison = stored->comparison;
    return ConsoleOutput::output(
        (m_o.json ? QString::fromUtf8(comparison.json()) : comparison.text()) + QLatin1Char('\n'),
        kDone);
}

int Command::remove()
{
    if (m_o.args.isEmpty())
        return usage(QStringLiteral("delete takes one or more run ids"));
    QList<qint64> ids;
    for (const QString &arg : std::as_const(m_o.args)) {
        const std::optional<qint64> id = runId(arg);
        if (!id)
            return usage(QStringLiteral("a run id is a whole number from 1 up, got %1")
                             .arg(UserText::quoted(arg)));
        ids << *id;
    }
    if (!open())
        return kInvalid;
    const Result<int> removed = m_store->remove(ids);
    if (!removed)
        return failure(removed.errors());
    return ConsoleOutput::output(QStringLiteral("deleted %1 run%2\n")
                                     .arg(*removed)
                                     .arg(*removed == 1 ? QString() : QStringLiteral("s")),
                                 kDone);
}

int Command::prune()
{
    if (!m_o.args.isEmpty())
        return usage(QStringLiteral("prune takes no run id, only --keep N"));
    if (!m_o.keep)
        return usage(QStringLiteral("prune needs --keep N (the number of newest runs to keep)"));
    if (!open())
        return kInvalid;
    const QString project =
        m_o.project.isEmpty() ? QString() : QFileInfo(m_o.project).absoluteFilePath();
    const Result<int> removed = m_store->prune(*m_o.keep, project);
    if (!removed)
        return failure(removed.errors());
    return ConsoleOutput::output(QStringLiteral("deleted %1 run%2, kept the newest %3\n")
                                     .arg(*removed)
                                     .arg(*removed == 1 ? QString() : QStringLiteral("s"))
                                     .arg(*m_o.keep),
                                 kDone);
}

// Which options each command takes; anything else is a usage error.
QString misplacedOption(const QCommandLineParser &parser, const QString &command)
{
    const QList<QPair<QString, QStringList>> allowed{
        {QStringLiteral("project"), {QStringLiteral("list"), QStringLiteral("prune")}},
        {QStringLiteral("limit"), {QStringLiteral("list")}},
        {QStringLiteral("json"),
         {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("compare")}},
        {QStringLiteral("format"), {QStringLiteral("export")}},
        {QStringLiteral("output"), {QStringLiteral("export")}},
        {QStringLiteral("keep"), {QStringLiteral("prune")}}};
    for (const auto &[option, commands] : allowed) {
        if (parser.isSet(option) && !commands.contains(command))
            return QStringLiteral("--%1 does not apply to %2").arg(option, command);
    }
    return {};
}

Result<Options> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("file"));
    const QCommandLineOption project(QStringLiteral("project"), QString(), QStringLiteral("path"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("f"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("file"));
    const QCommandLineOption keep(QStringLiteral("keep"), QString(), QStringLiteral("n"));
    parser.addOptions({store, project, limit, json, format, output, keep});
    if (!parser.parse(arguments))
        return Result<Options>::failure(parser.errorText());
    for (const QCommandLineOption *option : {&store, &project, &limit, &format, &output, &keep}) {
        if (parser.values(*option).size() > 1)
            return Result<Options>::failure(
                QStringLiteral("--%1 given more than once").arg(option->names().constLast()));
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return Result<Options>::failure(
                QStringLiteral("--%1 needs a value").arg(option->names().constLast()));
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "history"
    static const QStringList commands{QStringLiteral("list"),   QStringLiteral("show"),
                                      QStringLiteral("export"), QStringLiteral("compare"),
                                      QStringLiteral("delete"), QStringLiteral("prune")};
    if (positional.isEmpty())
        return Result<Options>::failure(
            QStringLiteral("which command? One of: %1").arg(commands.join(QStringLiteral(", "))));
    Options o;
    o.command = positional.takeFirst();
    if (!commands.contains(o.command))
        return Result<Options>::failure(
            QStringLiteral("unknown command %1; one of: %2")
                .arg(UserText::quoted(o.command), commands.join(QStringLiteral(", "))));
    if (const QString misplaced = misplacedOption(parser, o.command); !misplaced.isEmpty())
        return Result<Options>::failure(misplaced);
    o.args = positional;
    o.store = parser.isSet(store) ? parser.value(store) : RunStore::defaultPath();
    o.project = parser.value(project);
    o.json = parser.isSet(json);
    o.format = parser.value(format);
    o.output = parser.value(output);
    for (const auto &[option, target] :
         {std::pair{&limit, &o.limit}, std::pair{&keep, static_cast<int *>(nullptr)}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int n = parser.value(*option).toInt(&ok);
        if (!ok || n < 0)
            return Result<Options>::failure(
                QStringLiteral("--%1 must be a whole number from 0 up, got %2")
                    .arg(option->names().constLast(), UserText::quoted(parser.value(*option))));
        if (target)
            *target = n;
        else
            o.keep = n;
    }
    return o;
}

} // namespace

int HistoryCommand::main(const QStringList &arguments)
{
    const Result<Options> options = parse(arguments);
    if (!options)
        return usage(options.errorString());
    return Command(*options).run();
}

} // namespace volnux
