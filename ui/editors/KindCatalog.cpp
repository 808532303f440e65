#include "KindCatalog.h"

#include <QCoreApplication>

namespace volnux {

// Interim table until core/kinds/KindSpec lands; then this file maps KindSpec's table instead.
static QString tr(const char *text)
{
    return QCoreApplication::translate("volnux::KindCatalog", text);
}

QStringList KindCatalog::kinds()
{
    return {QStringLiteral("command"), QStringLiteral("sleep"), QStringLiteral("compute"),
            QStringLiteral("simulate"), QStringLiteral("plugin")};
}

QString KindCatalog::description(const QString &kind)
{
    if (kind == QLatin1String("command"))
        return tr("Runs a program; exit code 0 is success, anything else a ProcessError.");
    if (kind == QLatin1String("sleep"))
        return tr("Waits for a duration without using a CPU.");
    if (kind == QLatin1String("compute"))
        return tr("Keeps a CPU busy for a duration.");
    if (kind == QLatin1String("simulate"))
        return tr("Injects faults to try retry policies safely.");
    if (kind == QLatin1String("plugin"))
        return tr("Runs a C++ event class from a shared library.");
    return {};
}

static ParamDescriptor param(const char *key, ParamType type, const QString &label,
                             const QString &help, const QVariant &defaultValue, double minimum = 0,
                             double maximum = 1e9)
{
    ParamDescriptor p;
    p.key = QString::fromLatin1(key);
    p.type = type;
    p.label = label;
    p.help = help;
    p.defaultValue = defaultValue;
    p.minimum = minimum;
    p.maximum = maximum;
    return p;
}

QList<ParamDescriptor> KindCatalog::params(const QString &kind)
{
    using T = ParamType;
    if (kind == QLatin1String("command"))
        return {param("program", T::Program, tr("Program"), tr("The executable to run."), {}),
                param("arguments", T::StringList, tr("Arguments"),
                      tr("One per line; {input} is replaced by the task's input."), QStringList()),
                param("working_directory", T::Directory, tr("Working directory"),
                      tr("Empty: the project's folder."), QString()),
                param("environment", T::StringMap, tr("Environment"),
                      tr("KEY=VALUE, one per line, added to the inherited environment."),
                      QVariantMap()),
                param("timeout", T::Duration, tr("Timeout"),
                      tr("0: no timeout. A timeout kills the program (TimeoutError)."), 0.0)};
    if (kind == QLatin1String("sleep") || kind == QLatin1String("compute"))
        return {param("duration", T::Duration, tr("Duration"), tr("How long."), {})};
    if (kind == QLatin1String("simulate"))
        return {
            param("duration", T::Duration, tr("Duration"), tr("How long each attempt takes."), 0.0),
            param("fail_first", T::Integer, tr("Fail first"),
                  tr("The first K attempts of every task fail."), 0, 0, 1e6),
            param("failure_probability", T::Probability, tr("Failure probability"),
                  tr("Every attempt fails with this probability."), 0.0, 0, 1),
            param("error_type", T::ErrorType, tr("Error type"),
                  tr("The error a failing attempt raises."), QStringLiteral("RuntimeError")),
            param("returned_failure", T::Bool, tr("Return failure"),
                  tr("Return a failure instead of raising (never retried)."), false),
            param("seed", T::Integer, tr("Seed"), tr("Seeds the random failures so runs repeat."),
                  0, 0, 2147483647.0)};
    if (kind == QLatin1String("plugin"))
        return {param("library", T::Program, tr("Library"),
                      tr("The shared library that registers the event."), {}),
                param("event", T::String, tr("Event"),
                      tr("The registered name of the event class."), {})};
    return {};
}

QVariantMap KindCatalog::starterParams(const QString &kind)
{
    if (kind == QLatin1String("command"))
        return {{QStringLiteral("program"), QStringLiteral("/bin/true")}};
    if (kind == QLatin1String("sleep") || kind == QLatin1String("compute"))
        return {{QStringLiteral("duration"), 1.0}};
    if (kind == QLatin1String("simulate"))
        return {{QStringLiteral("fail_first"), 2}};
    if (kind == QLatin1String("plugin"))
        return {{QStringLiteral("library"), QString()}, {QStringLiteral("event"), QString()}};
    return {};
}

} // namespace volnux
