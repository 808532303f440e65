// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Replaces one event's definition. Consecutive edits of the same field of the same event merge
// into one step (the user's typing), so undo returns to the value before the typing began.
// Renaming an event renames it in the pipeline text too, in the same step.

#include "core/project/Project.h"
#include "ui/commands/EventField.h"

#include <QUndoCommand>

namespace volnux {

class ProjectDocument;

class EditEventCommand : public QUndoCommand
{
public:
    EditEventCommand(ProjectDocument *document, int index, EventDefinition after, EventField field,
                     const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    int m_index;
    EventDefinition m_before;
    EventDefinition m_after;
    EventField m_field;
    std::optional<QString> m_pipelineBefore;
    std::optional<QString> pipelineAfter() const;
};

} // namespace volnux
