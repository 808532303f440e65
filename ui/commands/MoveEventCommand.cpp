// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveEventCommand.h"

#include "ui/document/ProjectDocument.h"

namespace volnux {

MoveEventCommand::MoveEventCommand(ProjectDocument *document, int from, int to, const QString &text)
    : QUndoCommand(text), m_document(document), m_from(from), m_to(to)
{
}

void MoveEventCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

void MoveEventCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

} // namespace volnux
