// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFieldNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace volnux {

namespace {

// Set by this class: a name it gave may be given again, in a new language.
constexpr char kOwnName[] = "volnuxFormFieldName";

bool isNamedField(const QWidget *widget)
{
    // Buttons and check boxes carry their own text.
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget);
}

QString labelName(const QLabel *label)
{
    QString text = label->text();
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)) // full-width colon
           || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

void nameFields(QWidget *field, const QString &name)
{
    QList<QWidget *> widgets = field->findChildren<QWidget *>();
    widgets.prepend(field);
    for (QWidget *widget : widgets) {
        if (!isNamedField(widget) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        if (!widget->accessibleName().isEmpty() && !widget->property(kOwnName).toBool())
            continue;
        widget->setAccessibleName(name);
        widget->setProperty(kOwnName, true);
    }
}

} // namespace

void FormFieldNames::apply(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            const auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (label && fieldItem && fieldItem->widget() && !labelName(label).isEmpty())
                nameFields(fieldItem->widget(), labelName(label));
        }
    }
}

} // namespace volnux
