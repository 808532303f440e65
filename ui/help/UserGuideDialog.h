#pragma once

// Help → User guide: docs/user-guide.md (and the docs it links to), embedded in the program and
// shown as formatted text, so the guide that matches this build opens without a network or a
// browser. Links to other documents open in the same window; Back returns.

#include <QDialog>

class QTextBrowser;

namespace volnux {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace volnux
