// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renames the project (the file's "name"); typing merges into one step.

#include <QString>
#include <QUndoCommand>

namespace volnux {

class ProjectDocument;

class EditProjectNameCommand : public QUndoCommand
{
public:
    EditProjectNameCommand(ProjectDocument *document, QString after);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    QString m_before;
    QString m_after;
};

} // namespace volnux
