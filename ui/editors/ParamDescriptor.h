#pragma once

// One parameter of an event kind as the editors need it: key, type, range, default and help.

#include <QString>
#include <QStringList>
#include <QVariant>

namespace volnux {

enum class ParamType
{
    String,
    Program,   // a path to an executable: line edit + browse button
    Directory, // a directory: line edit + browse button
    Integer,
    Number,
    Duration, // seconds; edited with a unit
    Probability,
    Bool,
    StringList, // one item per line (command arguments)
    StringMap,  // KEY=VALUE per line (environment)
    ErrorType,  // a name from the error hierarchy, or typed
    Choice,
};

struct ParamDescriptor
{
    QString key;
    ParamType type = ParamType::String;
    QString label;
    QString help;
    QVariant defaultValue; // invalid: required
    double minimum = 0;
    double maximum = 1e9;
    QStringList choices;
};

} // namespace volnux
