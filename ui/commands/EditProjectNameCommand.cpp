// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditProjectNameCommand.h"

#include "ui/document/ProjectDocument.h"

#include <QCoreApplication>

namespace volnux {

EditProjectNameCommand::EditProjectNameCommand(ProjectDocument *document, QString after)
    : QUndoCommand(QCoreApplication::translate("volnux::EditProjectNameCommand", "Rename project")),
      m_document(document), m_before(document->project().name), m_after(std::move(after))
{
}

void EditProjectNameCommand::undo()
{
    m_document->applyProjectName(m_before);
}

void EditProjectNameCommand::redo()
{
    m_document->applyProjectName(m_after);
}

bool EditProjectNameCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const EditProjectNameCommand *>(other)->m_after;
    return true;
}

} // namespace volnux
