// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One titled part of the event editor. A section shows some fields of an event, writes them back
// into a definition, and shows the loader's messages for them. It emits `edited(field)` on every
// user change; the EventEditor turns that into an undo command.

#include "core/project/Project.h"
#include "ui/commands/EventField.h"

#include <QGroupBox>

#include <functional>

namespace volnux {

// Messages for a location relative to the event, e.g. "retry_policy.max_attempts".
using ProblemLookup = std::function<QStringList(const QString &location)>;

class EditorSection : public QGroupBox
{
    Q_OBJECT
public:
    using QGroupBox::QGroupBox;

    virtual void load(const EventDefinition &event) = 0;
    virtual void store(EventDefinition &event) const = 0;
    virtual void showProblems(const ProblemLookup &problemsAt) = 0;

signals:
    void edited(volnux::EventField field, const QString &undoText);
};

} // namespace volnux
