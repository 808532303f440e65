// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The positions of a window's splitters, kept between sessions: the dividers between the task
// table and its details, the tables and the timeline, the pipeline text and its graph. Only
// splitters with an object name are kept, each under its name, so a splitter added or renamed in
// a later build starts from its default instead of taking another's state.

#include <QByteArray>

class QWidget;

namespace volnux {

class SplitterStates
{
public:
    // Every named splitter at or below `root`.
    static QByteArray save(const QWidget *root);
    // Restores the named splitters below `root` found in `saved`, leaving the others alone.
    // Merges: `saved` may hold splitters of widgets that are not below `root`.
    static void restore(QWidget *root, const QByteArray &saved);
    // `saved` with the states of the splitters below `root` replaced by their current ones.
    static QByteArray merged(const QByteArray &saved, const QWidget *root);
};

} // namespace volnux
