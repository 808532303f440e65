// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a translated text on screen came from: every tr() of the studio passes through the
// OriginRecordingTranslator, which notes (context, source) under the text it returned. A language
// switch looks a widget's current text up here and translates its source again, so texts set once
// in a constructor follow the new language without each widget rebuilding itself. Thread-safe.

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

class QObject;

namespace volnux {

class TextOrigins
{
public:
    struct Origin
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
    };

    void record(const QString &text, const Origin &origin);
    // Every origin of `text`: "Run" is a verb on a button and a noun on a panel.
    QList<Origin> find(const QString &text) const;
    // `text` in the current language when it came from a tr(), else `text` unchanged. When texts
    // of several origins read the same, the one whose context is `owner`'s class or that of one of
    // its parents wins.
    QString translatedAgain(const QString &text, const QObject *owner) const;

private:
    static const Origin &closest(const QList<Origin> &origins, const QObject *owner);

    mutable QMutex m_mutex;
    QHash<QString, QList<Origin>> m_origins;
};

} // namespace volnux
