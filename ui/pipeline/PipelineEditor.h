// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project's pipeline: Pointy text (highlighted, errors at their line and column) beside the
// graph it describes, which follows the text as the user types. Without a pipeline the events run
// in file order, and the graph shows that.

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace volnux {

class PipelineGraphView;
class PointyHighlighter;
class ProjectDocument;

class PipelineEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    PipelineGraphView *graphView() const { return m_graph; }
    QString statusText() const;
    void selectEvent(int eventIndex);
    // Puts the text cursor where the pipeline stops parsing; false when it parses.
    bool goToError();

signals:
    void eventActivated(int eventIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override; // redraws the graph and status in a new language

private:
    void shareUndoStack();
    void loadText();
    void textEdited();
    void refresh();
    void showStatus(const QString &text, bool isError);

    ProjectDocument *m_document;
    QPlainTextEdit *m_text;
    PointyHighlighter *m_highlighter;
    QLabel *m_status;
    PipelineGraphView *m_graph;
    bool m_loading = false;
};

} // namespace volnux
