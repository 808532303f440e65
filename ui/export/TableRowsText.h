// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The selected rows of a table view as tab-separated text, as spreadsheets paste it: one line per
// row that has a selected cell, in view order, the visible columns' display text, tabs and line
// breaks inside a cell replaced by spaces. GUI thread only.

#include <QString>

class QTableView;

namespace volnux {

class TableRowsText
{
public:
    static QString selectedRows(const QTableView *view);
    // The header line of the visible columns, tab-separated.
    static QString header(const QTableView *view);
};

} // namespace volnux
