// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help → Keyboard shortcuts: every action of a window that has a shortcut, listed from the
// actions themselves, so the list cannot fall out of date.

#include <QDialog>

class QTableWidget;

namespace volnux {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace volnux
