#include "PipelineEditor.h"

#include "core/pipeline/PointyParser.h"
#include "ui/commands/EditPipelineCommand.h"
#include "ui/document/ProjectDocument.h"
#include "ui/pipeline/PipelineGraphView.h"
#include "ui/pipeline/PointyHighlighter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
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
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Empty: the events run in the order of the project explorer.\n"
                                  "Example: fetch -> build (0 -> notify, 1 -> test || lint)"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

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

void PipelineEditor::loadText()
{
    const QString text = m_document->project().pipeline.value_or(QString());
    if (m_text->toPlainText() != text) {
        m_loading = true;
        m_text->setPlainText(text);
        m_loading = false;
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
        showStatus(tr("No pipeline: the events run in the order of the project explorer."), false);
        return;
    }
    PipelineError error;
    const Result<PipelineGraph> graph = PointyParser::parse(*pipeline, names, &error);
    if (!graph) {
        // The last good graph stays up while the user is mid-edit; the text shows where it broke.
        m_highlighter->setErrorPosition(error.line, error.column);
        showStatus(error.formatted(), true);
        return;
    }
    m_highlighter->setErrorPosition(0, 0);
    m_graph->setGraph(graph.value(), names);
    showStatus(tr("%n step(s)", nullptr, int(graph->nodes.size())), false);
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
