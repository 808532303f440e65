// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits Pointy text into tokens in one pass, skipping whitespace and `#` comments. It never
// fails: characters with no meaning become Invalid tokens, which the parser reports in order.
// Stateless apart from its input; safe to use from any thread.

#include "core/pipeline/PointyToken.h"

#include <QList>

namespace volnux {

class PointyLexer
{
public:
    // The tokens of `text`, always ending with one End token.
    static QList<PointyToken> tokenize(const QString &text);
};

} // namespace volnux
