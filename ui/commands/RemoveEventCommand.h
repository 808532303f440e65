// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deletes an event; undo puts it back at the same position.

#include "core/project/Project.h"

#include <QUndoCommand>

namespace volnux {

class ProjectDocument;

class RemoveEventCommand : public QUndoCommand
{
public:
    RemoveEventCommand(ProjectDocument *document, int index);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_index;
    EventDefinition m_event;
};

} // namespace volnux
