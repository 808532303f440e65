// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/PastRunBanner.h"

#include "core/UserText.h"
#include "ui/history/HistoryModel.h"
#include "ui/monitor/StatusStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace volnux {

PastRunBanner::PastRunBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("pastRunBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_text->setObjectName(QStringLiteral("pastRunText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("pastRunProgress"));
    m_progress->setMaximumWidth(220);
    m_cancel->setObjectName(QStringLiteral("pastRunCancel"));
    m_cancel->setToolTip(tr("Stop reading this run; what was read so far stays on screen"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &PastRunBanner::cancelRequested);
    hide();
}

QString PastRunBanner::describe(const StoredRun &run)
{
    const QString status = StatusStyle::label(run.status);
    return tr("Run #%1 of %2, started %3, %4 in %5")
        .arg(run.id)
        .arg(UserText::terminalSafe(run.projectName), HistoryModel::startedText(run.started),
             status, StatusStyle::duration(run.durationMs));
}

void PastRunBanner::showLoading(const StoredRun &run)
{
    m_text->setText(tr("Reading past run: %1…").arg(describe(run)));
    m_progress->setRange(0, std::max(1, run.attempts));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    show();
}

void PastRunBanner::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void PastRunBanner::showLoaded(const StoredRun &run, bool complete)
{
    m_text->setText(
        complete ? tr("Past run (read-only): %1.").arg(describe(run))
                 : tr("Past run (read-only, partly read: cancelled): %1.").arg(describe(run)));
    m_progress->hide();
    m_cancel->hide();
    show();
}

void PastRunBanner::showError(const QString &error)
{
    m_text->setText(tr("The past run could not be read: %1").arg(error));
    m_progress->hide();
    m_cancel->hide();
    show();
}

void PastRunBanner::showEmpty(const QString &projectName)
{
    m_text->setText(tr("%1 has no recorded runs yet. Choose Run (F5) to start one; every run is "
                       "kept in History.")
                        .arg(projectName.isEmpty() ? tr("This project") : projectName));
    m_progress->hide();
    m_cancel->hide();
    show();
}

QString PastRunBanner::text() const
{
    return m_text->text();
}

} // namespace volnux
