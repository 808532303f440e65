#include "ProblemLabel.h"

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

} // namespace volnux
