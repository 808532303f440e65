// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How many tasks the event fans out to: one (the default), a count, or a list of inputs (one per
// line, so a column can be pasted from a spreadsheet or a terminal).

#include "ui/editors/EditorSection.h"

class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace volnux {

class ProblemLabel;

class TasksSection : public EditorSection
{
    Q_OBJECT
public:
    explicit TasksSection(QWidget *parent = nullptr);
    void load(const EventDefinition &event) override;
    void store(EventDefinition &event) const override;
    void showProblems(const ProblemLookup &problemsAt) override;

    static QVariantList parseInputs(const QString &text);
    static QString formatInputs(const QVariantList &inputs);

private:
    void updateEnabled();

    QRadioButton *m_one;
    QRadioButton *m_count;
    QRadioButton *m_list;
    QSpinBox *m_tasks;
    QPlainTextEdit *m_inputs;
    ProblemLabel *m_problems;
};

} // namespace volnux
