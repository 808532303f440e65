// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryFilterModel.h"

#include "ui/history/HistoryModel.h"

namespace volnux {

void HistoryFilterModel::setStatus(std::optional<RunStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void HistoryFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void HistoryFilterModel::setHidden(const QSet<qint64> &ids)
{
    m_hidden = ids;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(index.data(HistoryModel::RunIdRole).toLongLong()))
        return false;
    if (m_status && index.data(HistoryModel::RunStatusRole).toInt() != int(*m_status))
        return false;
    if (m_search.isEmpty())
        return true;
    QString search = m_search;
    if (search.startsWith(QLatin1Char('#')))
        search.remove(0, 1);
    return index.data(HistoryModel::SearchTextRole)
        .toString()
        .contains(search, Qt::CaseInsensitive);
}

} // namespace volnux
