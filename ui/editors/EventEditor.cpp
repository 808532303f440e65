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
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QUndoStack>

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

    auto *grid = new QGridLayout(m_form);
    grid->setSpacing(10);
    // Left: what the event does and on what; right: how it runs, retries and is judged. The retry
    // policy and its chart sit at the top, where the eye starts.
    grid->addWidget(general, 0, 0);
    grid->addWidget(tasks, 1, 0);
    grid->addWidget(m_retry, 0, 1);
    grid->addWidget(executor, 1, 1);
    grid->addWidget(outcome, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    grid->setProperty(TabOrder::kByColumn, true); // the left column, then the right

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
    TabOrder::followLayout(this); // a new kind brought new parameter fields
}

void EventEditor::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    FormFieldNames::apply(m_form); // after the Retranslator gave the labels their new text
    reload();
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
