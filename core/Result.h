// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A value or the problems that prevented it. Library code returns this for expected failures
// (bad config, bad files); exceptions are reserved for user code inside `process`.

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace volnux {

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QStringList errors) { return Result(std::move(errors)); }
    static Result failure(const QString &error) { return Result(QStringList{error}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QStringList &errors() const { return m_errors; }
    QString errorString() const { return m_errors.join(QLatin1Char('\n')); }

private:
    explicit Result(QStringList errors) : m_errors(std::move(errors)) {}
    std::optional<T> m_value;
    QStringList m_errors;
};

} // namespace volnux
