// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The History panel's filter: a run status (or all), search text matched against the run's id,
// project, status and host, and the runs deleted but still undoable, which are hidden until the
// deletion is undone or made final. GUI thread only.

#include "core/engine/RecordTypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace volnux {

class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(std::optional<RunStatus> status);
    void setSearchText(const QString &text);
    void setHidden(const QSet<qint64> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RunStatus> m_status;
    QString m_search;
    QSet<qint64> m_hidden;
};

} // namespace volnux
