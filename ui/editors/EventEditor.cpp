// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventEditor.h"

#include "core/pipeline/PointyParser.h"
#include "ui/accessibility/FormFieldNames.h"
#include "ui/accessibility/TabOrder.h"
#include "ui/commands/EditEventCommand.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/ExecutorSection.h"
#include "ui/editors/GeneralSection.h"
#include "ui/editors/OutcomeSection.h"
#include "ui/editors/ProblemLabel.h"
#include "ui/editors/RetrySection.h"
#include "ui/editors/TasksSection.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace volnux {

namespace {

// The `* N` a valid pipeline gives event `index`, with the step as the user would write it.
std::optional<std::pair<int, QString>> pipelineAttempts(const Project &project, int index)
{
    if (!project.pipeline || index < 0)
        return std::nullopt;
    QStringList names;
    for (const EventDefinition &event : project.events)
        names << event.name;
    const Result<PipelineGraph> graph = PointyParser::parse(*project.pipeline, names);
    if (!graph)
        return std::nullopt;
    for (const PipelineNode &node : graph->nodes) {
        if (node.attempts && node.events.contains(index))
            return std::pair(*node.attempts,
                             QStringLiteral("%1 * %2").arg(names[index]).arg(*node.attempts));
    }
    return std::nullopt;
}

} // namespace

EventEditor::EventEditor(ProjectDocument *document, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_form(new QWidget)
{
    setObjectName(QStringLiteral("eventEditor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *general = new GeneralSection(m_form);
    auto *executor = new ExecutorSection(m_form);
    auto *tasks = new TasksSection(m_form);
    auto *outcome = new OutcomeSection(m_form);
    m_retry = new RetrySection(m_form);
    m_sections = {general, executor, tasks, outcome, m_retry};

    m_columns = new QHBoxLayout(m_form);
    m_columns->setSpacing(10);
    m_columns->setContentsMargins(6, 6, 6, 6);
    arrange(2, false);

    auto *stack = new QStackedWidget;
    m_placeholder = new QLabel(tr("Select an event in the project explorer, or add one."));
    static_cast<QLabel *>(m_placeholder)->setAlignment(Qt::AlignCenter);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_form);
    setWidget(stack);
    FormFieldNames::apply(m_form);

    for (EditorSection *section : std::as_const(m_sections))
        connect(section, &EditorSection::edited, this,
                [this, section](EventField field, const QString &text) {
                    sectionEdited(section, int(field), text);
                });
    connect(document, &ProjectDocument::eventChanged, this, [this](int index) {
        if (index == m_current)
            reload();
    });
    connect(document, &ProjectDocument::problemsChanged, this, &EventEditor::showProblems);
    connect(document, &ProjectDocument::pipelineChanged, this, &EventEditor::showPipelineAttempts);
    connect(document, &ProjectDocument::projectReset, this,
            [this] { setCurrentEvent(m_document->eventCount() > 0 ? 0 : -1); });
    connect(document, &ProjectDocument::eventRemoved, this, [this](int index) {
        if (index == m_current)
            setCurrentEvent(std::min(index, m_document->eventCount() - 1));
        else if (index < m_current)
            --m_current;
    });
    connect(document, &ProjectDocument::eventInserted, this, [this](int index) {
        if (index <= m_current)
            ++m_current;
    });
    connect(document, &ProjectDocument::eventMoved, this, [this](int from, int to) {
        if (from == m_current)
            m_current = to;
        else if (from < m_current && to >= m_current)
            --m_current;
        else if (from > m_current && to <= m_current)
            ++m_current;
    });
    setCurrentEvent(-1);
}

// Columns of sections, each as tall as its own content. Two: what the event does and on what;
// then how it retries, runs and is judged, the retry policy and its chart at the top, where the
// eye starts. Three, when the editor is wide enough (1280 pixels wide on a 1280x800 screen): the
// chart and the executor no longer sit below other sections, so both show without scrolling.
QList<QList<EditorSection *>> EventEditor::columnsOf(int columns) const
{
    EditorSection *general = m_sections[0], *executor = m_sections[1], *tasks = m_sections[2],
                  *outcome = m_sections[3];
    if (columns == 3)
        return {{general, tasks}, {m_retry}, {executor, outcome}};
    return {{general, tasks}, {m_retry, executor, outcome}};
}

void EventEditor::arrange(int columns, bool chartFillsColumn)
{
    if (columns == m_columnCount && chartFillsColumn == m_chartFillsColumn)
        return;
    m_columnCount = columns;
    m_chartFillsColumn = chartFillsColumn;
    while (QLayoutItem *item = m_columns->takeAt(0))
        delete item; // a column's layout; the sections stay children of m_form
    for (const QList<EditorSection *> &sections : columnsOf(columns)) {
        auto *column = new QVBoxLayout;
        column->setSpacing(m_columns->spacing());
        for (EditorSection *section : sections)
            column->addWidget(section);
        // Sections keep their compact height, the room left below them; except that the retry
        // policy alone in its column takes it all, for its chart, when nothing needs scrolling.
        if (!(chartFillsColumn && sections == QList<EditorSection *>{m_retry}))
            column->addStretch(1);
        m_columns->addLayout(column, 1);
    }
    TabOrder::followLayout(this);
}

// The smallest size three columns take: the widest section of each column side by side, and the
// tallest column's sections stacked.
QSize EventEditor::threeColumnSize() const
{
    const int spacing = m_columns->spacing();
    const QMargins margins = m_columns->contentsMargins();
    QSize size(margins.left() + margins.right() - spacing, 0);
    for (const QList<EditorSection *> &sections : columnsOf(3)) {
        int width = 0, height = -spacing;
        for (const EditorSection *section : sections) {
            width = std::max(width, section->minimumSizeHint().width());
            height += section->minimumSizeHint().height() + spacing;
        }
        size.rwidth() += width + spacing;
        size.setHeight(std::max(size.height(), height));
    }
    size.rheight() += margins.top() + margins.bottom();
    return size;
}

void EventEditor::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateColumns();
}

// Three columns when they fit side by side; the sections' widths change with the kind's fields
// and with the language.
void EventEditor::updateColumns()
{
    // Measured as if the vertical scroll bar were shown, so that it coming or going (the columns
    // change the height) never flips the choice back.
    const int width = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    const QSize three = threeColumnSize();
    const int columns = width >= three.width() ? 3 : 2;
    arrange(columns, columns == 3 && three.height() <= contentsRect().height());
}

void EventEditor::setCurrentEvent(int index)
{
    m_current = index >= 0 && index < m_document->eventCount() ? index : -1;
    static_cast<QStackedWidget *>(widget())->setCurrentIndex(m_current < 0 ? 0 : 1);
    reload();
}

void EventEditor::reload()
{
    if (m_current < 0)
        return;
    m_loading = true;
    for (EditorSection *section : std::as_const(m_sections))
        section->load(m_document->event(m_current));
    m_loading = false;
    showPipelineAttempts();
    showProblems();
    updateColumns();
    TabOrder::followLayout(this); // a new kind brought new parameter fields
}

void EventEditor::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    FormFieldNames::apply(m_form); // after the Retranslator gave the labels their new text
    reload(); // which also chooses the columns anew: the labels' widths changed
}

