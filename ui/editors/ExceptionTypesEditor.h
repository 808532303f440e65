// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The error types a retry policy retries on: picked from the known hierarchy (indented by depth)
// or typed, since a project may declare its own. Empty means "any type except CancelledError".

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace volnux {

class ExceptionTypesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExceptionTypesEditor(QWidget *parent = nullptr);

    QStringList types() const;
    void setTypes(const QStringList &types);
    QComboBox *picker() const { return m_picker; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }

signals:
    void edited();

private:
    void addCurrent();
    void removeSelected();
    void showWhetherEmpty();

    QComboBox *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QLabel *m_emptyMeaning;
};

} // namespace volnux
