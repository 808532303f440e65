// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project's problems (which block a save or a run) and warnings (which do not), one row each
// with its location, kept current as the user edits. Activating a row asks the window to go to
// the field or text position it is about. GUI thread only.

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace volnux {

class ProjectDocument;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

signals:
    // The message as the document holds it ("events[1].executor_config.max_workers: ...").
    void problemActivated(const QString &problem);

private:
    void refresh();
    void addRow(const QString &problem, bool warning);

    ProjectDocument *m_document;
    QTreeWidget *m_list;
};

} // namespace volnux
