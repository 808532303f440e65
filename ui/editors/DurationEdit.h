// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A duration in seconds, edited as a number with a unit (ms, s, min, h).

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace volnux {

class DurationEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DurationEdit(QWidget *parent = nullptr);

    double seconds() const;
    // Keeps the unit the user chose when the value is already shown; otherwise picks a readable
    // one.
    void setSeconds(double seconds);
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QComboBox *unitBox() const { return m_unit; }

signals:
    void edited();

private:
    double unitSeconds() const;

    QDoubleSpinBox *m_spin;
    QComboBox *m_unit;
};

} // namespace volnux
