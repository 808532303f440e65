// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A syntax or reference error in a pipeline, located in its source: 1-based line and column (in
// UTF-16 code units), the length of the offending text, and the source line itself so the error
// can be shown with a caret under the problem. A value type.

#include <QString>

namespace volnux {

struct PipelineError
{
    int line = 0;
    int column = 0;
    int length = 1;     // how many characters the caret line underlines (at least 1)
    QString message;    // e.g. "unknown event 'fech': did you mean 'fetch'? ..."
    QString sourceLine; // the line of the pipeline the error is on, without its newline

    // "line 2, column 6: <message>"
    QString toString() const;
    // toString(), then the source line and a caret under the problem:
    //   line 2, column 6: unknown event 'fech': ...
    //     A -> fech
    //          ^~~~
    QString formatted() const;
};

} // namespace volnux
