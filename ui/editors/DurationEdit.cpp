// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationEdit.h"

#include "ui/editors/OpenRange.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

#include <cmath>

namespace volnux {

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent), m_spin(new QDoubleSpinBox(this)), m_unit(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    OpenRange::apply(m_spin);
    m_spin->setDecimals(3);
    m_spin->setMinimumWidth(100);
    m_unit->addItem(tr("ms"), 0.001);
    m_unit->addItem(tr("s"), 1.0);
    m_unit->addItem(tr("min"), 60.0);
    m_unit->addItem(tr("h"), 3600.0);
    m_unit->setCurrentIndex(1);
    layout->addWidget(m_spin);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { emit edited(); });
    // Changing the unit keeps the number and changes the duration, as a user expects.
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
}

double DurationEdit::unitSeconds() const
{
    return m_unit->currentData().toDouble();
}

double DurationEdit::seconds() const
{
    return m_spin->value() * unitSeconds();
}

void DurationEdit::setSeconds(double seconds)
{
    if (std::abs(this->seconds() - seconds) < 1e-9)
        return;
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockUnit(m_unit);
    int unit = 1;
    if (seconds > 0 && seconds < 1)
        unit = 0;
    else if (seconds >= 3600 && std::fmod(seconds, 3600) == 0)
        unit = 3;
    else if (seconds >= 60 && std::fmod(seconds, 60) == 0)
        unit = 2;
    m_unit->setCurrentIndex(unit);
    m_spin->setValue(seconds / unitSeconds());
}

} // namespace volnux
