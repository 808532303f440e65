// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsPanel.h"

#include "ui/document/ProjectDocument.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace volnux {

ProblemsPanel::ProblemsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Location"), tr("Problem")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Click a problem to go to its field"));
    m_list->setAccessibleDescription(m_list->toolTip());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    const auto activate = [this](QTreeWidgetItem *item) {
        if (item)
            emit problemActivated(item->data(0, Qt::UserRole).toString());
    };
    connect(m_list, &QTreeWidget::itemClicked, this, activate);
    connect(m_list, &QTreeWidget::itemActivated, this, activate);
    connect(document, &ProjectDocument::problemsChanged, this, &ProblemsPanel::refresh);
    connect(document, &ProjectDocument::projectReset, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::refresh()
{
    m_list->clear();
    for (const QString &problem : m_document->problems())
        addRow(problem, false);
    for (const QString &warning : m_document->warnings())
        addRow(warning, true);
}

void ProblemsPanel::addRow(const QString &problem, bool warning)
{
    // The loader's messages read "location: message"; a pipeline error carries its caret
    // picture on the lines after the first, which the tooltip keeps.
    const qsizetype colon = problem.indexOf(QStringLiteral(": "));
    const QString location = colon > 0 ? problem.left(colon) : QString();
    const QString message = colon > 0 ? problem.mid(colon + 2) : problem;
    auto *item = new QTreeWidgetItem(m_list, {location, message.section(QLatin1Char('\n'), 0, 0)});
    item->setData(0, Qt::UserRole, problem);
    item->setToolTip(1, message);
    item->setIcon(0, style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_MessageBoxCritical));
}

} // namespace volnux
