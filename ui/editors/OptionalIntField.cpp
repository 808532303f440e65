// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalIntField.h"

#include "ui/editors/OpenRange.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace volnux {

OptionalIntField::OptionalIntField(int suggested, QWidget *parent)
    : QWidget(parent), m_empty(new QCheckBox(tr("EMPTY"), this)), m_spin(new QSpinBox(this)),
      m_meaning(new QLabel(this)), m_suggested(suggested)
{
    // What EMPTY means goes under the field, wrapped: beside it, it made the executor section too
    // wide for the editor's three columns.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    OpenRange::apply(m_spin);
    m_spin->setValue(suggested);
    m_spin->setMinimumWidth(80);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    m_meaning->setWordWrap(true);
    layout->addWidget(m_spin, 0, 0);
    layout->addWidget(m_empty, 0, 1);
    layout->addWidget(m_meaning, 1, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    m_empty->setToolTip(tr("Leave the field out of the file; the executor uses its default."));
    connect(m_empty, &QCheckBox::toggled, this, [this] {
        updateState();
        emit edited();
    });
    connect(m_spin, &QSpinBox::valueChanged, this, [this] { emit edited(); });
    updateState();
}

std::optional<int> OptionalIntField::value() const
{
    if (m_empty->isChecked())
        return std::nullopt;
    return m_spin->value();
}

void OptionalIntField::setValue(std::optional<int> value)
{
    const QSignalBlocker blockEmpty(m_empty);
    const QSignalBlocker blockSpin(m_spin);
    m_empty->setChecked(!value.has_value());
    // EMPTY shows (greyed) and unticks to the resolved default, never to what the field showed
    // for the event selected before.
    const int shown = value.value_or(m_suggested);
    if (m_spin->value() != shown)
        m_spin->setValue(shown);
    updateState();
}

void OptionalIntField::setEmptyMeaning(const QString &meaning)
{
    m_meaning->setText(meaning);
}

void OptionalIntField::updateState()
{
    m_spin->setEnabled(!m_empty->isChecked());
    m_meaning->setVisible(m_empty->isChecked());
}

} // namespace volnux
