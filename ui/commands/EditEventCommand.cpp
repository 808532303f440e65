// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditEventCommand.h"

#include "core/pipeline/PipelineText.h"
#include "ui/document/ProjectDocument.h"

namespace volnux {

// Event commands start at this id so other mergeable commands can use ids below it.
static constexpr int kEventFieldIdBase = 100;

EditEventCommand::EditEventCommand(ProjectDocument *document, int index, EventDefinition after,
                                   EventField field, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(document->event(index)),
      m_after(std::move(after)), m_field(field), m_pipelineBefore(document->project().pipeline)
{
}

// Computed from the text before the first keystroke, so merged typing never renames a
// half-typed name that happens to match another event.
std::optional<QString> EditEventCommand::pipelineAfter() const
{
    if (!m_pipelineBefore || m_before.name == m_after.name)
        return m_pipelineBefore;
    return PipelineText::renameEvent(*m_pipelineBefore, m_before.name, m_after.name);
}

void EditEventCommand::undo()
{
    m_document->applyEvent(m_index, m_before);
    if (m_document->project().pipeline != m_pipelineBefore)
        m_document->applyPipeline(m_pipelineBefore);
}

void EditEventCommand::redo()
{
    m_document->applyEvent(m_index, m_after);
    const std::optional<QString> pipeline = pipelineAfter();
    if (m_document->project().pipeline != pipeline)
        m_document->applyPipeline(pipeline);
}

int EditEventCommand::id() const
{
    return kEventFieldIdBase + int(m_field);
}

bool EditEventCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditEventCommand *>(other);
    if (edit->m_index != m_index || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace volnux
