// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralSection.h"

#include "core/kinds/KindSpec.h"
#include "ui/editors/KindParamsEditor.h"
#include "ui/editors/ProblemLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace volnux {

static QWidget *withProblems(QWidget *field, ProblemLabel *problems)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problems);
    return cell;
}

static QString kindHelp(const QString &kind)
{
    const KindSpec *spec = KindSpec::find(kind);
    return spec ? spec->helpText() : QString();
}

GeneralSection::GeneralSection(QWidget *parent)
    : EditorSection(tr("Event"), parent), m_name(new QLineEdit(this)),
      m_nameProblems(new ProblemLabel(this)), m_kind(new QComboBox(this)),
      m_kindHelp(new QLabel(this)), m_kindProblems(new ProblemLabel(this)),
      m_params(new KindParamsEditor(this)), m_paramsProblems(new ProblemLabel(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_params->setObjectName(QStringLiteral("params"));
    m_kind->addItems(KindSpec::names());
    m_name->setToolTip(tr("The event's name, unique in the project: the pipeline, the run "
                          "monitor and the run history refer to the event by it."));
    m_kind->setToolTip(tr("What each task does: run a program, sleep, compute, simulate an "
                          "outcome or call an event from a plugin library."));
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setForegroundRole(QPalette::PlaceholderText);

    // The form keeps its natural height at the top; the section's extra height (it shares a grid
    // row with the retry chart) goes below it instead of between the parameter rows.
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), withProblems(m_name, m_nameProblems));
    form->addRow(tr("Kind:"), withProblems(m_kind, m_kindProblems));
    form->addRow(QString(), m_kindHelp);
    form->addRow(m_params);
    form->addRow(m_paramsProblems);

    connect(m_name, &QLineEdit::textEdited, this,
            [this] { emit edited(EventField::Name, tr("Rename event")); });
    connect(m_kind, &QComboBox::currentTextChanged, this, [this](const QString &kind) {
        m_kindHelp->setText(kindHelp(kind));
        emit edited(EventField::Kind, tr("Change kind"));
    });
    connect(m_params, &KindParamsEditor::edited, this,
            [this] { emit edited(EventField::Params, tr("Edit parameters")); });
}

void GeneralSection::load(const EventDefinition &event)
{
    if (m_name->text() != event.name)
        m_name->setText(event.name);
    {
        const QSignalBlocker block(m_kind);
        if (m_kind->findText(event.kind) < 0 && !event.kind.isEmpty())
            m_kind->addItem(event.kind);
        m_kind->setCurrentText(event.kind);
    }
    m_kindHelp->setText(kindHelp(event.kind));
    m_params->setKind(event.kind);
    m_params->setParams(event.params);
}

void GeneralSection::store(EventDefinition &event) const
{
    event.name = m_name->text();
    if (event.kind != m_kind->currentText()) {
        // A new kind starts from its own parameters; the old kind's would not validate.
        event.kind = m_kind->currentText();
        event.params = KindParamsEditor::starterParams(event.kind);
        return;
    }
    event.params = m_params->params();
}

void GeneralSection::showProblems(const ProblemLookup &problemsAt)
{
    m_nameProblems->setProblems(problemsAt(QStringLiteral("name")));
    m_kindProblems->setProblems(problemsAt(QStringLiteral("kind")));
    m_params->showProblems(
        [&](const QString &key) { return problemsAt(QStringLiteral("params.") + key); });
    // Messages about the parameters as a whole (an unknown key, not an object) go under them.
    QStringList atFields;
    if (const KindSpec *spec = KindSpec::find(m_kind->currentText())) {
        for (const QString &name : spec->paramNames())
            atFields << problemsAt(QStringLiteral("params.") + name);
    }
    QStringList general;
    for (const QString &problem : problemsAt(QStringLiteral("params"))) {
        if (!atFields.contains(problem))
            general << problem;
    }
    m_paramsProblems->setProblems(general);
}

} // namespace volnux
