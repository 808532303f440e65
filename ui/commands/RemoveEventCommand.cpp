// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveEventCommand.h"

#include "ui/document/ProjectDocument.h"

#include <QCoreApplication>

namespace volnux {

RemoveEventCommand::RemoveEventCommand(ProjectDocument *document, int index)
    : m_document(document), m_index(index), m_event(document->event(index))
{
    setText(
        QCoreApplication::translate("volnux::RemoveEventCommand", "Delete %1").arg(m_event.name));
}

void RemoveEventCommand::undo()
{
    m_document->applyInsert(m_index, m_event);
}

void RemoveEventCommand::redo()
{
    m_document->applyRemove(m_index);
}

} // namespace volnux
