// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the last `capacity` bytes of a stream (a command's stdout or stderr) and counts what it
// dropped, so a chatty program cannot exhaust memory. Not thread-safe: one per stream per attempt.

#include <QByteArray>
#include <QStringList>

namespace volnux {

class OutputTail
{
public:
    explicit OutputTail(qsizetype capacity) : m_capacity(capacity) {}

    void append(const QByteArray &bytes);
    const QByteArray &data() const { return m_data; }
    qint64 dropped() const { return m_dropped; }
    // The kept text as at most `maxLines` log lines (the last ones), each prefixed; a first line
    // says how many bytes were dropped, by the capture bound or the line bound.
    QStringList logLines(const QString &prefix, qsizetype maxLines) const;
    // The last non-empty line, for error messages.
    QString lastLine() const;

private:
    qsizetype m_capacity;
    QByteArray m_data;
    qint64 m_dropped = 0;
};

} // namespace volnux
