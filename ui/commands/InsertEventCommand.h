// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adds an event (new or duplicated) at a position in the project's list.

#include "core/project/Project.h"

#include <QUndoCommand>

namespace volnux {

class ProjectDocument;

class InsertEventCommand : public QUndoCommand
{
public:
    InsertEventCommand(ProjectDocument *document, int index, EventDefinition event,
                       const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_index;
    EventDefinition m_event;
};

} // namespace volnux
