// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabOrder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>
#include <tuple>

namespace volnux {

namespace {

void visitWidget(QWidget *widget, QList<QWidget *> &order);

void visitItem(QLayoutItem *item, QList<QWidget *> &order);

void visitForm(QFormLayout *form, QList<QWidget *> &order)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        for (auto role :
             {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            if (QLayoutItem *item = form->itemAt(row, role))
                visitItem(item, order);
        }
    }
}

void visitGrid(QGridLayout *grid, QList<QWidget *> &order)
{
    std::vector<std::tuple<int, int, int>> cells; // row, column, index
    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        cells.emplace_back(row, column, i);
    }
    std::sort(cells.begin(), cells.end());
    for (const auto &[row, column, index] : cells)
        visitItem(grid->itemAt(index), order);
}

void visitLayout(QLayout *layout, QList<QWidget *> &order)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout))
        return visitForm(form, order);
    if (auto *grid = qobject_cast<QGridLayout *>(layout))
        return visitGrid(grid, order);
    for (int i = 0; i < layout->count(); ++i)
        visitItem(layout->itemAt(i), order);
}

void visitItem(QLayoutItem *item, QList<QWidget *> &order)
{
    if (QWidget *widget = item->widget())
        visitWidget(widget, order);
    else if (QLayout *layout = item->layout())
        visitLayout(layout, order);
}

// Containers whose pages are not items of a layout.
bool visitPages(QWidget *widget, QList<QWidget *> &order)
{
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            visitWidget(scroll->widget(), order);
    } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            visitWidget(splitter->widget(i), order);
    } else if (auto *stack = qobject_cast<QStackedWidget *>(widget)) {
        for (int i = 0; i < stack->count(); ++i)
            visitWidget(stack->widget(i), order);
    } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        visitWidget(tabs->tabBar(), order);
        for (auto corner : {Qt::TopLeftCorner, Qt::TopRightCorner}) {
            if (QWidget *cornerWidget = tabs->cornerWidget(corner))
                visitWidget(cornerWidget, order);
        }
        for (int i = 0; i < tabs->count(); ++i)
            visitWidget(tabs->widget(i), order);
    } else {
        return false;
    }
    return true;
}

void visitWidget(QWidget *widget, QList<QWidget *> &order)
{
    if (widget->focusPolicy() & Qt::TabFocus)
        order << widget;
    if (visitPages(widget, order))
        return;
    if (QLayout *layout = widget->layout())
        visitLayout(layout, order);
}

} // namespace

void TabOrder::followLayout(QWidget *root)
{
    QList<QWidget *> order;
    visitWidget(root, order);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace volnux
