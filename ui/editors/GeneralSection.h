// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Name, kind and the kind's parameters.

#include "ui/editors/EditorSection.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace volnux {

class KindParamsEditor;
class ProblemLabel;

class GeneralSection : public EditorSection
{
    Q_OBJECT
public:
    explicit GeneralSection(QWidget *parent = nullptr);
    void load(const EventDefinition &event) override;
    void store(EventDefinition &event) const override;
    void showProblems(const ProblemLookup &problemsAt) override;

private:
    QLineEdit *m_name;
    ProblemLabel *m_nameProblems;
    QComboBox *m_kind;
    QLabel *m_kindHelp;
    ProblemLabel *m_kindProblems;
    KindParamsEditor *m_params;
    ProblemLabel *m_paramsProblems;
};

} // namespace volnux
