// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PointyToken.h"

namespace volnux {

bool PointyToken::isNumber() const
{
    if (kind != Kind::Word || text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace volnux
