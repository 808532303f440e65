// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsertEventCommand.h"

#include "ui/document/ProjectDocument.h"

namespace volnux {

InsertEventCommand::InsertEventCommand(ProjectDocument *document, int index, EventDefinition event,
                                       const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_event(std::move(event))
{
}

void InsertEventCommand::undo()
{
    m_document->applyRemove(m_index);
}

void InsertEventCommand::redo()
{
    m_document->applyInsert(m_index, m_event);
}

} // namespace volnux
