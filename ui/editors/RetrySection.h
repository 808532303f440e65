#pragma once

// The retry policy: enabled or not (no policy: one attempt per task), its fields, the error
// types to retry on, and a live chart of the resulting backoff beside them.

#include "ui/editors/EditorSection.h"

class QComboBox;
class QDoubleSpinBox;
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

private:
    RetryPolicy policy() const;
    RetryPolicy previewedPolicy() const;

    QSpinBox *m_maxAttempts;
    ProblemLabel *m_maxAttemptsProblems;
    QDoubleSpinBox *m_backoffFactor;
    ProblemLabel *m_backoffFactorProblems;
    QDoubleSpinBox *m_maxBackoff;
    ProblemLabel *m_maxBackoffProblems;
    ExceptionTypesEditor *m_retryOn;
    ProblemLabel *m_retryOnProblems;
    QComboBox *m_jitter;
    BackoffPreview *m_preview;
};

} // namespace volnux
