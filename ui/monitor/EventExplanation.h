// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Why the selected event of the shown run succeeded or failed, in words (EvaluationExplainer),
// and the tasks that decided it as links: the failures that broke "every task succeeded", the
// successes that rescued "one task succeeded". A click on one asks for that task to be selected
// in the task table. Reads the monitor's RunState, so a recorded run is explained as a live one.
// GUI thread only.

#include <QLabel>

namespace volnux {

class RunState;

class EventExplanation : public QLabel
{
    Q_OBJECT
public:
    static constexpr int kMaxLinks = 20;

    explicit EventExplanation(const RunState *state, QWidget *parent = nullptr);

    // The run's event index to explain, or -1 for none.
    void setEvent(int event);
    // Follows the state: cheap unless the event's outcome has just been decided.
    void refresh();
    // The task rows linked, in order (at most kMaxLinks).
    const QList<int> &decidingRows() const { return m_rows; }
    // The explanation without the links.
    const QString &explanation() const { return m_explanation; }

signals:
    void taskActivated(int row);

private:
    void rebuild();
    QString links() const;

    const RunState *m_state;
    int m_event = -1;
    bool m_evaluated = false;
    QString m_explanation;
    QList<int> m_rows;
    int m_moreRows = 0;
};

} // namespace volnux
