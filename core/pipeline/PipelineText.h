// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits of a pipeline's source text that keep everything else of it (comments, layout).

#include <QString>

namespace volnux::PipelineText {

// `text` with every use of the event `from` renamed to `to`. Only whole event names change
// (`fetch` in `fetch_all` does not); comments and spacing are kept.
QString renameEvent(const QString &text, const QString &from, const QString &to);

} // namespace volnux::PipelineText
