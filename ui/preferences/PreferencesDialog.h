#pragma once

// The studio's preferences: the interface language (applied at the next start) and the theme,
// which follows the system.

#include <QDialog>

class QComboBox;

namespace volnux {

class StudioSettings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(StudioSettings *settings, QWidget *parent = nullptr);
    void accept() override;

private:
    StudioSettings *m_settings;
    QComboBox *m_language;
};

} // namespace volnux
