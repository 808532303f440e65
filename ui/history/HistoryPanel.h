// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The History dock: the runs in the run store, newest first, of the open project or of all
// projects, with a status filter and a search. Runs recorded by another process (volnux-run)
// appear within a second (StoreWatcher). The store is read and written on pool threads only
// (QtConcurrent::run), never on the GUI thread. Delete hides the runs at once and offers Undo;
// they are deleted from the store when the undo time is up, at the next deletion or when the
// panel goes. "Open" and "Compare" only emit requests. GUI thread only.

#include "core/store/StoredRun.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace volnux {

class HistoryFilterModel;
class HistoryModel;
class StoreWatcher;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override; // makes pending deletions final

    void setStorePath(const QString &path);
    const QString &storePath() const { return m_storePath; }
    // The open project's file (absolute); empty: a project never saved, which has no runs.
    void setProjectPath(const QString &path);
    void setAllProjects(bool all);
    // Reads the store again (in the background); `loaded` says when it is done.
    void reload();
    bool isLoading() const { return m_loading; }

    // The selected runs' ids, in the table's order (newest first).
    QList<qint64> selectedRunIds() const;
    void selectRuns(const QList<qint64> &ids);
    // Hides the selected runs and offers Undo; they are deleted when the undo time is up.
    void deleteSelected();
    void undoDelete();
    // Deletes the hidden runs now (the undo time is up).
    void commitDeletes();
    void setUndoTimeout(int ms) { m_undoTimer.setInterval(ms); }
    StoreWatcher *watcher() const { return m_watcher; }

    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QCheckBox *allProjectsBox() const { return m_allProjects; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *undoButton() const { return m_undo; }
    QString statusText() const;

signals:
    void openRunRequested(qint64 runId);
    // Exactly two runs are selected and the user chose Compare: `a` is the older.
    void compareRequested(qint64 a, qint64 b);
    // One run is selected and the user chose Export.
    void exportRequested(qint64 runId);
    void selectedRunsChanged(const QList<qint64> &ids);
    // The list was read again (or could not be: `error`).
    void loaded(const QString &error);

private:
    struct Listing
    {
        std::vector<StoredRun> runs;
        QString error;
    };
    static Listing list(const QString &storePath, const QString &projectPath);
    static QString remove(const QString &storePath, const QList<qint64> &ids);
    void updateHidden();
    QWidget *buildFilterBar();
    QWidget *buildButtons();
    void buildView();
    void onListed();
    void updateActions();
    void updateStatus();
    void applyStatusFilter(int index);
    void requestCompare();

    QString m_storePath;
    QString m_projectPath;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QString m_error;
    QSet<qint64> m_pendingDelete; // hidden, undoable
    QSet<qint64> m_deleting;      // hidden, being deleted
    QTimer m_undoTimer;
    QFutureWatcher<Listing> m_listing;
    QFutureWatcher<QString> m_deletion;
    StoreWatcher *m_watcher;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
    QTableView *m_view = nullptr;
    QCheckBox *m_allProjects = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace volnux
