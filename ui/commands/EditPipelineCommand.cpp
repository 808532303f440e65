// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditPipelineCommand.h"

#include "ui/document/ProjectDocument.h"

#include <QCoreApplication>

namespace volnux {

EditPipelineCommand::EditPipelineCommand(ProjectDocument *document, std::optional<QString> after)
    : QUndoCommand(QCoreApplication::translate("volnux::EditPipelineCommand", "Edit pipeline")),
      m_document(document), m_before(document->project().pipeline), m_after(std::move(after))
{
}

void EditPipelineCommand::undo()
{
    m_document->applyPipeline(m_before);
}

void EditPipelineCommand::redo()
{
    m_document->applyPipeline(m_after);
}

bool EditPipelineCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const EditPipelineCommand *>(other)->m_after;
    return true;
}

} // namespace volnux
