// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include "ui/i18n/OriginRecordingTranslator.h"
#include "ui/i18n/Retranslator.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace volnux {

namespace {
const QString kPrefix = QStringLiteral("volnux_");
const QString kMessages = QStringLiteral(":/i18n");
} // namespace

LanguageSwitcher *LanguageSwitcher::instance()
{
    static LanguageSwitcher *switcher = nullptr;
    if (!switcher)
        switcher = new LanguageSwitcher(qApp);
    return switcher;
}

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent), m_translator(new OriginRecordingTranslator(&m_origins, this))
{
    QCoreApplication::installTranslator(m_translator);
}

QStringList LanguageSwitcher::shippedLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(kMessages).entryList({kPrefix + QStringLiteral("*.qm")});
    for (const QString &file : files)
        codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    // Qt names some languages after their main country ("español de España"): the list shows the
    // language alone.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("ja"), QStringLiteral("日本語")}};
    if (names.contains(code))
        return names.value(code);
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString LanguageSwitcher::systemLanguage()
{
    return languageFor(QLocale::system());
}

QString LanguageSwitcher::languageFor(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return shippedLanguages().contains(code) ? code : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!shippedLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;
    m_language = code;
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == code ? system
                                                                           : QLocale(code));
    installQtTranslator(code);
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
    m_translator = new OriginRecordingTranslator(&m_origins, this);
    if (code != QLatin1String("en")) // English is the source language: no messages to load
        static_cast<void>(m_translator->load(kPrefix + code, kMessages));
    // Posts QEvent::LanguageChange to every window, which passes it on to its widgets.
    QCoreApplication::installTranslator(m_translator);
    Retranslator(m_origins).retranslateApplication();
    // QApplication posts the event to each window: deliver it now, so the switch is complete
    // when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

void LanguageSwitcher::installQtTranslator(const QString &code)
{
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    if (code == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else
        delete qt;
}

} // namespace volnux
