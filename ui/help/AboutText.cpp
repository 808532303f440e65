// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/AboutText.h"

#include "ui/plots/QcpInclude.h"

#include <QApplication>

namespace volnux {

QString aboutText()
{
    return QApplication::translate(
               "AboutText",
               "<b>Volnux Studio %1</b><p>Design, run and monitor events.</p>"
               "<p>Qt %2 (built with %3) · QCustomPlot %4</p>"
               "<p>Licensed under the GNU General Public License, version 3 or (at your option) "
               "any later version (GPL-3.0-or-later). There is no warranty.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
}

} // namespace volnux
