// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserText.h"

#include <QLocale>

#include <algorithm>

namespace volnux {

namespace {

bool isBidiOrInvisible(char16_t c)
{
    return c == 0x061C                     // Arabic letter mark
           || (c >= 0x200B && c <= 0x200F) // zero-width space/joiners, LRM, RLM
           || (c >= 0x2028 && c <= 0x202E) // line/paragraph separators, embeddings, overrides
           || (c >= 0x2060 && c <= 0x2069) // word joiner ... isolates (LRI, RLI, FSI, PDI)
           || c == 0xFEFF;                 // byte order mark, zero-width no-break space
}

QString escapedBody(QStringView value, qsizetype maxChars, bool quoting, bool *cut)
{
    qsizetype end = qMin(value.size(), qMax<qsizetype>(0, maxChars));
    if (end < value.size() && end > 0 && value.at(end - 1).isHighSurrogate())
        --end; // never split a character in two
    *cut = end < value.size();
    QString out;
    out.reserve(end + 8);
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = value.at(i).unicode();
        if (quoting && (c == u'\\' || c == u'"')) {
            out += QLatin1Char('\\');
            out += QChar(c);
        } else if (const QString escape = UserText::escapeOf(c); !escape.isEmpty()) {
            out += escape;
        } else {
            out += QChar(c);
        }
    }
    if (*cut)
        out += QChar(0x2026);
    return out;
}

QString lengthNote(qsizetype size)
{
    return QStringLiteral(" (%1 characters)").arg(UserText::count(size));
}

} // namespace

QString UserText::escapeOf(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiOrInvisible(c))
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return {};
}

QString UserText::terminalSafe(const QString &text)
{
    const auto needsEscape = [](QChar c) {
        return c != u'\n' && c != u'\t' && !escapeOf(c.unicode()).isEmpty();
    };
    const auto first = std::find_if(text.cbegin(), text.cend(), needsEscape);
    if (first == text.cend())
        return text; // shared, not copied: the usual case, on every repaint of a table
    QString safe = text.first(first - text.cbegin());
    for (auto it = first; it != text.cend(); ++it) {
        if (needsEscape(*it))
            safe += escapeOf(it->unicode());
        else
            safe += *it;
    }
    return safe;
}

QString UserText::quoted(QStringView value, qsizetype maxChars, QChar quote)
{
    bool cut = false;
    QString body = escapedBody(value, maxChars, quote == u'"', &cut);
    if (quote != u'"') // another quote character: escape that one instead
        body.replace(quote, QLatin1Char('\\') + quote);
    return quote + body + quote + (cut ? lengthNote(value.size()) : QString());
}

QString UserText::escaped(QStringView value, qsizetype maxChars)
{
    bool cut = false;
    const QString body = escapedBody(value, maxChars, false, &cut);
    return body + (cut ? lengthNote(value.size()) : QString());
}

QString UserText::count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace volnux
