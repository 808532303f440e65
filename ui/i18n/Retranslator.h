// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// After a language switch, walks every window of the application and translates again each text
// that came from a tr(): titles, labels, buttons, menus, actions, tooltips, placeholders, combo
// items, tab titles, accessible names. User data (the text of edits, user-editable combos) is left
// alone. Texts built with arguments or counts are set again by their widget's LanguageChange.

class QAction;
class QObject;
class QWidget;

namespace volnux {

class TextOrigins;

class Retranslator
{
public:
    explicit Retranslator(const TextOrigins &origins);

    void retranslateApplication() const;
    void retranslateTree(QWidget *root) const;

private:
    void retranslateObject(QObject *object) const;
    void retranslateWidget(QWidget *widget) const;
    void retranslateSpecifics(QWidget *widget) const;
    void retranslateAction(QAction *action) const;
    void retranslateProperty(QObject *object, const char *name) const;

    const TextOrigins &m_origins;
};

} // namespace volnux
