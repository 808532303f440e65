// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The executor, its ExecutorInitializerConfig and the attempt timeout (timeout_ms) it enforces.
// Every field has an explicit EMPTY state that says what it resolves to on this machine.

#include "ui/editors/EditorSection.h"

class QComboBox;
class QLabel;

namespace volnux {

class OptionalIntField;
class OptionalTextField;
class ProblemLabel;

class ExecutorSection : public EditorSection
{
    Q_OBJECT
public:
    explicit ExecutorSection(QWidget *parent = nullptr);
    void load(const EventDefinition &event) override;
    void store(EventDefinition &event) const override;
    void showProblems(const ProblemLookup &problemsAt) override;

private:
    void updateNote();

    QComboBox *m_executor;
    QLabel *m_note;
    ProblemLabel *m_executorProblems;
    OptionalIntField *m_maxWorkers;
    ProblemLabel *m_maxWorkersProblems;
    OptionalIntField *m_maxTasksPerChild;
    ProblemLabel *m_maxTasksPerChildProblems;
    OptionalTextField *m_prefix;
    ProblemLabel *m_prefixProblems;
    OptionalIntField *m_timeout;
    ProblemLabel *m_timeoutProblems;
};

} // namespace volnux
