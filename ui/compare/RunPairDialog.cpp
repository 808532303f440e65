// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/RunPairDialog.h"

#include "core/store/RunStore.h"
#include "ui/monitor/StatusStyle.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace volnux {

RunPairDialog::RunPairDialog(const QString &storePath, const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_projectPath(projectPath),
      m_table(new QTableWidget(0, 6)), m_allProjects(new QCheckBox(tr("&All projects"))),
      m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Compare Runs"));
    setObjectName(QStringLiteral("runPairDialog"));
    m_table->setObjectName(QStringLiteral("runPairTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Run"), tr("Started"), tr("Status"), tr("Duration"), tr("Failed"), tr("Project")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_allProjects->setChecked(projectPath.isEmpty());
    m_allProjects->setEnabled(!projectPath.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allProjects, &QCheckBox::toggled, this, &RunPairDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunPairDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select two runs: the older is A, the newer B.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_allProjects);
    m_message->setTextFormat(Qt::PlainText); // it shows a path and errors from outside
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 480);
    reload();
}

void RunPairDialog::reload()
{
    m_table->setRowCount(0);
    if (!QFileInfo::exists(m_storePath)) { // opening would create it
        m_message->setText(tr("No runs are recorded yet (%1).").arg(m_storePath));
        updateButtons();
        return;
    }
    const auto store = RunStore::open(m_storePath);
    if (!store) {
        m_message->setText(store.errorString());
        updateButtons();
        return;
    }
    RunStore::Filter filter;
    filter.limit = kMaxRuns;
    if (!m_allProjects->isChecked())
        filter.projectPath = m_projectPath;
    const auto runs = (*store)->list(filter);
    m_message->setText(
        runs ? (runs->size() < 2 ? tr("Fewer than two runs are recorded here.") : QString())
             : runs.errorString());
    for (const StoredRun &run : runs ? *runs : std::vector<StoredRun>{}) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime started = QDateTime::fromString(run.started, Qt::ISODateWithMs);
        const QStringList cells{QString::number(run.id),
                                QLocale().toString(started.toLocalTime(), QLocale::ShortFormat),
                                StatusStyle::label(run.status),
                                StatusStyle::duration(run.durationMs),
                                QString::number(run.counts.failed()),
                                QFileInfo(run.projectPath).fileName()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_table->item(row, 0)->setData(Qt::UserRole, run.id);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::pair<qint64, qint64> RunPairDialog::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    if (ids.size() != 2)
        return {0, 0};
    return {std::min(ids[0], ids[1]), std::max(ids[0], ids[1])};
}

void RunPairDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedRuns().first > 0);
}

} // namespace volnux
