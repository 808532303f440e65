// SPDX-License-Identifier: GPL-3.0-or-later
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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Shows each picture at its own size, or scaled down to the page's width.
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace volnux
