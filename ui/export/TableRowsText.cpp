// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/TableRowsText.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStringList>
#include <QTableView>

#include <algorithm>

namespace volnux {

namespace {

QString cellText(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QList<int> visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

} // namespace

QString TableRowsText::selectedRows(const QTableView *view)
{
    if (!view->model() || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns(view);
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (const int column : columns)
            cells << cellText(view->model()->index(row, column).data());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableRowsText::header(const QTableView *view)
{
    QStringList cells;
    for (const int column : visibleColumns(view))
        cells << cellText(view->model()->headerData(column, Qt::Horizontal));
    return cells.join(QLatin1Char('\t'));
}

} // namespace volnux
