// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Puts the studio in one of its shipped languages while it runs: installs the studio's messages
// and Qt's own (standard buttons, context menus) when the system has them, makes that language's
// QLocale the default for numbers and dates, and retranslates every open window (Retranslator).
// Widgets whose texts carry arguments or counts set them again on QEvent::LanguageChange, which
// is delivered before setLanguage() returns. One per application; GUI thread only.

#include "ui/i18n/TextOrigins.h"

#include <QObject>
#include <QStringList>

class QLocale;
class QTranslator;

namespace volnux {

class OriginRecordingTranslator;

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    // The application's switcher, created on first use (before the first window is built, so
    // every tr() is recorded).
    static LanguageSwitcher *instance();

    // "en" and every language the build embeds a .qm for, as two-letter codes.
    static QStringList shippedLanguages();
    // The language's name in itself ("Deutsch", "日本語"), for the Preferences list.
    static QString nativeName(const QString &code);
    // The system locale's language when it is shipped, else English.
    static QString systemLanguage();
    // The locale's language when it is shipped ("de" for de_AT), else English.
    static QString languageFor(const QLocale &locale);

    QString language() const { return m_language; }
    // Returns false (and changes nothing) for a language that is not shipped.
    bool setLanguage(const QString &code);

private:
    explicit LanguageSwitcher(QObject *parent);
    void installQtTranslator(const QString &code);

    TextOrigins m_origins;
    OriginRecordingTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace volnux
