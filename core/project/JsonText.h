// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks on the raw bytes of a JSON document that QJsonDocument does not make: where a byte
// offset is as line and column, invalid UTF-8 anywhere, and keys repeated within one object
// (QJsonDocument silently keeps the last one). Stateless functions: thread-safe.

#include <QByteArray>
#include <QStringList>

namespace volnux {

class JsonText
{
public:
    // "line 3, column 14 (byte 42)": lines and columns are 1-based, columns count characters.
    static QString locate(const QByteArray &text, qsizetype byteOffset);
    // Each invalid UTF-8 sequence, located (at most `limit` of them).
    static QStringList utf8Problems(const QByteArray &text, int limit = 10);
    // Each key that repeats a key of the same object, located by its JSON path
    // ("events[0].retry_policy.max_attempts: ..."). `json` must already be syntactically valid.
    // At most `limit` messages; a last one says how many more there were. Linear in the text:
    // positions are counted in one pass, not from the start for each key.
    static QStringList duplicateKeys(const QByteArray &json, int limit = 10);
    // "… and 199,990 more <what>", the line that ends a list of messages cut at a limit.
    static QString andMore(qsizetype count, const QString &what);
};

} // namespace volnux
