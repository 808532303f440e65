#pragma once

// The event kinds and their parameters for the editors. The table and its messages come from the
// core (the loader's own), so the editor never disagrees with the file format.

#include "ui/editors/ParamDescriptor.h"

#include <QList>
#include <QVariantMap>

namespace volnux {

class KindCatalog
{
public:
    static QStringList kinds();
    static QString description(const QString &kind);
    static QList<ParamDescriptor> params(const QString &kind);
    // A fresh parameter map for a kind: the required parameters with sensible starting values.
    static QVariantMap starterParams(const QString &kind);
};

} // namespace volnux
