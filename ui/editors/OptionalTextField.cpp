// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalTextField.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace volnux {

OptionalTextField::OptionalTextField(QWidget *parent)
    : QWidget(parent), m_empty(new QCheckBox(tr("EMPTY"), this)), m_edit(new QLineEdit(this)),
      m_meaning(new QLabel(this))
{
    auto *layout = new QGridLayout(this); // as OptionalIntField: the meaning under the field
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    m_edit->setMinimumWidth(80);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setToolTip(tr("Leave the field out of the file; the default applies."));
    m_meaning->setWordWrap(true);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_empty, 0, 1);
    layout->addWidget(m_meaning, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_empty, &QCheckBox::toggled, this, [this] {
        updateState();
        emit edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emit edited(); });
    updateState();
}

std::optional<QString> OptionalTextField::value() const
{
    if (m_empty->isChecked())
        return std::nullopt;
    return m_edit->text();
}

void OptionalTextField::setValue(const std::optional<QString> &value)
{
    const QSignalBlocker block(m_empty);
    m_empty->setChecked(!value.has_value());
    // EMPTY shows (greyed) and unticks to the default, an empty text, never to what the field
    // showed for the event selected before.
    const QString shown = value.value_or(QString());
    if (m_edit->text() != shown)
        m_edit->setText(shown);
    updateState();
}

void OptionalTextField::setEmptyMeaning(const QString &meaning)
{
    m_meaning->setText(meaning);
}

void OptionalTextField::updateState()
{
    m_edit->setEnabled(!m_empty->isChecked());
    m_meaning->setVisible(m_empty->isChecked());
}

} // namespace volnux
