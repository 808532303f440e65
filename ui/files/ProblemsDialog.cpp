// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace volnux {

ProblemsDialog::ProblemsDialog(const QString &title, const QString &path,
                               const QStringList &problems, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(760, 360);
    auto *heading =
        new QLabel(tr("%n problem(s) in %1:", nullptr, int(problems.size())).arg(path), this);
    heading->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    heading->setWordWrap(true);
    auto *list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Location"), tr("Problem")});
    list->setAlternatingRowColors(true);
    for (const QString &problem : problems) {
        // The loader's messages read "location: message"; some (JSON syntax) are just a message.
        const qsizetype colon = problem.indexOf(QStringLiteral(": "));
        const QString location = colon > 0 ? problem.left(colon) : QString();
        const QString message = colon > 0 ? problem.mid(colon + 2) : problem;
        auto *item = new QTreeWidgetItem(list, {location, message});
        item->setToolTip(1, message);
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
}

} // namespace volnux
