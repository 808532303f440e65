// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectChangedNote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace volnux {

ProjectChangedNote::ProjectChangedNote(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_runAgain(new QPushButton(this))
{
    setObjectName(QStringLiteral("projectChangedNote"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_runAgain->setObjectName(QStringLiteral("runAgainWithChanges"));
    m_runAgain->setText(tr("Run again with changes"));
    m_runAgain->setToolTip(tr("Start a new run of the project as it is now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_runAgain);
    connect(m_runAgain, &QPushButton::clicked, this, &ProjectChangedNote::runAgainRequested);
    hide();
}

void ProjectChangedNote::showState(bool changed, bool running)
{
    setVisible(changed);
    if (!changed)
        return;
    m_text->setText(running ? tr("The project was edited during this run. The run goes on with "
                                 "the project as it was when it started; the edits are not in it.")
                            : tr("The project was edited after this run started; the edits "
                                 "were not in it."));
    m_runAgain->setToolTip(running ? tr("Cancel this run, then start a new one with the edits")
                                   : tr("Start a new run with the edits"));
}

QString ProjectChangedNote::text() const
{
    return m_text->text();
}

} // namespace volnux
