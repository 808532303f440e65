// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindSpec.h"

#include "core/ConfigField.h"
#include "core/UserText.h"
#include "core/errors/ErrorTypes.h"

#include <QCoreApplication>

namespace volnux {

namespace {

constexpr double kMaxMilliseconds = 7.0 * 24 * 3600 * 1000; // a week: far beyond any sane step
constexpr double kMaxTaskIndex = 1000000;                   // the tasks limit of a project
constexpr double kMaxExactInteger = 9007199254740992.0;     // 2^53: JSON numbers stay exact

ParamSpec param(const char *name, ParamType type, const char *help)
{
    ParamSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.type = type;
    spec.help = help;
    return spec;
}

ParamSpec required(ParamSpec spec)
{
    spec.required = true;
    return spec;
}

ParamSpec ranged(ParamSpec spec, std::optional<double> minimum, std::optional<double> maximum)
{
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

ParamSpec withDefault(ParamSpec spec, QVariant value)
{
    spec.defaultValue = std::move(value);
    return spec;
}

ParamSpec durationMs(const char *help)
{
    return ranged(param("duration_ms", ParamType::Integer, help), 0, kMaxMilliseconds);
}

KindSpec commandKind()
{
    ParamSpec program =
        required(param("program", ParamType::String,
                       QT_TRANSLATE_NOOP("KindSpec", "The program to run, by "
                                                     "name (searched in PATH) or path.")));
    program.nonEmpty = true;
    program.passedToOs = true;
    ParamSpec args =
        withDefault(param("args", ParamType::StringList,
                          QT_TRANSLATE_NOOP("KindSpec", "Arguments; {input} and {task} are "
                                                        "replaced by the task's input and index.")),
                    QStringList());
    args.passedToOs = true;
    ParamSpec cwd = param("cwd", ParamType::String,
                          QT_TRANSLATE_NOOP("KindSpec", "Working directory; empty or absent: the "
                                                        "run's."));
    cwd.passedToOs = true;
    ParamSpec env = param("env", ParamType::StringMap,
                          QT_TRANSLATE_NOOP("KindSpec", "Environment variables added to the "
                                                        "inherited environment."));
    env.passedToOs = true;
    env.environmentNames = true;
    return {
        QStringLiteral("command"),
        QT_TRANSLATE_NOOP("KindSpec", "Runs a program; exit code 0 succeeds with its output "
                                      "as the value, anything else is a ProcessError."),
        {program, args, cwd, env,
         ranged(param("timeout_ms", ParamType::Integer,
                      QT_TRANSLATE_NOOP("KindSpec", "Kill the program (and its children) after "
                                                    "this many milliseconds: TimeoutError. "
                                                    "Absent: no limit.")),
                1, kMaxMilliseconds),
         param("keep_background", ParamType::Boolean,
               QT_TRANSLATE_NOOP("KindSpec", "Leave running what the program started in the "
                                             "background (a daemon it launches). Absent or "
                                             "false: they are killed when the attempt ends."))}};
}

KindSpec sleepKind()
{
    return {QStringLiteral("sleep"),
            QT_TRANSLATE_NOOP("KindSpec", "Waits without using the CPU; cancellable at once."),
            {required(durationMs(QT_TRANSLATE_NOOP("KindSpec", "How long to wait, in "
                                                               "milliseconds.")))}};
}

KindSpec computeKind()
{
    return {QStringLiteral("compute"),
            QT_TRANSLATE_NOOP("KindSpec", "Keeps a worker's CPU busy for a duration."),
            {required(durationMs(QT_TRANSLATE_NOOP("KindSpec", "How long to compute, in "
                                                               "milliseconds.")))}};
}

KindSpec simulateKind()
{
    return {
        QStringLiteral("simulate"),
        QT_TRANSLATE_NOOP("KindSpec", "Succeeds or fails as told, without side effects: for "
                                      "trying retry policies and evaluation states."),
        {withDefault(durationMs(QT_TRANSLATE_NOOP("KindSpec", "How long each attempt takes, in "
                                                              "milliseconds.")),
                     0),
         param("value", ParamType::Any,
               QT_TRANSLATE_NOOP("KindSpec", "The value a successful attempt returns.")),
         withDefault(param("fail_with", ParamType::ErrorType,
                           QT_TRANSLATE_NOOP("KindSpec", "The error type a failing attempt "
                                                         "throws, or \"return\" for a returned "
                                                         "failure (never retried).")),
                     QStringLiteral("RuntimeError")),
         ranged(param("fail_tasks", ParamType::IntegerList,
                      QT_TRANSLATE_NOOP("KindSpec", "The indices of the tasks that fail. Absent: "
                                                    "every task.")),
                0, kMaxTaskIndex),
         withDefault(ranged(param("fail_attempts", ParamType::IntegerOrAll,
                                  QT_TRANSLATE_NOOP("KindSpec", "How many leading attempts of a "
                                                                "failing task fail, or \"all\".")),
                            0, 1000000),
                     QStringLiteral("all")),
         ranged(param("fail_rate", ParamType::Number,
                      QT_TRANSLATE_NOOP("KindSpec", "Instead: each attempt fails with this "
                                                    "probability (0 to 1), drawn from seed.")),
                0, 1),
         withDefault(ranged(param("seed", ParamType::Integer,
                                  QT_TRANSLATE_NOOP("KindSpec", "Seed of the fail_rate draws, so "
                                                                "a run can be repeated.")),
                            -kMaxExactInteger, kMaxExactInteger),
                     0),
         ranged(param("descriptor", ParamType::Integer,
                      QT_TRANSLATE_NOOP("KindSpec", "On success, choose this pipeline branch "
                                                    "(0-9) instead of 1.")),
                0, 9)}};
}

KindSpec pluginKind()
{
    ParamSpec library =
        required(param("library", ParamType::String,
                       QT_TRANSLATE_NOOP("KindSpec", "Path to the plugin's shared library.")));
    library.passedToOs = true;
    KindSpec spec{
        QStringLiteral("plugin"),
        QT_TRANSLATE_NOOP("KindSpec", "Runs a C++ event loaded from a shared library; "
                                      "other parameters are passed to that event."),
        {library, required(param("event", ParamType::String,
                                 QT_TRANSLATE_NOOP("KindSpec", "The name of an event the plugin "
                                                               "registers.")))}};
    spec.extraParams = true;
    return spec;
}

QString rangeText(const ParamSpec &spec)
{
    QStringList parts;
    if (spec.minimum)
        parts << QStringLiteral(">= %1").arg(*spec.minimum, 0, 'g', 17);
    if (spec.maximum)
        parts << QStringLiteral("<= %1").arg(*spec.maximum, 0, 'g', 17);
    return parts.isEmpty() ? QString() : QLatin1Char(' ') + parts.join(QStringLiteral(" and "));
}

std::optional<qint64> integerIn(const ParamSpec &spec, const QVariant &value)
{
    return config::toInteger(value, qint64(spec.minimum.value_or(-kMaxExactInteger)),
                             qint64(spec.maximum.value_or(kMaxExactInteger)));
}

bool numberIn(const ParamSpec &spec, const QVariant &value)
{
    const auto number = config::toNumber(value);
    return number && *number >= spec.minimum.value_or(-kMaxExactInteger) &&
           *number <= spec.maximum.value_or(kMaxExactInteger);
}

QString problem(const QString &where, const QString &expected, const QVariant &got)
{
    return where + QStringLiteral(": must be ") + expected + QStringLiteral(", got ") +
           config::describeValue(got);
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

QString nulProblem(const QString &where)
{
    return where + QStringLiteral(": must not contain a NUL character (\\u0000); the operating "
                                  "system would cut the string there");
}

bool hasNul(const QVariant &value)
{
    return config::isString(value) && value.toString().contains(QChar(0));
}

// Lists and maps are checked element by element so the message points at the bad element.
QStringList validateElements(const ParamSpec &spec, const QVariant &value, const QString &where)
{
    QStringList problems;
    if (spec.type == ParamType::StringMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (spec.environmentNames && !ParamSpec::isEnvironmentName(it.key()))
                problems << where + QStringLiteral(": %1 is not an environment variable name; a "
                                                   "name is a letter or '_', then letters, "
                                                   "digits or '_'")
                                        .arg(config::describeValue(it.key()));
            else if (spec.passedToOs && it.key().contains(QChar(0)))
                problems << nulProblem(where);
            const QString at = config::qualified(where, it.key());
            if (!config::isString(*it))
                problems << problem(at, QStringLiteral("a string"), *it);
            else if (spec.passedToOs && hasNul(*it))
                problems << nulProblem(at);
        }
        return problems;
    }
    const QVariantList list = value.toList();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral("[%1]").arg(i);
        if (spec.type == ParamType::StringList && !config::isString(list[i]))
            problems << problem(at, QStringLiteral("a string"), list[i]);
        else if (spec.type == ParamType::StringList && spec.passedToOs && hasNul(list[i]))
            problems << nulProblem(at);
        if (spec.type == ParamType::IntegerList && !integerIn(spec, list[i]))
            problems << problem(at, QStringLiteral("an integer") + rangeText(spec), list[i]);
    }
    return problems;
}

} // namespace

QString ParamSpec::helpText() const
{
    return QCoreApplication::translate("KindSpec", help);
}

QString ParamSpec::expectation() const
{
    switch (type) {
    case ParamType::String:
        return nonEmpty ? QStringLiteral("a non-empty string") : QStringLiteral("a string");
    case ParamType::StringList:
        return QStringLiteral("a list of strings");
    case ParamType::StringMap:
        return QStringLiteral("an object of string values");
    case ParamType::Integer:
        return QStringLiteral("an integer") + rangeText(*this);
    case ParamType::Number:
        return QStringLiteral("a number") + rangeText(*this);
    case ParamType::IntegerList:
        return QStringLiteral("a list of integers") + rangeText(*this);
    case ParamType::IntegerOrAll:
        return QStringLiteral("an integer") + rangeText(*this) + QStringLiteral(", or \"all\"");
    case ParamType::ErrorType:
        return QStringLiteral("an error type name (such as RuntimeError), or \"return\"");
    case ParamType::Any:
        return QStringLiteral("any JSON value");
    case ParamType::Boolean:
        return QStringLiteral("true or false");
    }
    return QString();
}

QStringList ParamSpec::validate(const QVariant &value, const QString &where) const
{
    bool ok = false;
    switch (type) {
    case ParamType::String:
        ok = config::isString(value) && !(nonEmpty && value.toString().isEmpty());
        if (ok && passedToOs && hasNul(value))
            return {nulProblem(where)};
        break;
    case ParamType::StringList:
    case ParamType::IntegerList:
        if (!isList(value))
            return {problem(where, expectation(), value)};
        return validateElements(*this, value, where);
    case ParamType::StringMap:
        if (value.typeId() != QMetaType::QVariantMap)
            return {problem(where, expectation(), value)};
        return validateElements(*this, value, where);
    case ParamType::Integer:
        ok = integerIn(*this, value).has_value();
        break;
    case ParamType::Number:
        ok = numberIn(*this, value);
        break;
    case ParamType::IntegerOrAll:
        ok = value == QVariant(QStringLiteral("all")) || integerIn(*this, value).has_value();
        break;
    case ParamType::ErrorType:
        ok = config::isString(value) && (value.toString() == QLatin1String("return") ||
                                         ErrorTypes::isValidName(value.toString()));
        break;
    case ParamType::Any:
        ok = true;
        break;
    case ParamType::Boolean:
        ok = value.typeId() == QMetaType::Bool;
        break;
    }
    return ok ? QStringList() : QStringList{problem(where, expectation(), value)};
}

bool ParamSpec::isEnvironmentName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        const bool asciiLetter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!asciiLetter && !(c >= u'0' && c <= u'9') && c != u'_')
            return false;
    }
    return true;
}

