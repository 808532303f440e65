// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The declarative table of the built-in event kinds and their parameters: what a project file may
// put in an event's "params", with types, ranges, defaults and one-line help. The loader validates
// against it and the GUI builds its per-kind editors by iterating it. Immutable: thread-safe.

#include <QStringList>
#include <QVariant>

#include <optional>

namespace volnux {

enum class ParamType
{
    String,       // a JSON string
    StringList,   // a list of strings
    StringMap,    // an object whose values are strings
    Integer,      // a whole number within [minimum, maximum]
    Number,       // any finite number within [minimum, maximum]
    IntegerList,  // a list of whole numbers within [minimum, maximum]
    IntegerOrAll, // a whole number within [minimum, maximum], or the string "all"
    ErrorType,    // an error type name (ErrorTypes), or the string "return"
    Any,          // any JSON value
    Boolean,      // true or false
};

struct ParamSpec
{
    QString name;
    ParamType type = ParamType::String;
    bool required = false;
    bool nonEmpty = false; // String only: "" is rejected
    // The value reaches the operating system (exec, chdir, dlopen, the environment), which reads
    // a string only up to its first NUL: a NUL anywhere in it is rejected rather than cut there.
    bool passedToOs = false;
    // StringMap only: the keys are environment variable names, [A-Za-z_][A-Za-z0-9_]*. A name
    // holding '=' would define a second variable ("PATH=/x:/y;X" sets PATH).
    bool environmentNames = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QVariant defaultValue; // invalid: none (the kind decides; see `help`)
    const char *help = ""; // untranslated; show helpText()

    QString helpText() const;
    // What the value must be, as the error messages say it: "an integer >= 0 and <= 86400000".
    QString expectation() const;
    // Every problem with `value`, located at `where` (e.g. "events[0].params.duration_ms").
    QStringList validate(const QVariant &value, const QString &where) const;

    // What POSIX allows as an environment variable name: [A-Za-z_][A-Za-z0-9_]*.
    static bool isEnvironmentName(const QString &name);
};

struct KindSpec
{
    QString name;
    const char *help = ""; // untranslated; show helpText()
    QList<ParamSpec> params;
    bool extraParams = false; // plugin: parameters beyond the table pass through to the event

    QString helpText() const;
    const ParamSpec *param(const QString &paramName) const;
    QStringList paramNames() const;

    // The built-in kinds in display order: command, sleep, compute, simulate, plugin.
    static const QList<KindSpec> &all();
    static const KindSpec *find(const QString &kind);
    static QStringList names();
    // Every parameter name of every kind in table order (a stable key order for saved files).
    static QStringList allParamNames();

    // Every problem of `params` for `kind` (missing required, unknown, wrong type or range),
    // each located under `where` (e.g. "events[2].params"). An unknown kind is one problem.
    static QStringList validateParams(const QString &kind, const QVariantMap &params,
                                      const QString &where = QString());
};

} // namespace volnux
