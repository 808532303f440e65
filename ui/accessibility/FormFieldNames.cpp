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
constexpr char kOwnDescription[] = "volnuxFormFieldDescription";

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

// The tooltip a mouse user sees over `widget`: its own, or else its nearest ancestor's (Qt shows
// a parent's tooltip over a child without one), looking no higher than `root`.
QString shownToolTip(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (!w->toolTip().isEmpty())
            return w->toolTip();
        if (w == root)
            break;
    }
    return {};
}

// A screen reader hears, as the description of a field inside a wrapper (the spin box of an
// optional field, the parts of the error-type list), what hovering over it shows.
void describeFields(QWidget *root)
{
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isNamedField(widget) && !qobject_cast<QAbstractButton *>(widget))
            continue;
        if (!widget->accessibleDescription().isEmpty() &&
            !widget->property(kOwnDescription).toBool())
            continue;
        if (!widget->toolTip().isEmpty())
            continue; // Qt describes it by its own tooltip
        const QString tip = shownToolTip(widget, root);
        if (tip.isEmpty())
            continue;
        widget->setAccessibleDescription(tip);
        widget->setProperty(kOwnDescription, true);
    }
}

} // namespace

void FormFieldNames::apply(QWidget *root)
{
    describeFields(root);
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
