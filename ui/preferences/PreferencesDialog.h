// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's preferences: the interface language, which applies to every window when the
// dialog is accepted (no restart), the theme and the font size, which apply at once as they are
// chosen (Cancel puts back what was there).

#include <QDialog>

class QComboBox;
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

    StudioSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
};

} // namespace volnux
