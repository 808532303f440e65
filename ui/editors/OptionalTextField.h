// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A text that may be EMPTY (absent from the file), with the EMPTY state explicit and explained.

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace volnux {

class OptionalTextField : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalTextField(QWidget *parent = nullptr);

    std::optional<QString> value() const;
    void setValue(const std::optional<QString> &value);
    void setEmptyMeaning(const QString &meaning);
    QLineEdit *lineEdit() const { return m_edit; }
    QCheckBox *emptyBox() const { return m_empty; }

signals:
    void edited();

private:
    void updateState();

    QCheckBox *m_empty;
    QLineEdit *m_edit;
    QLabel *m_meaning;
};

} // namespace volnux
