// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Gives any table view or plot the studio's copy and export actions, as its context menu: a
// table copies its selected rows as tab-separated text (Ctrl+C, with or without the header); a
// plot saves itself as PNG, SVG or PDF at the size shown or at a size the user picks, and copies
// itself as an image. Owned by the widget it is attached to. GUI thread only.

#include <QObject>

#include <functional>

class QAction;
class QCustomPlot;
class QTableView;

namespace volnux {

class ExportMenu : public QObject
{
    Q_OBJECT
public:
    // Asks where to save (an empty answer cancels); QFileDialog unless replaced (tests do).
    using PathPrompt = std::function<QString(QWidget *parent, const QString &filter)>;
    // Asks for a size in pixels (an invalid answer cancels); QInputDialog unless replaced.
    using SizePrompt = std::function<QSize(QWidget *parent, QSize shown)>;
    static void setPrompts(PathPrompt path, SizePrompt size);

    static ExportMenu *attach(QTableView *view);
    static ExportMenu *attach(QCustomPlot *plot);

    QAction *copyAction() const { return m_copy; } // tables: copies the selected rows
    QList<QAction *> actions() const { return m_actions; }

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    explicit ExportMenu(QWidget *target);
    void addAction(QAction *action);
    void addTableActions(QTableView *view);
    void addPlotActions(QCustomPlot *plot);
    void savePlot(QCustomPlot *plot, bool pickSize);

    QWidget *m_target;
    QAction *m_copy = nullptr;
    QList<QAction *> m_actions;
};

} // namespace volnux
