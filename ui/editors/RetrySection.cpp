// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetrySection.h"

#include "ui/editors/ComboWidth.h"
#include "ui/editors/ExceptionTypesEditor.h"
#include "ui/editors/OpenRange.h"
#include "ui/editors/ProblemLabel.h"
#include "ui/plots/BackoffPreview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace volnux {

static QDoubleSpinBox *secondsBox(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    OpenRange::apply(spin);
    spin->setDecimals(3);
    spin->setSuffix(RetrySection::tr(" s"));
    return spin;
}

RetrySection::RetrySection(QWidget *parent)
    : EditorSection(tr("Retry policy"), parent), m_maxAttempts(new QSpinBox(this)),
      m_maxAttemptsProblems(new ProblemLabel(this)), m_backoffFactor(secondsBox(this)),
      m_backoffFactorProblems(new ProblemLabel(this)), m_maxBackoff(secondsBox(this)),
      m_maxBackoffProblems(new ProblemLabel(this)), m_retryOn(new ExceptionTypesEditor(this)),
      m_retryOnProblems(new ProblemLabel(this)), m_jitter(new QComboBox(this)),
      m_source(new QLabel(this)), m_preview(new BackoffPreview(this))
{
    setCheckable(true);
    setObjectName(QStringLiteral("retryPolicy"));
    setToolTip(tr("Without a retry policy every task makes one attempt."));
    m_maxAttempts->setObjectName(QStringLiteral("maxAttempts"));
    m_backoffFactor->setObjectName(QStringLiteral("backoffFactor"));
    m_maxBackoff->setObjectName(QStringLiteral("maxBackoff"));
    m_retryOn->setObjectName(QStringLiteral("retryOn"));
    m_preview->setObjectName(QStringLiteral("backoffPreview"));
    m_jitter->setObjectName(QStringLiteral("jitter"));
    letComboShrink(m_jitter);
    // In BackoffJitter's order; the data is the name the file holds.
    m_jitter->addItem(tr("none: exactly the formula"), QStringLiteral("none"));
    m_jitter->addItem(tr("full: random, 0 to the formula"), QStringLiteral("full"));
    m_jitter->addItem(tr("equal: half, plus random up to half"), QStringLiteral("equal"));
    m_jitter->setToolTip(tr("Spreads the retries of tasks that failed together, so they do not "
                            "all come back at the same instant. The chart shows the range."));
    OpenRange::apply(m_maxAttempts);
    m_maxAttempts->setToolTip(tr("The most attempts a task gets, counting the first one."));
    m_maxBackoff->setToolTip(tr("No single wait between two attempts is longer than this."));
    m_backoffFactor->setToolTip(tr("The wait before attempt n + 1 is factor × 2^(n−1), capped."));
    m_retryOn->setToolTip(tr("Empty: retry any error except CancelledError. Listed types "
                             "include the types derived from them."));

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("max_attempts:"),
                 ProblemLabel::withField(this, m_maxAttempts, m_maxAttemptsProblems));
    form->addRow(tr("backoff_factor:"),
                 ProblemLabel::withField(this, m_backoffFactor, m_backoffFactorProblems));
    form->addRow(tr("max_backoff:"),
                 ProblemLabel::withField(this, m_maxBackoff, m_maxBackoffProblems));
    form->addRow(tr("Retry on:"), ProblemLabel::withField(this, m_retryOn, m_retryOnProblems));
    form->addRow(tr("jitter:"), m_jitter);

    m_source->setObjectName(QStringLiteral("retrySource"));
    m_source->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(m_source);
    layout->addWidget(m_preview, 1);

    connect(this, &QGroupBox::toggled, this, [this] {
        updatePreview();
        emit edited(EventField::RetryEnabled, tr("Toggle retry policy"));
    });
    const auto live = [this](EventField field, const QString &text) {
        updatePreview();
        emit edited(field, text);
    };
    connect(m_maxAttempts, &QSpinBox::valueChanged, this,
            [live] { live(EventField::MaxAttempts, tr("Edit max_attempts")); });
    connect(m_backoffFactor, &QDoubleSpinBox::valueChanged, this,
            [live] { live(EventField::BackoffFactor, tr("Edit backoff_factor")); });
    connect(m_maxBackoff, &QDoubleSpinBox::valueChanged, this,
            [live] { live(EventField::MaxBackoff, tr("Edit max_backoff")); });
    connect(m_retryOn, &ExceptionTypesEditor::edited, this,
            [live] { live(EventField::RetryOn, tr("Edit retry_on_exceptions")); });
    connect(m_jitter, &QComboBox::currentIndexChanged, this,
            [live] { live(EventField::Jitter, tr("Edit jitter")); });
}

