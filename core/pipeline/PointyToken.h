// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One token of the Pointy pipeline notation, with where it starts in the source (1-based line and
// column, counted in UTF-16 code units) so errors can point at it. A value type.

#include <QString>

namespace volnux {

struct PointyToken
{
    enum class Kind
    {
        Word,       // an event name or a number: letters, digits, '_', '.', '-' (not before '>')
        Arrow,      // ->
        PipeArrow,  // |->
        Parallel,   // ||
        Star,       // *
        OpenParen,  // (
        CloseParen, // )
        Comma,      // ,
        Invalid,    // a character that has no meaning in the notation
        End,        // end of the text
    };

    Kind kind = Kind::End;
    QString text;
    int offset = 0; // index into the source text
    int line = 1;
    int column = 1;

    int length() const { return int(text.size()); }
    bool isNumber() const;
};

} // namespace volnux
