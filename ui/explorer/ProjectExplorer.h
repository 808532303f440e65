// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The events of the project: add (by kind), duplicate, rename, delete and reorder, each an undo
// step. Events with validation problems carry a warning badge with the messages as tooltip.

#include <QWidget>

class QLineEdit;
class QListView;
class QToolButton;

namespace volnux {

class EventListModel;
class ProjectDocument;

class ProjectExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectExplorer(ProjectDocument *document, QWidget *parent = nullptr);

    int currentEvent() const;
    void selectEvent(int index);
    QListView *view() const { return m_view; }
    EventListModel *model() const { return m_model; }

    void addEvent(const QString &kind);
    void duplicateCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    void renameCurrent();

signals:
    void currentEventChanged(int index);

private:
    QToolButton *tool(const QString &icon, const QString &text, const QKeySequence &shortcut);
    void updateActions();

    ProjectDocument *m_document;
    EventListModel *m_model;
    QListView *m_view;
    QLineEdit *m_projectName;
    void showProjectName();
    QList<QToolButton *> m_needSelection;
};

} // namespace volnux
