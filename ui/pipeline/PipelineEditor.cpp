// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineEditor.h"

#include "core/pipeline/PointyParser.h"
#include "ui/commands/EditPipelineCommand.h"
#include "ui/document/ProjectDocument.h"
#include "ui/pipeline/PipelineGraphView.h"
#include "ui/pipeline/PointyHighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

namespace volnux {

PipelineEditor::PipelineEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_text(new QPlainTextEdit(this)),
      m_highlighter(new PointyHighlighter(m_text->document())), m_status(new QLabel(this)),
      m_graph(new PipelineGraphView(this))
{
    setObjectName(QStringLiteral("pipelineEditor"));
    m_text->setObjectName(QStringLiteral("pipelineText"));
    m_text->setAccessibleName(tr("Pipeline text"));
    m_text->setAccessibleDescription(
        tr("The order the events run in: A -> B one after another, A || B at once, "
           "A (0 -> F, 1 -> S) by A's outcome, A * 3 with up to three attempts."));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true); // Tab must not trap keyboard users here
    m_text->setPlaceholderText(tr("Empty: the events run in the order of the project explorer.\n"
                                  "Example: fetch -> build (0 -> notify, 1 -> test || lint)"));
    m_status->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shareUndoStack();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("pipelineTextAndGraph")); // kept (SplitterStates)
    splitter->addWidget(left);
    splitter->addWidget(m_graph);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // The graph needs the width; a pipeline's text is a few short lines.
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_text, &QPlainTextEdit::textChanged, this, &PipelineEditor::textEdited);
    connect(m_graph, &PipelineGraphView::eventActivated, this, &PipelineEditor::eventActivated);
    connect(document, &ProjectDocument::pipelineChanged, this, &PipelineEditor::loadText);
    connect(document, &ProjectDocument::projectReset, this, &PipelineEditor::loadText);
    for (auto signal : {&ProjectDocument::eventInserted, &ProjectDocument::eventRemoved,
                        &ProjectDocument::eventChanged})
        connect(document, signal, this, &PipelineEditor::refresh);
    connect(document, &ProjectDocument::eventMoved, this, &PipelineEditor::refresh);
    loadText();
}

// The text box keeps no undo history of its own: a second one would revert the text behind the
// project's back (the title keeping "*", Redo staying disabled). Its undo and redo keys and its
// context menu's entries act on the project's undo stack, where every text edit already is.
void PipelineEditor::shareUndoStack()
{
    m_text->setUndoRedoEnabled(false);
    m_text->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = m_text->createStandardContextMenu(at);
        QUndoStack *stack = m_document->undoStack();
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("edit-undo"))
                menu->insertAction(action, stack->createUndoAction(menu, tr("&Undo")));
            else if (action->objectName() == QLatin1String("edit-redo"))
                menu->insertAction(action, stack->createRedoAction(menu, tr("&Redo")));
            else
                continue;
            menu->removeAction(action);
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_text->viewport()->mapToGlobal(at));
    });
}

bool PipelineEditor::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (watched != m_text || !key)
        return QWidget::eventFilter(watched, event);
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    const bool undo = keyEvent->matches(QKeySequence::Undo);
    const bool redo = keyEvent->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    // Taken here rather than by the window's Undo shortcut: it works wherever the box is docked.
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (undo)
            m_document->undoStack()->undo();
        else
            m_document->undoStack()->redo();
    }
    return true;
}

void PipelineEditor::loadText()
{
    const QString text = m_document->project().pipeline.value_or(QString());
    if (m_text->toPlainText() != text) {
        // An undo puts the text back; the cursor stays about where the user was working.
        const int position = m_text->textCursor().position();
        m_loading = true;
        m_text->setPlainText(text);
        m_loading = false;
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(std::min(position, int(text.size())));
        m_text->setTextCursor(cursor);
    }
    refresh();
}

void PipelineEditor::textEdited()
{
    if (m_loading)
        return;
    const QString text = m_text->toPlainText();
    std::optional<QString> pipeline;
    if (!text.trimmed().isEmpty())
        pipeline = text;
    if (pipeline != m_document->project().pipeline)
        m_document->undoStack()->push(new EditPipelineCommand(m_document, pipeline));
}

void PipelineEditor::refresh()
{
    QStringList names;
    for (const EventDefinition &event : m_document->project().events)
        names << event.name;
    m_highlighter->setEventNames(names);
    const std::optional<QString> &pipeline = m_document->project().pipeline;
    if (!pipeline) {
        m_highlighter->setErrorPosition(0, 0);
        m_graph->setGraph(PipelineGraphView::sequenceOf(int(names.size())), names);
        m_graph->setStale({});
        showStatus(tr("No pipeline: the events run in the order of the project explorer."), false);
        return;
    }
    PipelineError error;
    const Result<PipelineGraph> graph = PointyParser::parse(*pipeline, names, &error);
    if (!graph) {
        // The last good graph stays up while the user is mid-edit; the text shows where it broke.
        m_highlighter->setErrorPosition(error.line, error.column);
        showStatus(error.formatted(), true);
        m_graph->setStale(tr("Out of date: the text has an error at line %1, column %2. The graph "
                             "shows the last pipeline that was valid.")
                              .arg(error.line)
                              .arg(error.column));
        return;
    }
    m_highlighter->setErrorPosition(0, 0);
    m_graph->setGraph(graph.value(), names);
    m_graph->setStale({});
    showStatus(tr("%n step(s)", nullptr, int(graph->nodes.size())), false);
}

void PipelineEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

bool PipelineEditor::goToError()
{
    const std::optional<QString> &pipeline = m_document->project().pipeline;
    if (!pipeline)
        return false;
    QStringList names;
    for (const EventDefinition &event : m_document->project().events)
        names << event.name;
    PipelineError error;
    if (PointyParser::parse(*pipeline, names, &error))
        return false;
    const QTextBlock block = m_text->document()->findBlockByNumber(std::max(0, error.line - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(error.column - 1, 0, block.length() - 1));
    m_text->setTextCursor(cursor);
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->ensureCursorVisible();
    return true;
}

void PipelineEditor::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setFont(isError ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_status->setStyleSheet(isError ? QStringLiteral("color: #d9413a;") : QString());
}

QString PipelineEditor::statusText() const
{
    return m_status->text();
}

void PipelineEditor::selectEvent(int eventIndex)
{
    m_graph->selectEvent(eventIndex);
}

} // namespace volnux
