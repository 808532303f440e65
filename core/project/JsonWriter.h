// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small pretty JSON writer with a chosen key order (QJsonDocument sorts keys), so saved
// project files keep a stable, readable order and diff well. Indents by 2 spaces; lists of plain
// values stay on one line. Stateless: thread-safe.

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace volnux {

class JsonWriter
{
public:
    // The preferred key order of the object at `path` ("" for the top level, "events[]" for each
    // event, "events[].params" for its params). Listed keys come first in that order, the
    // others follow alphabetically.
    using KeyOrder = std::function<QStringList(const QString &path)>;

    static QByteArray write(const QJsonValue &value, const KeyOrder &order = {});
    // A JSON number as text: integers without a fraction, others in the shortest exact form.
    static QByteArray number(double value);
    static QByteArray quoted(const QString &text);
    static void appendQuoted(QByteArray &out, const QString &text); // the same, appended
};

} // namespace volnux
