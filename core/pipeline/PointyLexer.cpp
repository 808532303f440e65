// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PointyLexer.h"

namespace volnux {

namespace {

// Walks the text keeping line and column current, so every token knows where it starts.
class Cursor
{
public:
    explicit Cursor(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }
    void advance()
    {
        if (m_text.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    PointyToken start(PointyToken::Kind kind) const
    {
        PointyToken token;
        token.kind = kind;
        token.offset = int(m_pos);
        token.line = m_line;
        token.column = m_column;
        return token;
    }
    // Consumes `count` characters into the token's text.
    void take(PointyToken &token, int count)
    {
        token.text = m_text.mid(m_pos, count);
        for (int i = 0; i < count; ++i)
            advance();
    }
    qsizetype pos() const { return m_pos; }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

bool startsWord(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// '-' belongs to a name ("fetch-data") unless it starts an arrow.
bool continuesWord(QChar c, QChar after)
{
    if (c == QLatin1Char('-'))
        return after != QLatin1Char('>');
    return startsWord(c) || c == QLatin1Char('.');
}

void skipSpaceAndComments(Cursor &cursor)
{
    while (!cursor.atEnd()) {
        const QChar c = cursor.peek();
        if (c == QLatin1Char('#')) {
            while (!cursor.atEnd() && cursor.peek() != QLatin1Char('\n'))
                cursor.advance();
        } else if (c.isSpace()) {
            cursor.advance();
        } else {
            return;
        }
    }
}

PointyToken readWord(Cursor &cursor)
{
    PointyToken token = cursor.start(PointyToken::Kind::Word);
    int length = 1;
    while (continuesWord(cursor.peek(length), cursor.peek(length + 1)))
        ++length;
    cursor.take(token, length);
    return token;
}

// Punctuation: the longest operator that matches, else one Invalid character.
PointyToken readSymbol(Cursor &cursor)
{
    using Kind = PointyToken::Kind;
    const QChar c = cursor.peek();
    const QChar c1 = cursor.peek(1);
    const QChar c2 = cursor.peek(2);
    Kind kind = Kind::Invalid;
    int length = 1;
    if (c == QLatin1Char('-') && c1 == QLatin1Char('>')) {
        kind = Kind::Arrow;
        length = 2;
    } else if (c == QLatin1Char('|') && c1 == QLatin1Char('-') && c2 == QLatin1Char('>')) {
        kind = Kind::PipeArrow;
        length = 3;
    } else if (c == QLatin1Char('|') && c1 == QLatin1Char('|')) {
        kind = Kind::Parallel;
        length = 2;
    } else if (c == QLatin1Char('*')) {
        kind = Kind::Star;
    } else if (c == QLatin1Char('(')) {
        kind = Kind::OpenParen;
    } else if (c == QLatin1Char(')')) {
        kind = Kind::CloseParen;
    } else if (c == QLatin1Char(',')) {
        kind = Kind::Comma;
    } else if (c.isHighSurrogate() && c1.isLowSurrogate()) {
        length = 2; // report a whole non-BMP character, not half of it
    }
    PointyToken token = cursor.start(kind);
    cursor.take(token, length);
    return token;
}

} // namespace

QList<PointyToken> PointyLexer::tokenize(const QString &text)
{
    QList<PointyToken> tokens;
    Cursor cursor(text);
    for (;;) {
        skipSpaceAndComments(cursor);
        if (cursor.atEnd())
            break;
        tokens.append(startsWord(cursor.peek()) ? readWord(cursor) : readSymbol(cursor));
    }
    tokens.append(cursor.start(PointyToken::Kind::End));
    return tokens;
}

} // namespace volnux
