// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorTypes.h"

#include "core/UserText.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>

namespace volnux {

namespace {

struct Hierarchy
{
    // std::shared_mutex, not QReadWriteLock: Qt is not built with ThreadSanitizer, so a TSan
    // build could not see the lock's ordering.
    std::shared_mutex lock;
    QHash<QString, QString> parent; // child -> parent; the root maps to an empty string
    QStringList order;

    Hierarchy()
    {
        using namespace ErrorNames;
        add(Exception, QString());
        add(ConnectionError, OSError);
        add(ConnectionRefusedError, ConnectionError);
        add(ConnectionResetError, ConnectionError);
        add(TimeoutError, OSError);
        add(FileNotFoundError, OSError);
        add(PermissionError, OSError);
        add(ValueError, Exception);
        add(RuntimeError, Exception);
        add(ProcessError, Exception);
        add(WorkerCrashedError, Exception);
        add(CancelledError, Exception);
    }

    void add(const QString &name, const QString &parentName)
    {
        if (!parentName.isEmpty() && !parent.contains(parentName))
            add(parentName, ErrorNames::Exception);
        parent.insert(name, parentName);
        order.append(name);
    }
};

Hierarchy &hierarchy()
{
    static Hierarchy h;
    return h;
}

} // namespace

bool ErrorTypes::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    return re.match(name).hasMatch();
}

bool ErrorTypes::declare(const QString &name, const QString &parent, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValidName(name))
        return fail(QStringLiteral("%1 is not a valid error type name")
                        .arg(UserText::quoted(name, UserText::kMaxQuoted, u'\'')));
    Hierarchy &h = hierarchy();
    std::unique_lock locker(h.lock);
    if (!h.parent.contains(parent))
        return fail(QStringLiteral("unknown parent error type %1")
                        .arg(UserText::quoted(parent, UserText::kMaxQuoted, u'\'')));
    const auto existing = h.parent.constFind(name);
    if (existing != h.parent.constEnd()) {
        if (*existing == parent)
            return true;
        return fail(QStringLiteral("error type '%1' is already declared with parent '%2'")
                        .arg(name, existing->isEmpty() ? QStringLiteral("(none)") : *existing));
    }
    h.parent.insert(name, parent);
    h.order.append(name);
    return true;
}

namespace {
// Levenshtein distance, ignoring case.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const bool same = a.at(i - 1).toCaseFolded() == b.at(j - 1).toCaseFolded();
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

QString ErrorTypes::closestName(const QString &name)
{
    const int allowed = name.size() < 8 ? 1 : name.size() < 16 ? 2 : 3;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &known : allNames()) {
        // The distance is at least the difference in length: most names need no computing.
        if (std::abs(known.size() - name.size()) >= bestDistance)
            continue;
        if (const int d = editDistance(name, known); d < bestDistance) {
            best = known;
            bestDistance = d;
        }
    }
    return best;
}

bool ErrorTypes::isKnown(const QString &name)
{
    Hierarchy &h = hierarchy();
    std::shared_lock locker(h.lock);
    return h.parent.contains(name);
}

bool ErrorTypes::isA(const QString &name, const QString &ancestor)
{
    if (name == ancestor)
        return true;
    Hierarchy &h = hierarchy();
    std::shared_lock locker(h.lock);
    QString current = name;
    if (!h.parent.contains(current))
        return ancestor == ErrorNames::Exception;
    for (int depth = 0; depth < 64 && !current.isEmpty(); ++depth) {
        if (current == ancestor)
            return true;
        current = h.parent.value(current);
    }
    return false;
}

QString ErrorTypes::parentOf(const QString &name)
{
    Hierarchy &h = hierarchy();
    std::shared_lock locker(h.lock);
    return h.parent.value(name, name == ErrorNames::Exception ? QString() : ErrorNames::Exception);
}

QStringList ErrorTypes::allNames()
{
    Hierarchy &h = hierarchy();
    std::shared_lock locker(h.lock);
    return h.order;
}

Error::Error(QString type, QString message)
    : m_type(std::move(type)), m_message(std::move(message)),
      m_what((m_type + QStringLiteral(": ") + m_message).toUtf8())
{
}

CaughtError describeCurrentException()
{
    try {
        throw;
    } catch (const Error &e) {
        return {e.type(), e.message()};
    } catch (const std::invalid_argument &e) {
        return {ErrorNames::ValueError, QString::fromLocal8Bit(e.what())};
    } catch (const std::runtime_error &e) {
        return {ErrorNames::RuntimeError, QString::fromLocal8Bit(e.what())};
    } catch (const std::exception &e) {
        return {ErrorNames::Exception, QString::fromLocal8Bit(e.what())};
    } catch (...) {
        return {ErrorNames::Exception, QStringLiteral("unknown exception")};
    }
}

} // namespace volnux
