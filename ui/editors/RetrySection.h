// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The retry policy: enabled or not (no policy: one attempt per task), its fields, the error
// types to retry on, and a live chart of the resulting backoff beside them.

#include "ui/editors/EditorSection.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace volnux {

class BackoffPreview;
class ExceptionTypesEditor;
class ProblemLabel;

class RetrySection : public EditorSection
{
    Q_OBJECT
public:
    explicit RetrySection(QWidget *parent = nullptr);
    void load(const EventDefinition &event) override;
    void store(EventDefinition &event) const override;
    void showProblems(const ProblemLookup &problemsAt) override;
    BackoffPreview *preview() const { return m_preview; }
    // The pipeline's `* N` for this event (`step` as written, "package * 3"), or none.
    void setPipelineAttempts(std::optional<int> attempts, const QString &step);
    // Where the previewed attempts come from, in words.
    QString sourceText() const;

private:
    RetryPolicy policy() const;
    RetryPolicy previewedPolicy() const;
    void updatePreview();

    QSpinBox *m_maxAttempts;
    ProblemLabel *m_maxAttemptsProblems;
    QDoubleSpinBox *m_backoffFactor;
    ProblemLabel *m_backoffFactorProblems;
    QDoubleSpinBox *m_maxBackoff;
    ProblemLabel *m_maxBackoffProblems;
    ExceptionTypesEditor *m_retryOn;
    ProblemLabel *m_retryOnProblems;
    QComboBox *m_jitter;
    QLabel *m_source;
    BackoffPreview *m_preview;
    std::optional<int> m_pipelineAttempts;
    QString m_pipelineStep;
};

} // namespace volnux
