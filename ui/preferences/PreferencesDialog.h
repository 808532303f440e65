// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's preferences: the interface language, which applies to every window when the
// dialog is accepted (no restart), the theme and the font size, which apply at once as they are
// chosen (Cancel puts back what was there), and where RedisExecutor events run (a Redis URL and
// queue over the project's "cluster"), which OK refuses while they are malformed.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace volnux {

class StudioSettings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(StudioSettings *settings, QWidget *parent = nullptr);
    void accept() override;
    void reject() override;

private:
    void preview();
    void checkCluster();

    StudioSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QLineEdit *m_redisUrl;
    QLineEdit *m_redisQueue;
    QLabel *m_clusterProblems;
    QDialogButtonBox *m_buttons;
};

} // namespace volnux
