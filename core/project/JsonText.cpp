// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include "core/ConfigField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QLocale>
#include <QSet>

namespace volnux {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid (overlong forms,
// surrogates and code points above U+10FFFF included).
int validSequenceLength(const QByteArray &text, qsizetype i)
{
    const uchar lead = uchar(text[i]);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uint lowest = 0;
    uint code = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, lowest = 0x80, code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, lowest = 0x800, code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, lowest = 0x10000, code = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar byte = uchar(text[i + k]);
        if (!isContinuation(byte))
            return 0;
        code = (code << 6) | (byte & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return (code < lowest || code > 0x10FFFF || surrogate) ? 0 : length;
}

struct Container
{
    bool isObject = false;
    QString path;
    QSet<QString> keys;
    QString currentKey;
    int index = 0;
    bool expectKey = false;
};

QString childPath(const QList<Container> &stack)
{
    if (stack.isEmpty())
        return QString();
    const Container &top = stack.last();
    return top.isObject ? config::qualified(top.path, top.currentKey)
                        : top.path + QStringLiteral("[%1]").arg(top.index);
}

// The end of the string token starting at the quote at `start` (the index of its closing quote).
qsizetype stringEnd(const QByteArray &json, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < json.size() && json[i] != '"')
        i += json[i] == '\\' ? 2 : 1;
    return i;
}

QString decodeString(const QByteArray &token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token + ']');
    return doc.array().at(0).toString();
}

// Line and column of byte offsets asked for in increasing order, counted in one pass over the
// text: locating every one of n keys costs the length of the text once, not n times.
class Cursor
{
public:
    explicit Cursor(const QByteArray &text) : m_text(text) {}

    QString locate(qsizetype byteOffset)
    {
        byteOffset = qBound(qsizetype(0), byteOffset, m_text.size());
        if (byteOffset < m_offset) // backwards: start again (never happens in one scan)
            m_offset = 0, m_line = 1, m_column = 1;
        for (; m_offset < byteOffset; ++m_offset) {
            if (m_text[m_offset] == '\n') {
                ++m_line;
                m_column = 1;
            } else if (!isContinuation(uchar(m_text[m_offset]))) {
                ++m_column;
            }
        }
        return QStringLiteral("line %1, column %2 (byte %3)")
            .arg(m_line)
            .arg(m_column)
            .arg(byteOffset);
    }

private:
    const QByteArray &m_text;
    qsizetype m_offset = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
};

} // namespace

QString JsonText::locate(const QByteArray &text, qsizetype byteOffset)
{
    return Cursor(text).locate(byteOffset);
}

QString JsonText::andMore(qsizetype count, const QString &what)
{
    return QStringLiteral("%1 and %2 more %3")
        .arg(QChar(0x2026), QLocale(QLocale::English).toString(qint64(count)), what);
}

QStringList JsonText::utf8Problems(const QByteArray &text, int limit)
{
    QStringList problems;
    qsizetype i = 0;
    while (i < text.size() && problems.size() < limit) {
        const int length = validSequenceLength(text, i);
        if (length > 0) {
            i += length;
            continue;
        }
        problems << locate(text, i) +
                        QStringLiteral(": invalid UTF-8 (byte 0x%1); a project file must be "
                                       "saved as UTF-8")
                            .arg(uint(uchar(text[i])), 2, 16, QLatin1Char('0'));
        // The rest of a broken sequence is the same problem, not one per byte.
        ++i;
        while (i < text.size() && isContinuation(uchar(text[i])))
            ++i;
    }
    return problems;
}

QStringList JsonText::duplicateKeys(const QByteArray &json, int limit)
{
    QStringList problems;
    qsizetype more = 0;
    Cursor cursor(json);
    QList<Container> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            Container container;
            container.isObject = c == '{';
            container.expectKey = container.isObject;
            container.path = childPath(stack);
            stack.append(container);
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            Container &top = stack.last();
            top.expectKey = top.isObject;
            ++top.index;
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                Container &top = stack.last();
                top.currentKey = decodeString(json.mid(i, end - i + 1));
                top.expectKey = false;
                if (top.keys.contains(top.currentKey) && problems.size() >= limit)
                    ++more;
                else if (top.keys.contains(top.currentKey))
                    problems << config::qualified(top.path, top.currentKey) +
                                    QStringLiteral(": duplicate key at %1; each key may "
                                                   "appear only once in an object")
                                        .arg(cursor.locate(i));
                top.keys.insert(top.currentKey);
            }
            i = end;
        }
    }
    if (more > 0)
        problems << andMore(more, more == 1 ? QStringLiteral("duplicate key")
                                            : QStringLiteral("duplicate keys"));
    return problems;
}

} // namespace volnux
