#include "PreferencesDialog.h"

#include "ui/settings/StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace volnux {

PreferencesDialog::PreferencesDialog(StudioSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : StudioSettings::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(
            locale.nativeLanguageName() + QStringLiteral(" (") + code + QLatin1Char(')'), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    auto *theme = new QLabel(tr("Follows the system (light or dark)"), this);
    auto *note = new QLabel(tr("A new language applies the next time Volnux Studio starts."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Theme:"), theme);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace volnux
