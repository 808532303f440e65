// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The project's events as a flat list for the project explorer: the name (editable: renaming
// goes through the undo stack), the kind, and a warning badge with the problems as tooltip when
// the event does not validate. GUI thread only.

#include <QAbstractListModel>
#include <QIcon>

namespace volnux {

class ProjectDocument;

class EventListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        ProblemCountRole
    };

    explicit EventListModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void connectDocument();
    void problemsChanged();

    ProjectDocument *m_document;
    QIcon m_problemIcon;
    QIcon m_eventIcon;
};

} // namespace volnux
