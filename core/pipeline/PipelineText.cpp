// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineText.h"

#include "core/pipeline/PointyLexer.h"

namespace volnux::PipelineText {

QString renameEvent(const QString &text, const QString &from, const QString &to)
{
    if (from.isEmpty() || from == to)
        return text;
    const QList<PointyToken> tokens = PointyLexer::tokenize(text);
    QString result = text;
    // From the end, so earlier offsets stay valid as lengths change.
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        if (it->kind == PointyToken::Kind::Word && it->text == from)
            result.replace(it->offset, it->length(), to);
    }
    return result;
}

} // namespace volnux::PipelineText
