// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A note at the top of the run panel once the project is edited after the shown run started: a
// run works on the project as it was when it started, so the edits are not in it. Offers "Run
// again with changes". It only shows state and emits the request. GUI thread only.

#include <QFrame>

class QLabel;
class QPushButton;

namespace volnux {

class ProjectChangedNote : public QFrame
{
    Q_OBJECT
public:
    explicit ProjectChangedNote(QWidget *parent = nullptr);

    // `changed`: the project differs from the shown run's; `running`: that run still goes on.
    void showState(bool changed, bool running);
    QString text() const;
    QPushButton *runAgainButton() const { return m_runAgain; }

signals:
    void runAgainRequested();

private:
    QLabel *m_text;
    QPushButton *m_runAgain;
};

} // namespace volnux
