// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a value written by a user (a project file, a command line, a program's output) appears in
// a message or a log line. Such a value may be ten megabytes long, or hold control characters
// (an ESC sequence retitles the terminal, a carriage return overwrites the line) and bidi
// controls (U+202E shows the rest of the line reversed). Every message that quotes a user value
// goes through here, so none is echoed whole or raw. Stateless: thread-safe.

#include <QString>
#include <QStringView>

namespace volnux {

class UserText
{
public:
    static constexpr qsizetype kMaxQuoted = 60; // a value inside a message
    static constexpr qsizetype kMaxLine = 1000; // a message of its own (a task's error)

    // `"value"` with control, bidi and invisible format characters escaped (\n, \u001b, \u202e)
    // as are the quote and backslash, and cut after `maxChars` characters with its length said:
    // `"aaaa…" (10,000,000 characters)`.
    static QString quoted(QStringView value, qsizetype maxChars = kMaxQuoted, QChar quote = u'"');
    // The same without quotes, for a whole line of text: `aaaa… (10,000,000 characters)`.
    // Quotes and backslashes are left as they are.
    static QString escaped(QStringView value, qsizetype maxChars = kMaxLine);
    // A whole message, as the last step before a terminal: its line breaks and tabs kept, every
    // other control, bidi and invisible format character escaped; nothing cut. What went through
    // quoted() or escaped() is left as it is.
    static QString terminalSafe(const QString &text); // `text` itself when it is safe
    // The escape of one character, or an empty string when it is shown as it is.
    static QString escapeOf(char16_t c);
    // "10,000,000": counts in messages are read by people.
    static QString count(qint64 n);
};

} // namespace volnux
