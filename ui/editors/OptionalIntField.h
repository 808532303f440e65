// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An integer that may be EMPTY. The EMPTY state is explicit (a checkbox) and says what it
// resolves to on this machine, e.g. "EMPTY: processor count: 8". The spin box takes any int:
// the range is the loader's to check, so an out-of-range value gets the loader's message under
// the field instead of being silently changed by the spin box ("-3" becoming 3). While EMPTY the
// spin box shows the `suggested` default, which is also where unticking EMPTY starts.

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace volnux {

class OptionalIntField : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalIntField(int suggested, QWidget *parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> value);
    void setEmptyMeaning(const QString &meaning);
    QSpinBox *spinBox() const { return m_spin; }
    QCheckBox *emptyBox() const { return m_empty; }

signals:
    void edited();

private:
    void updateState();

    QCheckBox *m_empty;
    QSpinBox *m_spin;
    QLabel *m_meaning;
    int m_suggested;
};

} // namespace volnux
