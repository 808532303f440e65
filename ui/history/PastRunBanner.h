// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The note at the top of the run panel that says what it shows when that is not a live run: a
// past run from the store (which run, when it ran, read-only), with a progress bar and Cancel
// while it loads; or, for a project without runs, how to start one. GUI thread only.

#include "core/store/StoredRun.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace volnux {

class PastRunBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PastRunBanner(QWidget *parent = nullptr);

    void showLoading(const StoredRun &run);
    void setProgress(int done, int total);
    void showLoaded(const StoredRun &run, bool complete);
    void showError(const QString &error);
    // No run of this project in the store yet.
    void showEmpty(const QString &projectName);

    QString text() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

    // "Run #42 of Nightly, started 2026-12-03 14:05:09, failed in 1.20 s"
    static QString describe(const StoredRun &run);

signals:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace volnux
