// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes the pipeline text; typing merges into one step. An empty text removes the pipeline
// (the events then run in file order).

#include <QUndoCommand>

#include <optional>

namespace volnux {

class ProjectDocument;

class EditPipelineCommand : public QUndoCommand
{
public:
    EditPipelineCommand(ProjectDocument *document, std::optional<QString> after);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

} // namespace volnux