RetryPolicy RetrySection::policy() const
{
    RetryPolicy policy;
    policy.max_attempts = m_maxAttempts->value();
    policy.backoff_factor = m_backoffFactor->value();
    policy.max_backoff = m_maxBackoff->value();
    policy.retry_on_exceptions = m_retryOn->types();
    policy.jitter = BackoffJitter(std::max(0, m_jitter->currentIndex()));
    return policy;
}

// Without a policy an event makes one attempt per task: the chart shows that, not the greyed
// fields' defaults, which would promise retries that never happen. A pipeline's `* N` overrides
// max_attempts and keeps the rest of the policy, the default one when the event has none: the
// chart shows what the run does.
RetryPolicy RetrySection::previewedPolicy() const
{
    if (m_pipelineAttempts) {
        RetryPolicy effective = isChecked() ? policy() : RetryPolicy{};
        effective.max_attempts = *m_pipelineAttempts;
        return effective;
    }
    if (isChecked())
        return policy();
    RetryPolicy single;
    single.max_attempts = 1;
    return single;
}

void RetrySection::setPipelineAttempts(std::optional<int> attempts, const QString &step)
{
    m_pipelineAttempts = attempts;
    m_pipelineStep = step;
    updatePreview();
}

QString RetrySection::sourceText() const
{
    return m_source->text();
}

void RetrySection::updatePreview()
{
    m_preview->setPolicy(previewedPolicy());
    if (m_pipelineAttempts)
        m_source->setText((isChecked()
                               ? tr("The pipeline runs this event as “%1”: %n attempt(s) per task, "
                                    "overriding max_attempts; the rest is this policy.",
                                    nullptr, *m_pipelineAttempts)
                               : tr("The pipeline runs this event as “%1”: %n attempt(s) per task, "
                                    "with the default policy for the rest.",
                                    nullptr, *m_pipelineAttempts))
                              .arg(m_pipelineStep));
    else
        m_source->setText(isChecked() ? tr("From this event's retry policy.")
                                      : tr("No retry policy: one attempt per task."));
}

void RetrySection::load(const EventDefinition &event)
{
    const RetryPolicy policy = event.retry_policy.value_or(RetryPolicy{});
    const QSignalBlocker b0(this), b1(m_maxAttempts), b2(m_backoffFactor), b3(m_maxBackoff),
        b4(m_jitter);
    setChecked(event.retry_policy.has_value());
    // Setting an unchanged value would reformat the text under the user's cursor mid-typing.
    if (m_maxAttempts->value() != policy.max_attempts)
        m_maxAttempts->setValue(policy.max_attempts);
    if (m_backoffFactor->value() !=
        m_backoffFactor->valueFromText(m_backoffFactor->textFromValue(policy.backoff_factor)))
        m_backoffFactor->setValue(policy.backoff_factor);
    if (m_maxBackoff->value() !=
        m_maxBackoff->valueFromText(m_maxBackoff->textFromValue(policy.max_backoff)))
        m_maxBackoff->setValue(policy.max_backoff);
    m_retryOn->setTypes(policy.retry_on_exceptions);
    m_jitter->setCurrentIndex(int(policy.jitter));
    updatePreview();
}

void RetrySection::store(EventDefinition &event) const
{
    if (!isChecked()) {
        event.retry_policy.reset();
        return;
    }
    // Spin boxes round to their decimals; keep the file's exact value when the box still shows it.
    RetryPolicy edited = policy();
    if (event.retry_policy) {
        const RetryPolicy &old = *event.retry_policy;
        if (m_backoffFactor->textFromValue(old.backoff_factor) == m_backoffFactor->cleanText())
            edited.backoff_factor = old.backoff_factor;
        if (m_maxBackoff->textFromValue(old.max_backoff) == m_maxBackoff->cleanText())
            edited.max_backoff = old.max_backoff;
    }
    event.retry_policy = edited;
}

void RetrySection::showProblems(const ProblemLookup &problemsAt)
{
    const QString p = QStringLiteral("retry_policy.");
    m_maxAttemptsProblems->setProblems(problemsAt(p + QStringLiteral("max_attempts")));
    m_backoffFactorProblems->setProblems(problemsAt(p + QStringLiteral("backoff_factor")));
    m_maxBackoffProblems->setProblems(problemsAt(p + QStringLiteral("max_backoff")));
    m_retryOnProblems->setProblems(problemsAt(p + QStringLiteral("retry_on_exceptions")));
}

} // namespace volnux
