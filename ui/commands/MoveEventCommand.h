// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Moves an event to another position (the file order, which is the run order without a pipeline).

#include <QUndoCommand>

namespace volnux {

class ProjectDocument;

class MoveEventCommand : public QUndoCommand
{
public:
    MoveEventCommand(ProjectDocument *document, int from, int to, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_from;
    int m_to;
};

} // namespace volnux
