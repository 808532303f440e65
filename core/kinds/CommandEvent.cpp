// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEvent.h"

#include "core/UserText.h"
#include "core/errors/ErrorTypes.h"
#include "core/kinds/ChildProcess.h"
#include "core/kinds/KindParams.h"
#include "core/kinds/KindSpec.h"
#include "core/kinds/OutputTail.h"
#include "core/kinds/SleepEvent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <algorithm>
#include <climits>

namespace volnux {

namespace {
// How often a running command checks for cancellation and its timeout.
constexpr int kPollSliceMs = 20;

struct CommandSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment;
    qint64 timeoutMs = 0; // 0: none
    bool keepBackground = false;
};

enum class Ending
{
    Finished,
    TimedOut,
    Cancelled
};

QString jsonText(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

void throwError(const QString &type, const QString &message)
{
    throw Error(type, message);
}

QString checkedExecutable(const QString &path, const QString &program)
{
    const QFileInfo info(path);
    if (!info.exists())
        throwError(ErrorNames::FileNotFoundError,
                   QStringLiteral("no such program: ") + UserText::quoted(program));
    if (info.isDir() || !info.isExecutable())
        throwError(ErrorNames::PermissionError, QStringLiteral("program is not executable: ") +
                                                    UserText::quoted(info.absoluteFilePath()));
    return info.absoluteFilePath();
}

// Resolves here rather than letting exec fail so the error can say which kind of failure it was.
QString resolveProgram(const QString &program, const QString &cwd, const QProcessEnvironment &env)
{
    if (program.contains(QLatin1Char('/'))) {
        const QDir base(cwd.isEmpty() ? QDir::currentPath() : cwd);
        return checkedExecutable(base.absoluteFilePath(program), program);
    }
    QString notExecutable;
    const QStringList dirs =
        env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        // An empty or relative PATH entry would search the working directory, implicitly.
        if (QDir::isRelativePath(dir))
            continue;
        const QFileInfo info(QDir(dir).absoluteFilePath(program));
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        if (info.exists() && notExecutable.isEmpty())
            notExecutable = info.absoluteFilePath();
    }
    if (!notExecutable.isEmpty())
        throwError(ErrorNames::PermissionError,
                   QStringLiteral("program is not executable: ") + UserText::quoted(notExecutable));
    throwError(ErrorNames::FileNotFoundError, QStringLiteral("no such program: ") +
                                                  UserText::quoted(program) +
                                                  QStringLiteral(" (searched PATH)"));
    return {};
}

// Qt's file functions, like exec and chdir, stop at a NUL ("Broken filename passed to
// function"); the loader refuses one, this is the defence for specs built in C++.
void refuseNul(const QString &key, const QString &value)
{
    if (value.contains(QChar(0)))
        throwError(ErrorNames::ValueError, key +
                                               QStringLiteral(": contains a NUL character, got ") +
                                               UserText::quoted(value));
}

CommandSpec readSpec(const TaskContext &context)
{
    const KindParams p(context.params());
    CommandSpec spec;
    spec.workingDirectory = p.string(QStringLiteral("cwd"));
    refuseNul(QStringLiteral("cwd"), spec.workingDirectory);
    refuseNul(QStringLiteral("program"), p.string(QStringLiteral("program")));
    if (!spec.workingDirectory.isEmpty() && !QFileInfo(spec.workingDirectory).isDir())
        throwError(ErrorNames::FileNotFoundError,
                   QStringLiteral("working directory does not exist: ") +
                       UserText::quoted(spec.workingDirectory));
    spec.environment = QProcessEnvironment::systemEnvironment();
    const auto env = p.stringMap(QStringLiteral("env"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        // A name holding '=' would define another variable than the one named ("PATH=/x;X").
        if (!ParamSpec::isEnvironmentName(it.key()))
            throwError(ErrorNames::ValueError,
                       QStringLiteral("env: not an environment variable name: %1")
                           .arg(UserText::quoted(it.key())));
        spec.environment.insert(it.key(), it.value());
    }
    spec.timeoutMs = p.integer(QStringLiteral("timeout_ms"), 0, 0, LLONG_MAX / 2);
    spec.keepBackground = p.boolean(QStringLiteral("keep_background"), false);
    const QString program = p.requiredString(QStringLiteral("program"));
    for (const QString &arg : p.stringList(QStringLiteral("args")))
        spec.arguments.append(CommandEvent::substitute(arg, context));
    spec.program = resolveProgram(program, spec.workingDirectory, spec.environment);
    return spec;
}

Ending waitForEnd(ChildProcess &process, const CommandSpec &spec, const TaskContext &context,
                  OutputTail &out, OutputTail &err)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        int slice = kPollSliceMs;
        if (spec.timeoutMs > 0)
            slice = int(std::clamp<qint64>(spec.timeoutMs - elapsed.elapsed(), 1, kPollSliceMs));
        if (process.waitForOutput(slice, out, err))
            return Ending::Finished;
        if (context.isCancelled())
            return Ending::Cancelled;
        if (spec.timeoutMs > 0 && elapsed.elapsed() >= spec.timeoutMs)
            return Ending::TimedOut;
    }
}

