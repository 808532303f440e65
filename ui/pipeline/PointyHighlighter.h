// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Syntax highlighting for Pointy pipelines: operators, branch descriptors, retry counts, event
// names (names the project does not define are underlined), and the error position.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace volnux {

class PointyHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PointyHighlighter(QTextDocument *document);

    void setEventNames(const QStringList &names);
    // 1-based line and column of the parse error; 0 clears it.
    void setErrorPosition(int line, int column);

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_names;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QTextCharFormat m_operator;
    QTextCharFormat m_number;
    QTextCharFormat m_event;
    QTextCharFormat m_unknown;
    QTextCharFormat m_comment;
    QTextCharFormat m_error;
};

} // namespace volnux
