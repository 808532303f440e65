// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "core/cluster/ClusterConfig.h"
#include "ui/i18n/LanguageSwitcher.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
      m_theme(new QComboBox(this)), m_fontSize(new QSpinBox(this)), m_redisUrl(new QLineEdit(this)),
      m_redisQueue(new QLineEdit(this)), m_clusterProblems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
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
    m_redisUrl->setObjectName(QStringLiteral("redisUrl"));
    m_redisUrl->setText(settings->redisUrl());
    m_redisUrl->setPlaceholderText(tr("the project's cluster.redis_url"));
    m_redisUrl->setToolTip(tr("The Redis server through which RedisExecutor events reach "
                              "volnux-worker processes, as redis://[user:password@]host:port/db "
                              "or unix:///path/to/socket. It replaces the project's "
                              "cluster.redis_url; $VOLNUX_REDIS_URL is used when this is empty."));
    m_redisQueue->setObjectName(QStringLiteral("redisQueue"));
    m_redisQueue->setText(settings->redisQueue());
    m_redisQueue->setPlaceholderText(tr("the project's cluster.queue"));
    m_redisQueue->setToolTip(tr("The queue whose workers run the attempts; it replaces the "
                                "project's cluster.queue."));
    m_clusterProblems->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_clusterProblems->setObjectName(QStringLiteral("clusterProblems"));
    m_clusterProblems->setWordWrap(true);
    m_clusterProblems->setStyleSheet(QStringLiteral("color: #c62828"));
    connect(m_redisUrl, &QLineEdit::textChanged, this, &PreferencesDialog::checkCluster);
    connect(m_redisQueue, &QLineEdit::textChanged, this, &PreferencesDialog::checkCluster);
    m_language->setToolTip(tr("The language of the studio; it changes as soon as you press OK"));
    m_theme->setToolTip(tr("Light or dark colours, or whatever the system uses"));
    m_fontSize->setToolTip(tr("The size of the studio's text; the lowest value uses the system's"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep these settings"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Go back to the settings you had before"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Font size:"), m_fontSize);
    form->addRow(tr("&Redis URL:"), m_redisUrl);
    form->addRow(tr("&Queue:"), m_redisQueue);
    form->addRow(m_clusterProblems);
    form->addRow(m_buttons);
    checkCluster();
}

void PreferencesDialog::checkCluster()
{
    ClusterConfig cluster;
    cluster.redisUrl = m_redisUrl->text().trimmed();
    if (!m_redisQueue->text().trimmed().isEmpty())
        cluster.queue = m_redisQueue->text().trimmed();
    const QStringList problems = cluster.validate();
    m_clusterProblems->setText(problems.join(QLatin1Char('\n')));
    m_clusterProblems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
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
    m_settings->setRedisUrl(m_redisUrl->text());
    m_settings->setRedisQueue(m_redisQueue->text());
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    Appearance::apply(Appearance::Theme(m_settings->theme()), m_settings->fontPointSize());
    QDialog::reject();
}

} // namespace volnux
