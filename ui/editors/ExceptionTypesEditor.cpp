// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExceptionTypesEditor.h"

#include "core/errors/ErrorTypes.h"
#include "ui/editors/ComboWidth.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace volnux {

static int depthOf(const QString &name)
{
    int depth = 0;
    for (QString parent = ErrorTypes::parentOf(name); !parent.isEmpty() && depth < 16;
         parent = ErrorTypes::parentOf(parent))
        ++depth;
    return depth;
}

ExceptionTypesEditor::ExceptionTypesEditor(QWidget *parent)
    : QWidget(parent), m_picker(new QComboBox(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_list(new QListWidget(this)),
      m_emptyMeaning(new QLabel(tr("Empty list: any error except CancelledError."), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Named so tests (and style sheets) can reach the parts.
    m_picker->setObjectName(QStringLiteral("exceptionPicker"));
    letComboShrink(m_picker);
    m_add->setObjectName(QStringLiteral("addException"));
    m_remove->setObjectName(QStringLiteral("removeException"));
    m_list->setObjectName(QStringLiteral("exceptionList"));
    m_picker->setAccessibleName(tr("Error type to add"));
    m_list->setAccessibleName(tr("Error types to retry"));
    m_picker->setToolTip(tr("Pick an error type from the tree, or type your own, then press "
                            "Add. A listed type includes the types derived from it."));
    m_add->setToolTip(tr("Add the chosen error type to the types to retry."));
    m_remove->setToolTip(tr("Remove the selected error types from the list."));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &name : ErrorTypes::allNames())
        m_picker->addItem(QString(depthOf(name) * 3, QLatin1Char(' ')) + name, name);
    m_picker->setCurrentIndex(-1);
    m_picker->lineEdit()->setPlaceholderText(tr("Pick or type an error type"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 2 + 8);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_picker, 0, 0);
    layout->addWidget(m_add, 0, 1);
    // Empty, the list gives its place to what an empty list means.
    m_emptyMeaning->setWordWrap(true);
    m_emptyMeaning->setForegroundRole(QPalette::PlaceholderText);
    m_emptyMeaning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_emptyMeaning, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    showWhetherEmpty();
    connect(m_add, &QPushButton::clicked, this, &ExceptionTypesEditor::addCurrent);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this,
            &ExceptionTypesEditor::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ExceptionTypesEditor::removeSelected);
}

QStringList ExceptionTypesEditor::types() const
{
    QStringList types;
    for (int i = 0; i < m_list->count(); ++i)
        types << m_list->item(i)->text();
    return types;
}

void ExceptionTypesEditor::setTypes(const QStringList &types)
{
    if (types == this->types())
        return;
    m_list->clear();
    m_list->addItems(types);
    showWhetherEmpty();
}

void ExceptionTypesEditor::addCurrent()
{
    // Typed text wins over the indented display text of a picked item.
    QString name = m_picker->currentText().trimmed();
    if (const int found = m_picker->findText(m_picker->currentText()); found >= 0)
        name = m_picker->itemData(found).toString();
    if (name.isEmpty() || types().contains(name))
        return;
    m_list->addItem(name);
    showWhetherEmpty();
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
    emit edited();
}

void ExceptionTypesEditor::showWhetherEmpty()
{
    const bool empty = m_list->count() == 0;
    m_list->setVisible(!empty);
    m_emptyMeaning->setVisible(empty);
    m_remove->setEnabled(!empty);
}

void ExceptionTypesEditor::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    showWhetherEmpty();
    emit edited();
}

} // namespace volnux
