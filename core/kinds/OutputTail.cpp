// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputTail.h"

#include <algorithm>

namespace volnux {

void OutputTail::append(const QByteArray &bytes)
{
    m_data.append(bytes);
    const qsizetype excess = m_data.size() - m_capacity;
    if (excess > 0) {
        m_data.remove(0, excess);
        m_dropped += excess;
    }
}

QStringList OutputTail::logLines(const QString &prefix, qsizetype maxLines) const
{
    QString text = QString::fromUtf8(m_data);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QStringList lines;
    if (!text.isEmpty())
        lines = text.split(QLatin1Char('\n'));
    qint64 dropped = m_dropped;
    const qsizetype excess = lines.size() - std::max<qsizetype>(maxLines - 1, 0);
    for (qsizetype i = 0; i < excess; ++i)
        dropped += lines.at(i).toUtf8().size() + 1;
    if (excess > 0)
        lines.remove(0, excess);
    for (QString &line : lines)
        line.prepend(prefix);
    if (dropped > 0) {
        lines.prepend(prefix + QStringLiteral("... %1 bytes dropped, kept the last %2 bytes")
                                   .arg(dropped)
                                   .arg(m_data.size() + m_dropped - dropped));
    }
    return lines;
}

QString OutputTail::lastLine() const
{
    const QStringList lines =
        QString::fromUtf8(m_data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString trimmed = it->trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

} // namespace volnux
