// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventListModel.h"

#include "ui/commands/EditEventCommand.h"
#include "ui/document/ProjectDocument.h"

#include <QUndoStack>

namespace volnux {

EventListModel::EventListModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document),
      m_problemIcon(QStringLiteral(":/icons/problem.svg")),
      m_eventIcon(QStringLiteral(":/icons/event.svg"))
{
    connectDocument();
}

void EventListModel::connectDocument()
{
    auto *d = m_document;
    connect(d, &ProjectDocument::projectAboutToBeReset, this, [this] { beginResetModel(); });
    connect(d, &ProjectDocument::projectReset, this, [this] { endResetModel(); });
    connect(d, &ProjectDocument::eventAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(d, &ProjectDocument::eventInserted, this, [this] { endInsertRows(); });
    connect(d, &ProjectDocument::eventAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(d, &ProjectDocument::eventRemoved, this, [this] { endRemoveRows(); });
    connect(d, &ProjectDocument::eventAboutToBeMoved, this, [this](int from, int to) {
        // QList::move(from, to) lands the row at `to`; Qt's destination is the row it goes before.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(d, &ProjectDocument::eventMoved, this, [this] { endMoveRows(); });
    connect(d, &ProjectDocument::eventChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
    connect(d, &ProjectDocument::problemsChanged, this, &EventListModel::problemsChanged);
}

void EventListModel::problemsChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DecorationRole, Qt::ToolTipRole, ProblemCountRole});
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->eventCount();
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventDefinition &event = m_document->event(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return event.name;
    case KindRole:
        return event.kind;
    case ProblemCountRole:
        return int(m_document->eventProblems(index.row()).size());
    case Qt::DecorationRole:
        return m_document->eventProblems(index.row()).isEmpty() ? m_eventIcon : m_problemIcon;
    case Qt::ToolTipRole: {
        const QStringList problems = m_document->eventProblems(index.row());
        if (problems.isEmpty())
            return tr("%1 (%2)").arg(event.name, event.kind);
        return problems.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

bool EventListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    EventDefinition event = m_document->event(index.row());
    if (name.isEmpty() || name == event.name)
        return false;
    event.name = name;
    m_document->undoStack()->push(
        new EditEventCommand(m_document, index.row(), event, EventField::Name, tr("Rename event")));
    return true;
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace volnux
