#include "EditEventCommand.h"

#include "ui/document/ProjectDocument.h"

namespace volnux {

// Event commands start at this id so other mergeable commands can use ids below it.
static constexpr int kEventFieldIdBase = 100;

EditEventCommand::EditEventCommand(ProjectDocument *document, int index, EventDefinition after,
                                   EventField field, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(document->event(index)),
      m_after(std::move(after)), m_field(field)
{
}

void EditEventCommand::undo()
{
    m_document->applyEvent(m_index, m_before);
}

void EditEventCommand::redo()
{
    m_document->applyEvent(m_index, m_after);
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
