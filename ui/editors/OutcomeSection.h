// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the tasks' outcomes decide the event's (evaluation state, with a line explaining the
// choice) and whether an exception stops the run.

#include "ui/editors/EditorSection.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace volnux {

class ProblemLabel;

class OutcomeSection : public EditorSection
{
    Q_OBJECT
public:
    explicit OutcomeSection(QWidget *parent = nullptr);
    void load(const EventDefinition &event) override;
    void store(EventDefinition &event) const override;
    void showProblems(const ProblemLookup &problemsAt) override;

private:
    void updateExplanation();

    QComboBox *m_state;
    QDoubleSpinBox *m_threshold;
    QLabel *m_explanation;
    ProblemLabel *m_evaluationProblems;
    QCheckBox *m_stopOnException;
    ProblemLabel *m_stopProblems;
};

} // namespace volnux
