// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeSection.h"

#include "ui/editors/ComboWidth.h"
#include "ui/editors/OpenRange.h"
#include "ui/editors/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace volnux {

using S = EventExecutionEvaluationState;

OutcomeSection::OutcomeSection(QWidget *parent)
    : EditorSection(tr("Outcome"), parent), m_state(new QComboBox(this)),
      m_threshold(new QDoubleSpinBox(this)), m_explanation(new QLabel(this)),
      m_evaluationProblems(new ProblemLabel(this)),
      m_stopOnException(new QCheckBox(tr("Stop the run on an exception"), this)),
      m_stopProblems(new ProblemLabel(this))
{
    m_state->setObjectName(QStringLiteral("evaluation"));
    letComboShrink(m_state);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setAccessibleName(tr("Evaluation threshold"));
    m_stopOnException->setObjectName(QStringLiteral("stopOnException"));
    // Index 0 is the EMPTY state; index i + 1 is the i-th state of stateNames().
    m_state->addItem(tr("EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS"));
    m_state->addItems(Evaluation::stateNames());
    OpenRange::apply(m_threshold);
    m_threshold->setMinimumWidth(90); // its open range would size it for ten digits
    m_threshold->setDecimals(1);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_state->setToolTip(tr("How the outcomes of the event's tasks decide whether the event "
                           "succeeded, once all of them have ended."));
    m_threshold->setToolTip(tr("How many tasks (AT_LEAST_COUNT) or what percentage of them "
                               "(AT_LEAST_PERCENT) must succeed."));
    m_stopOnException->setToolTip(
        tr("After its retries, an exception cancels the event's other tasks and no later event "
           "starts; the run ends as stopped."));

    auto *stateRow = new QWidget(this);
    auto *stateLayout = new QHBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_state, 1);
    stateLayout->addWidget(m_threshold);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Evaluation:"), stateRow);
    form->addRow(QString(), m_explanation);
    form->addRow(QString(), m_evaluationProblems);
    form->addRow(m_stopOnException); // across the label column: the section stays narrow
    form->addRow(QString(), m_stopProblems);

    const auto changed = [this] {
        updateExplanation();
        emit edited(EventField::Evaluation, tr("Change evaluation"));
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_stopOnException, &QCheckBox::toggled, this,
            [this] { emit edited(EventField::StopOnException, tr("Toggle stop_on_exception")); });
    updateExplanation();
}

void OutcomeSection::updateExplanation()
{
    const int index = m_state->currentIndex();
    const S state = index <= 0 ? S::SUCCESS_ON_ALL_EVENTS_SUCCESS : S(index - 1);
    const bool usesThreshold = state == S::AT_LEAST_COUNT || state == S::AT_LEAST_PERCENT;
    m_threshold->setVisible(usesThreshold);
    m_threshold->setSuffix(state == S::AT_LEAST_PERCENT ? tr(" %") : tr(" tasks"));
    m_explanation->setText(Evaluation::explanation(state));
}

void OutcomeSection::load(const EventDefinition &event)
{
    {
        const QSignalBlocker b1(m_state), b2(m_threshold), b3(m_stopOnException);
        m_state->setCurrentIndex(event.evaluation ? int(event.evaluation->state) + 1 : 0);
        if (event.evaluation && m_threshold->value() != event.evaluation->threshold)
            m_threshold->setValue(event.evaluation->threshold);
        m_stopOnException->setChecked(event.stop_on_exception.value_or(false));
    }
    updateExplanation();
}

void OutcomeSection::store(EventDefinition &event) const
{
    const int index = m_state->currentIndex();
    if (index <= 0) {
        event.evaluation.reset();
    } else {
        Evaluation evaluation;
        evaluation.state = S(index - 1);
        if (evaluation.state == S::AT_LEAST_COUNT || evaluation.state == S::AT_LEAST_PERCENT)
            evaluation.threshold = m_threshold->value();
        event.evaluation = evaluation;
    }
    // Unchecked stays absent unless the file said false explicitly.
    if (m_stopOnException->isChecked() || event.stop_on_exception)
        event.stop_on_exception = m_stopOnException->isChecked();
}

void OutcomeSection::showProblems(const ProblemLookup &problemsAt)
{
    m_evaluationProblems->setProblems(problemsAt(QStringLiteral("evaluation")));
    m_stopProblems->setProblems(problemsAt(QStringLiteral("stop_on_exception")));
}

} // namespace volnux
