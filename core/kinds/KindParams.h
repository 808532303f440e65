// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one built-in kind's parameters out of TaskContext::params(). The project loader has
// validated them already; these readers are the last line of defence and throw ValueError
// (failing the attempt) instead of trusting a value. Stateless; safe on any thread.

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace volnux {

class KindParams
{
public:
    explicit KindParams(const QVariantMap &params) : m_params(params) {}

    bool has(const QString &key) const { return m_params.contains(key); }
    QVariant value(const QString &key) const { return m_params.value(key); }

    // An integral number in [min, max]; absent (or null) gives `fallback`.
    qint64 integer(const QString &key, qint64 fallback, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max) const;
    double number(const QString &key, double fallback, double min, double max) const;
    QString string(const QString &key, const QString &fallback = {}) const;
    bool boolean(const QString &key, bool fallback) const;
    QString requiredString(const QString &key) const;
    QStringList stringList(const QString &key) const;
    // An object whose values are all strings, e.g. `env`.
    QMap<QString, QString> stringMap(const QString &key) const;

    // Throws ValueError("<key>: <what>, got <value>").
    [[noreturn]] void fail(const QString &key, const QString &what) const;

    static std::optional<qint64> toInteger(const QVariant &value);
    static QString describe(const QVariant &value);

private:
    const QVariantMap &m_params;
};

} // namespace volnux
