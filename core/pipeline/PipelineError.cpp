#include "core/pipeline/PipelineError.h"

namespace volnux {

QString PipelineError::toString() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString PipelineError::formatted() const
{
    static const QString indent = QStringLiteral("    ");
    // Tabs before the column stay tabs so the caret lines up however the terminal expands them.
    QString pad;
    const int padLength = qMax(0, column - 1);
    pad.reserve(padLength);
    for (int i = 0; i < padLength; ++i)
        pad += (i < sourceLine.size() && sourceLine.at(i) == QLatin1Char('\t')) ? QLatin1Char('\t')
                                                                                : QLatin1Char(' ');
    const QString marker = QLatin1Char('^') + QString(qMax(0, length - 1), QLatin1Char('~'));
    return toString() + QLatin1Char('\n') + indent + sourceLine + QLatin1Char('\n') + indent + pad +
           marker;
}

} // namespace volnux