void logOutput(TaskContext &context, const OutputTail &out, const OutputTail &err)
{
    // Each stream gets half the context's line budget, so neither note of dropped bytes is lost.
    const qsizetype perStream = TaskContext::kMaxLogLines / 2 - 1;
    for (const QString &line : out.logLines(QStringLiteral("[stdout] "), perStream))
        context.log(line);
    for (const QString &line : err.logLines(QStringLiteral("[stderr] "), perStream))
        context.log(line);
}

QString withLastLine(QString message, const OutputTail &err)
{
    const QString last = err.lastLine();
    return last.isEmpty() ? message : message + QStringLiteral(": ") + last;
}

TaskResult conclude(const ChildProcess &process, const OutputTail &out, const OutputTail &err)
{
    if (process.crashed())
        throwError(
            ErrorNames::ProcessError,
            withLastLine(QStringLiteral("crashed (killed by signal %1)").arg(process.exitCode()),
                         err));
    if (process.exitCode() != 0)
        throwError(
            ErrorNames::ProcessError,
            withLastLine(QStringLiteral("exited with code %1").arg(process.exitCode()), err));
    QString value = QString::fromUtf8(out.data());
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return TaskResult::ok(value);
}
} // namespace

QString CommandEvent::inputText(const QVariant &input)
{
    if (!input.isValid() || input.isNull())
        return {};
    switch (input.typeId()) {
    case QMetaType::QString:
        return input.toString();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return jsonText(QJsonDocument::fromVariant(input));
    case QMetaType::Bool:
        return input.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return input.toString();
    }
}

QString CommandEvent::substitute(const QString &argument, const TaskContext &context)
{
    static const QString input = QStringLiteral("{input}");
    static const QString task = QStringLiteral("{task}");
    static const QString previous = QStringLiteral("{previous}");
    QString result;
    result.reserve(argument.size());
    for (qsizetype i = 0; i < argument.size();) {
        const QStringView rest = QStringView(argument).mid(i);
        if (rest.startsWith(input)) {
            result += inputText(context.input());
            i += input.size();
        } else if (rest.startsWith(task)) {
            result += QString::number(context.taskIndex());
            i += task.size();
        } else if (rest.startsWith(previous)) {
            result +=
                jsonText(QJsonDocument(QJsonArray::fromVariantList(context.previousResults())));
            i += previous.size();
        } else {
            result += argument.at(i++);
        }
    }
    return result;
}

TaskResult CommandEvent::process(TaskContext &context)
{
    SleepEvent::throwIfCancelled(context);
    const CommandSpec spec = readSpec(context);
    context.log(QStringLiteral("$ ") +
                (QStringList{spec.program} + spec.arguments).join(QLatin1Char(' ')));
    ChildProcess process(spec.program, spec.arguments, spec.workingDirectory,
                         spec.environment.toStringList(), spec.keepBackground);
    OutputTail out(kMaxCaptureBytes);
    OutputTail err(kMaxCaptureBytes);
    const Ending ending = waitForEnd(process, spec, context, out, err);
    if (ending != Ending::Finished) {
        process.killGroup();
        process.waitForOutput(0, out, err); // what it wrote before it was killed
    }
    logOutput(context, out, err);
    if (ending == Ending::Cancelled)
        throwError(ErrorNames::CancelledError, QStringLiteral("cancelled; the process was killed"));
    if (ending == Ending::TimedOut)
        throwError(
            ErrorNames::TimeoutError,
            QStringLiteral("timed out after %1 ms; the process was killed").arg(spec.timeoutMs));
    return conclude(process, out, err);
}

} // namespace volnux