QString KindSpec::helpText() const
{
    return QCoreApplication::translate("KindSpec", help);
}

const ParamSpec *KindSpec::param(const QString &paramName) const
{
    for (const ParamSpec &spec : params) {
        if (spec.name == paramName)
            return &spec;
    }
    return nullptr;
}

QStringList KindSpec::paramNames() const
{
    QStringList result;
    for (const ParamSpec &spec : params)
        result << spec.name;
    return result;
}

const QList<KindSpec> &KindSpec::all()
{
    static const QList<KindSpec> kinds{commandKind(), sleepKind(), computeKind(), simulateKind(),
                                       pluginKind()};
    return kinds;
}

const KindSpec *KindSpec::find(const QString &kind)
{
    for (const KindSpec &spec : all()) {
        if (spec.name == kind)
            return &spec;
    }
    return nullptr;
}

QStringList KindSpec::names()
{
    QStringList result;
    for (const KindSpec &spec : all())
        result << spec.name;
    return result;
}

QStringList KindSpec::allParamNames()
{
    QStringList result;
    for (const KindSpec &spec : all()) {
        for (const ParamSpec &p : spec.params) {
            if (!result.contains(p.name))
                result << p.name;
        }
    }
    return result;
}

QStringList KindSpec::validateParams(const QString &kind, const QVariantMap &params,
                                     const QString &where)
{
    const KindSpec *spec = find(kind);
    if (!spec)
        return {(where.isEmpty() ? QString() : where + QStringLiteral(": ")) +
                QStringLiteral("unknown kind %1; allowed kinds are %2")
                    .arg(UserText::quoted(kind), names().join(QStringLiteral(", ")))};
    QStringList problems;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QString at = config::qualified(where, it.key());
        if (const ParamSpec *p = spec->param(it.key()))
            problems << p->validate(*it, at);
        else if (!spec->extraParams)
            problems << at + QStringLiteral(": unknown parameter of the %1 kind; allowed "
                                            "parameters are %2")
                                 .arg(kind, spec->paramNames().join(QStringLiteral(", ")));
    }
    for (const ParamSpec &p : spec->params) {
        if (p.required && !params.contains(p.name))
            problems << config::qualified(where, p.name) +
                            QStringLiteral(": missing; the %1 kind requires it (%2)")
                                .arg(kind, p.expectation());
    }
    return problems;
}

} // namespace volnux
