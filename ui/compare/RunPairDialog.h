// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Picks two recorded runs to compare: the runs of the open project (or of every project) from the
// run store, newest first; OK once exactly two are selected. The older becomes A, the newer B.
// GUI thread only; lists at most kMaxRuns runs (the store's list is indexed and fast).

#include <QDialog>

#include <utility>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace volnux {

class RunPairDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 500;

    RunPairDialog(const QString &storePath, const QString &projectPath, QWidget *parent = nullptr);

    // (A, B), the older first; (0, 0) until two are selected.
    std::pair<qint64, qint64> selectedRuns() const;
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void updateButtons();

    QString m_storePath;
    QString m_projectPath;
    QTableWidget *m_table;
    QCheckBox *m_allProjects;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace volnux
