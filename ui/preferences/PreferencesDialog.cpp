// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "ui/i18n/LanguageSwitcher.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace volnux {

namespace {

int fontPoints(const QSpinBox *box)
{
    return box->value() == box->minimum() ? 0 : box->value();
}

} // namespace

PreferencesDialog::PreferencesDialog(StudioSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_fontSize(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : StudioSettings::availableLanguages()) {
        m_language->addItem(LanguageSwitcher::nativeName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(settings->theme());
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(5, 32); // 5 stands for the system's size
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings->fontPointSize() == 0 ? 5 : settings->fontPointSize());
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::preview);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &PreferencesDialog::preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_language->setToolTip(tr("The language of the studio; it changes as soon as you press OK"));
    m_theme->setToolTip(tr("Light or dark colours, or whatever the system uses"));
    m_fontSize->setToolTip(tr("The size of the studio's text; the lowest value uses the system's"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep these settings"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Go back to the settings you had before"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontSize);
    form->addRow(buttons);
}

void PreferencesDialog::preview()
{
    Appearance::apply(Appearance::Theme(m_theme->currentIndex()), fontPoints(m_fontSize));
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_settings->setLanguage(language);
    LanguageSwitcher::instance()->setLanguage(language);
    m_settings->setTheme(m_theme->currentIndex());
    m_settings->setFontPointSize(fontPoints(m_fontSize));
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    Appearance::apply(Appearance::Theme(m_settings->theme()), m_settings->fontPointSize());
    QDialog::reject();
}

} // namespace volnux