void EventEditor::showPipelineAttempts()
{
    const auto attempts = pipelineAttempts(m_document->project(), m_current);
    m_retry->setPipelineAttempts(attempts ? std::optional<int>(attempts->first) : std::nullopt,
                                 attempts ? attempts->second : QString());
}

void EventEditor::showProblems()
{
    if (m_current < 0)
        return;
    const QString prefix = QStringLiteral("events[%1].").arg(m_current);
    const ProblemLookup lookup = [this, prefix](const QString &location) {
        return m_document->problemsAt(prefix + location);
    };
    for (EditorSection *section : std::as_const(m_sections))
        section->showProblems(lookup);
}

bool EventEditor::goToProblem(const QString &problem)
{
    // Each field shows its own problems right under it: the field to go to is the one whose
    // label lists this problem.
    for (ProblemLabel *label : m_form->findChildren<ProblemLabel *>()) {
        if (label->isHidden() || !label->text().split(QLatin1Char('\n')).contains(problem))
            continue;
        QWidget *cell = label->parentWidget();
        ensureWidgetVisible(cell);
        // The value itself rather than its EMPTY box, when the value can take the focus.
        QWidget *target = nullptr;
        for (QWidget *field : cell->findChildren<QWidget *>()) {
            if (!field->isEnabled() || !(field->focusPolicy() & Qt::TabFocus) ||
                qobject_cast<ProblemLabel *>(field))
                continue;
            if (!target || qobject_cast<QCheckBox *>(target))
                target = field;
        }
        if (target)
            target->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void EventEditor::sectionEdited(EditorSection *section, int field, const QString &undoText)
{
    if (m_loading || m_current < 0)
        return;
    EventDefinition event = m_document->event(m_current);
    section->store(event);
    if (event == m_document->event(m_current))
        return;
    m_document->undoStack()->push(
        new EditEventCommand(m_document, m_current, event, EventField(field), undoText));
}

} // namespace volnux
