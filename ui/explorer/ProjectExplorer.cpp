// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectExplorer.h"

#include "core/kinds/KindSpec.h"
#include "ui/commands/EditProjectNameCommand.h"
#include "ui/commands/InsertEventCommand.h"
#include "ui/commands/MoveEventCommand.h"
#include "ui/commands/RemoveEventCommand.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/KindParamsEditor.h"
#include "ui/models/EventListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace volnux {

ProjectExplorer::ProjectExplorer(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new EventListModel(document, this)),
      m_view(new QListView(this))
{
    setObjectName(QStringLiteral("projectExplorer"));
    m_view->setObjectName(QStringLiteral("eventList"));
    m_view->setAccessibleName(tr("Events"));
    m_view->setAccessibleDescription(
        tr("The project's events. Select one to edit it; F2 renames it. Without a pipeline "
           "they run in this order."));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(1);

    auto *add = tool(QStringLiteral("add"), tr("Add event"), QKeySequence());
    auto *addMenu = new QMenu(add);
    addMenu->setToolTipsVisible(true);
    for (const KindSpec &kind : KindSpec::all())
        addMenu->addAction(kind.name, this, [this, name = kind.name] { addEvent(name); })
            ->setToolTip(kind.helpText());
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    auto *duplicate = tool(QStringLiteral("duplicate"), tr("Duplicate event"),
                           QKeySequence(Qt::CTRL | Qt::Key_D));
    auto *remove = tool(QStringLiteral("delete"), tr("Delete event"), QKeySequence::Delete);
    auto *up = tool(QStringLiteral("up"), tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *down =
        tool(QStringLiteral("down"), tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_needSelection = {duplicate, remove, up, down};
    connect(duplicate, &QToolButton::clicked, this, &ProjectExplorer::duplicateCurrent);
    connect(remove, &QToolButton::clicked, this, &ProjectExplorer::deleteCurrent);
    connect(up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton *button : {add, duplicate, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    // The project's own name (the file's "name"), above its events.
    m_projectName = new QLineEdit(this);
    m_projectName->setObjectName(QStringLiteral("projectName"));
    m_projectName->setPlaceholderText(tr("Project name"));
    m_projectName->setAccessibleName(tr("Project name"));
    m_projectName->setToolTip(tr("The project's name, shown in run summaries and traces"));
    connect(m_projectName, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->undoStack()->push(new EditProjectNameCommand(m_document, text));
    });
    connect(m_document, &ProjectDocument::projectNameChanged, this,
            &ProjectExplorer::showProjectName);
    connect(m_document, &ProjectDocument::projectReset, this, &ProjectExplorer::showProjectName);
    showProjectName();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_projectName);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentEventChanged(currentEvent());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectEvent(0);
        updateActions();
    });
    updateActions();
}

QToolButton *ProjectExplorer::tool(const QString &icon, const QString &text,
                                   const QKeySequence &shortcut)
{
    auto *button = new QToolButton(this);
    button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    button->setAutoRaise(true);
    button->setObjectName(icon);
    button->setAccessibleName(text);
    button->setToolTip(shortcut.isEmpty()
                           ? text
                           : tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    if (!shortcut.isEmpty()) {
        // Shortcuts act when the list has focus so Delete in a text field still deletes text.
        auto *action = new QAction(text, m_view);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, button, &QToolButton::click);
    }
    return button;
}

void ProjectExplorer::updateActions()
{
    const bool selected = currentEvent() >= 0;
    for (QToolButton *button : std::as_const(m_needSelection))
        button->setEnabled(selected);
}

int ProjectExplorer::currentEvent() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProjectExplorer::selectEvent(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(index));
}

void ProjectExplorer::addEvent(const QString &kind)
{
    EventDefinition event;
    event.name = m_document->uniqueEventName(kind);
    event.kind = kind;
    event.params = KindParamsEditor::starterParams(kind);
    const int at = currentEvent() >= 0 ? currentEvent() + 1 : m_document->eventCount();
    m_document->undoStack()->push(
        new InsertEventCommand(m_document, at, event, tr("Add %1").arg(event.name)));
    selectEvent(at);
}

void ProjectExplorer::duplicateCurrent()
{
    const int current = currentEvent();
    if (current < 0)
        return;
    EventDefinition copy = m_document->event(current);
    copy.name = m_document->uniqueEventName(copy.name);
    m_document->undoStack()->push(new InsertEventCommand(
        m_document, current + 1, copy, tr("Duplicate %1").arg(m_document->event(current).name)));
    selectEvent(current + 1);
}

void ProjectExplorer::deleteCurrent()
{
    const int current = currentEvent();
    if (current < 0)
        return;
    m_document->undoStack()->push(new RemoveEventCommand(m_document, current));
    selectEvent(std::min(current, m_document->eventCount() - 1));
}

void ProjectExplorer::moveCurrent(int delta)
{
    const int current = currentEvent();
    const int target = current + delta;
    if (current < 0 || target < 0 || target >= m_document->eventCount())
        return;
    m_document->undoStack()->push(new MoveEventCommand(
        m_document, current, target, tr("Move %1").arg(m_document->event(current).name)));
    selectEvent(target);
}

void ProjectExplorer::renameCurrent()
{
    if (currentEvent() >= 0)
        m_view->edit(m_view->currentIndex());
}

void ProjectExplorer::showProjectName()
{
    // Undo and redo change the name under the cursor only when the text really differs.
    if (m_projectName->text() != m_document->project().name)
        m_projectName->setText(m_document->project().name);
}

} // namespace volnux
