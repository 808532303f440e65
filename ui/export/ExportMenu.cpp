// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportMenu.h"

#include "ui/export/PlotExport.h"
#include "ui/export/TableRowsText.h"
#include "ui/plots/QcpInclude.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>

namespace volnux {

namespace {

QString askPathWithDialog(QWidget *parent, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save Picture"), QString(), filter);
}

QSize askSizeWithDialog(QWidget *parent, QSize shown)
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, QObject::tr("Picture Size"), QObject::tr("Width × height in pixels:"),
        QLineEdit::Normal, QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height()), &ok);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s*[x×*,]\\s*(\\d+)\\s*$")).match(text);
    if (!ok || !m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

ExportMenu::PathPrompt &pathPrompt()
{
    static ExportMenu::PathPrompt prompt = askPathWithDialog;
    return prompt;
}

ExportMenu::SizePrompt &sizePrompt()
{
    static ExportMenu::SizePrompt prompt = askSizeWithDialog;
    return prompt;
}

constexpr int kMaxPictureSide = 20000; // pixels: larger pictures would exhaust memory

} // namespace

void ExportMenu::setPrompts(PathPrompt path, SizePrompt size)
{
    pathPrompt() = path ? std::move(path) : askPathWithDialog;
    sizePrompt() = size ? std::move(size) : askSizeWithDialog;
}

ExportMenu::ExportMenu(QWidget *target) : QObject(target), m_target(target)
{
    setObjectName(QStringLiteral("exportMenu"));
    target->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(this, &ExportMenu::failed, this, [this](const QString &message) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export"), message, QMessageBox::Ok, m_target);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

ExportMenu *ExportMenu::attach(QTableView *view)
{
    auto *menu = new ExportMenu(view);
    menu->addTableActions(view);
    return menu;
}

ExportMenu *ExportMenu::attach(QCustomPlot *plot)
{
    auto *menu = new ExportMenu(plot);
    menu->addPlotActions(plot);
    return menu;
}

void ExportMenu::addAction(QAction *action)
{
    m_actions << action;
    m_target->addAction(action);
}

void ExportMenu::addTableActions(QTableView *view)
{
    m_copy = new QAction(tr("&Copy Rows"), view);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this,
            [view] { QApplication::clipboard()->setText(TableRowsText::selectedRows(view)); });
    addAction(m_copy);
    auto *withHeader = new QAction(tr("Copy Rows with &Header"), view);
    connect(withHeader, &QAction::triggered, this, [view] {
        const QString rows = TableRowsText::selectedRows(view);
        QApplication::clipboard()->setText(TableRowsText::header(view) + QLatin1Char('\n') + rows);
    });
    addAction(withHeader);
    auto *all = new QAction(tr("Select &All"), view);
    connect(all, &QAction::triggered, view, &QTableView::selectAll);
    addAction(all);
}

void ExportMenu::addPlotActions(QCustomPlot *plot)
{
    auto *save = new QAction(tr("&Save Picture…"), plot);
    connect(save, &QAction::triggered, this, [this, plot] { savePlot(plot, false); });
    addAction(save);
    auto *saveSized = new QAction(tr("Save Picture at Si&ze…"), plot);
    connect(saveSized, &QAction::triggered, this, [this, plot] { savePlot(plot, true); });
    addAction(saveSized);
    auto *copy = new QAction(tr("&Copy Picture"), plot);
    connect(copy, &QAction::triggered, this,
            [plot] { QApplication::clipboard()->setPixmap(plot->toPixmap()); });
    addAction(copy);
}

void ExportMenu::savePlot(QCustomPlot *plot, bool pickSize)
{
    QSize size = plot->size();
    if (pickSize) {
        size = sizePrompt()(plot, size);
        if (size.isEmpty())
            return;
        if (size.width() > kMaxPictureSide || size.height() > kMaxPictureSide) {
            emit failed(tr("A picture is at most %1 pixels on a side.").arg(kMaxPictureSide));
            return;
        }
    }
    QString path = pathPrompt()(plot, PlotExport::fileFilter());
    if (path.isEmpty())
        return;
    if (!PlotExport::formatOfPath(path))
        path += QStringLiteral(".png");
    const Result<bool> result = PlotExport::save(plot, path, size);
    if (result)
        emit saved(path);
    else
        emit failed(result.errorString());
}

} // namespace volnux
