// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retranslator.h"

#include "ui/i18n/TextOrigins.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBox>

namespace volnux {

Retranslator::Retranslator(const TextOrigins &origins) : m_origins(origins) {}

void Retranslator::retranslateApplication() const
{
    for (QWidget *window : QApplication::topLevelWidgets())
        retranslateTree(window);
}

void Retranslator::retranslateTree(QWidget *root) const
{
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    for (QObject *object : objects)
        retranslateObject(object);
    // A plot paints from a buffer: once its parts have their new texts, it draws them again.
    for (QObject *object : objects)
        if (object->isWidgetType() && object->metaObject()->indexOfSlot("replot()") >= 0)
            QMetaObject::invokeMethod(object, "replot");
}

void Retranslator::retranslateObject(QObject *object) const
{
    if (auto *widget = qobject_cast<QWidget *>(object))
        retranslateWidget(widget);
    else if (auto *action = qobject_cast<QAction *>(object))
        retranslateAction(action);
    else // the parts of a plot: an axis's label, a graph's name in the legend, a text item
        for (const char *name : {"label", "name", "text"})
            retranslateProperty(object, name);
}

void Retranslator::retranslateProperty(QObject *object, const char *name) const
{
    const QVariant value = object->property(name);
    if (value.typeId() != QMetaType::QString)
        return;
    const QString text = value.toString();
    const QString again = m_origins.translatedAgain(text, object);
    if (again != text)
        object->setProperty(name, again);
}

void Retranslator::retranslateWidget(QWidget *widget) const
{
    for (const char *name : {"windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName",
                             "accessibleDescription"})
        retranslateProperty(widget, name);
    retranslateSpecifics(widget);
    widget->update();
}

void Retranslator::retranslateSpecifics(QWidget *widget) const
{
    if (qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget))
        retranslateProperty(widget, "text");
    else if (qobject_cast<QGroupBox *>(widget) || qobject_cast<QMenu *>(widget))
        retranslateProperty(widget, "title");
    else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
             qobject_cast<QTextEdit *>(widget))
        retranslateProperty(widget, "placeholderText");
    else if (qobject_cast<QAbstractSpinBox *>(widget)) {
        for (const char *name : {"specialValueText", "prefix", "suffix"})
            retranslateProperty(widget, name);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
        for (int i = 0; i < combo->count(); ++i) {
            combo->setItemText(i, m_origins.translatedAgain(combo->itemText(i), widget));
            const QVariant tip = combo->itemData(i, Qt::ToolTipRole);
            if (tip.typeId() == QMetaType::QString)
                combo->setItemData(i, m_origins.translatedAgain(tip.toString(), widget),
                                   Qt::ToolTipRole);
        }
    } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setTabText(i, m_origins.translatedAgain(tabs->tabText(i), widget));
            tabs->setTabToolTip(i, m_origins.translatedAgain(tabs->tabToolTip(i), widget));
        }
    } else if (auto *box = qobject_cast<QToolBox *>(widget)) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, m_origins.translatedAgain(box->itemText(i), widget));
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        // Models translate their headers and cells as they are asked: a repaint asks again.
        view->viewport()->update();
    }
}

void Retranslator::retranslateAction(QAction *action) const
{
    for (const char *name : {"text", "iconText", "toolTip", "statusTip", "whatsThis"})
        retranslateProperty(action, name);
}

} // namespace volnux
