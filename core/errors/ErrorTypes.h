// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The named error hierarchy, modelled on Python's exceptions. Built-in names are always known;
// users may declare their own with a parent. Thread-safe: lookups take a shared lock.

#include <QString>
#include <QStringList>

#include <exception>

namespace volnux {

namespace ErrorNames {
inline const QString Exception = QStringLiteral("Exception");
inline const QString ConnectionError = QStringLiteral("ConnectionError");
inline const QString ConnectionRefusedError = QStringLiteral("ConnectionRefusedError");
inline const QString ConnectionResetError = QStringLiteral("ConnectionResetError");
inline const QString TimeoutError = QStringLiteral("TimeoutError");
inline const QString OSError = QStringLiteral("OSError");
inline const QString FileNotFoundError = QStringLiteral("FileNotFoundError");
inline const QString PermissionError = QStringLiteral("PermissionError");
inline const QString ValueError = QStringLiteral("ValueError");
inline const QString RuntimeError = QStringLiteral("RuntimeError");
inline const QString ProcessError = QStringLiteral("ProcessError");
inline const QString WorkerCrashedError = QStringLiteral("WorkerCrashedError");
inline const QString CancelledError = QStringLiteral("CancelledError");
} // namespace ErrorNames

class ErrorTypes
{
public:
    // Declares `name` as a subtype of `parent` (which must be known). Returns false with a message
    // when the name is invalid, already declared with another parent, or the parent is unknown.
    static bool declare(const QString &name, const QString &parent = ErrorNames::Exception,
                        QString *error = nullptr);
    static bool isKnown(const QString &name);
    // True when `name` is `ancestor` or derives from it. Unknown names derive from Exception only.
    static bool isA(const QString &name, const QString &ancestor);
    static QString parentOf(const QString &name);
    // Every known name, parents before children, for pickers in the UI.
    static QStringList allNames();
    static bool isValidName(const QString &name);
    // The known name closest to `name` within a few edits (a typo: "ConectionError"), or empty.
    static QString closestName(const QString &name);
};

// Thrown by user code (and by the built-in event kinds) to fail an attempt with a named type.
class Error : public std::exception
{
public:
    Error(QString type, QString message);
    const QString &type() const { return m_type; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_type;
    QString m_message;
    QByteArray m_what;
};

struct CaughtError
{
    QString type;
    QString message;
};

// Maps the exception currently being handled (call from inside a catch block) onto a name:
// volnux::Error keeps its type, std::invalid_argument -> ValueError, std::runtime_error ->
// RuntimeError, anything else -> Exception.
CaughtError describeCurrentException();

} // namespace volnux
