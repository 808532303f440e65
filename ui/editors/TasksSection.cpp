// SPDX-License-Identifier: GPL-3.0-or-later
#include "TasksSection.h"

#include "ui/editors/OpenRange.h"
#include "ui/editors/ProblemLabel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace volnux {

TasksSection::TasksSection(QWidget *parent)
    : EditorSection(tr("Tasks"), parent), m_one(new QRadioButton(tr("One task"), this)),
      m_count(new QRadioButton(tr("Count:"), this)), m_list(new QRadioButton(tr("Inputs:"), this)),
      m_tasks(new QSpinBox(this)), m_inputs(new QPlainTextEdit(this)),
      m_problems(new ProblemLabel(this))
{
    m_one->setObjectName(QStringLiteral("tasksOne"));
    m_count->setObjectName(QStringLiteral("tasksCount"));
    m_list->setObjectName(QStringLiteral("tasksInputs"));
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_inputs->setObjectName(QStringLiteral("inputs"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_one, m_count, m_list})
        group->addButton(button);
    m_one->setToolTip(tr("Default: one task with input 0."));
    const QString countTip = tr("Run this many tasks, with the inputs 0 to N − 1.");
    m_count->setToolTip(countTip);
    m_tasks->setToolTip(countTip);
    const QString inputsTip = tr("Run one task for each line, with that line as its input.");
    m_list->setToolTip(inputsTip);
    m_inputs->setToolTip(inputsTip);
    OpenRange::apply(m_tasks);
    m_tasks->setValue(1);
    m_inputs->setPlaceholderText(tr("One input per line; paste a column here.\n"
                                    "Numbers and JSON values are kept as such."));
    m_inputs->setTabChangesFocus(true);
    m_inputs->setFixedHeight(m_inputs->fontMetrics().lineSpacing() * 5 + 12);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_one, 0, 0);
    layout->addWidget(new QLabel(tr("(default: input 0)"), this), 0, 1);
    layout->addWidget(m_count, 1, 0);
    layout->addWidget(m_tasks, 1, 1, Qt::AlignLeft);
    layout->addWidget(m_list, 2, 0, Qt::AlignTop);
    layout->addWidget(m_inputs, 2, 1);
    layout->addWidget(m_problems, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    const auto changed = [this] {
        updateEnabled();
        emit edited(EventField::Tasks, tr("Edit tasks"));
    };
    connect(group, &QButtonGroup::buttonToggled, this, [changed](QAbstractButton *, bool on) {
        if (on)
            changed();
    });
    connect(m_tasks, &QSpinBox::valueChanged, this, changed);
    connect(m_inputs, &QPlainTextEdit::textChanged, this, [this, changed] {
        if (m_list->isChecked())
            changed();
    });
    updateEnabled();
}

QVariantList TasksSection::parseInputs(const QString &text)
{
    QVariantList inputs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        // A line that is a JSON value (42, true, {"a":1}) is that value, anything else a string.
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray("[") + line.toUtf8() + QByteArray("]"));
        if (doc.isArray() && doc.array().size() == 1 && !doc.array().at(0).isString())
            inputs << doc.array().at(0).toVariant();
        else
            inputs << line;
    }
    return inputs;
}

QString TasksSection::formatInputs(const QVariantList &inputs)
{
    QStringList lines;
    for (const QVariant &input : inputs) {
        if (input.typeId() == QMetaType::QString)
            lines << input.toString();
        else
            lines << QString::fromUtf8(QJsonDocument(QJsonArray{QJsonValue::fromVariant(input)})
                                           .toJson(QJsonDocument::Compact)
                                           .chopped(1)
                                           .mid(1));
    }
    return lines.join(QLatin1Char('\n'));
}

void TasksSection::load(const EventDefinition &event)
{
    const QSignalBlocker b1(m_one), b2(m_count), b3(m_list), b4(m_tasks), b5(m_inputs);
    m_one->setChecked(!event.tasks && !event.inputs);
    m_count->setChecked(event.tasks.has_value() && !event.inputs);
    m_list->setChecked(event.inputs.has_value());
    if (event.tasks && m_tasks->value() != *event.tasks)
        m_tasks->setValue(*event.tasks);
    if (event.inputs && parseInputs(m_inputs->toPlainText()) != *event.inputs)
        m_inputs->setPlainText(formatInputs(*event.inputs));
    updateEnabled();
}

void TasksSection::store(EventDefinition &event) const
{
    event.tasks.reset();
    event.inputs.reset();
    if (m_count->isChecked())
        event.tasks = m_tasks->value();
    else if (m_list->isChecked())
        event.inputs = parseInputs(m_inputs->toPlainText());
}

void TasksSection::showProblems(const ProblemLookup &problemsAt)
{
    m_problems->setProblems(problemsAt(QStringLiteral("tasks")) +
                            problemsAt(QStringLiteral("inputs")));
}

void TasksSection::updateEnabled()
{
    m_tasks->setEnabled(m_count->isChecked());
    m_inputs->setEnabled(m_list->isChecked());
}

} // namespace volnux
