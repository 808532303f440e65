// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the map-based config readers: typed extraction with messages that name
// the field and say what is allowed.

#include <QString>
#include <QVariant>

#include <optional>

namespace volnux::config {

QString qualified(const QString &where, const QString &key);
QString describeValue(const QVariant &value);
// Integer within [min, max]; doubles with an integral value are accepted (JSON has no integers).
std::optional<qint64> toInteger(const QVariant &value, qint64 min, qint64 max);
std::optional<double> toNumber(const QVariant &value);
bool isString(const QVariant &value);

} // namespace volnux::config
