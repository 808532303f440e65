// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointyHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace volnux {

PointyHighlighter::PointyHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_operator.setForeground(dark ? QColor(0xf0, 0x8d, 0x49) : QColor(0xb3, 0x4d, 0x00));
    m_operator.setFontWeight(QFont::Bold);
    m_number.setForeground(dark ? QColor(0xb5, 0x89, 0xf0) : QColor(0x6f, 0x42, 0xc1));
    m_event.setForeground(dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x00, 0x5c, 0xc5));
    m_unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknown.setUnderlineColor(QColor(0xd9, 0x41, 0x3a));
    m_comment.setForeground(QColor(0x88, 0x88, 0x88));
    m_comment.setFontItalic(true);
    m_error.setBackground(QColor(0xd9, 0x41, 0x3a, 90));
    m_error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_error.setUnderlineColor(QColor(0xd9, 0x41, 0x3a));
}

void PointyHighlighter::setEventNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    rehighlight();
}

void PointyHighlighter::setErrorPosition(int line, int column)
{
    if (line == m_errorLine && column == m_errorColumn)
        return;
    m_errorLine = line;
    m_errorColumn = column;
    rehighlight();
}

void PointyHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        R"((#.*$)|(\|->|->|\|\||\*|[(),])|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][\w.\-]*))"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto start = int(match.capturedStart());
        const auto length = int(match.capturedLength());
        if (match.capturedLength(1) > 0) {
            setFormat(start, length, m_comment);
        } else if (match.capturedLength(2) > 0) {
            setFormat(start, length, m_operator);
        } else if (match.capturedLength(3) > 0) {
            setFormat(start, length, m_number);
        } else {
            QTextCharFormat format = m_event;
            if (!m_names.contains(match.captured(4)))
                format.merge(m_unknown);
            setFormat(start, length, format);
        }
    }
    if (m_errorLine > 0 && currentBlock().blockNumber() == m_errorLine - 1) {
        const int column = std::clamp(m_errorColumn - 1, 0, std::max(0, int(text.size()) - 1));
        QTextCharFormat format = QSyntaxHighlighter::format(column);
        format.merge(m_error);
        setFormat(column, std::max(1, int(text.size()) - column), format);
    }
}

} // namespace volnux
