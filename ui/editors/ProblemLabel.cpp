// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabel.h"

#include <QVBoxLayout>

namespace volnux {

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red reads as an error on both light and dark system themes.
    setStyleSheet(QStringLiteral("color: #d9413a;"));
    hide();
}

void ProblemLabel::setProblems(const QStringList &problems)
{
    setText(problems.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
}

QWidget *ProblemLabel::withField(QWidget *parent, QWidget *field, ProblemLabel *problems)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problems);
    return box;
}

} // namespace volnux
