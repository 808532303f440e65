// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parameters of one event kind, built from the core's KindSpec table: one editor row per
// parameter, its help as tooltip, an explicit EMPTY state for the optional ones (showing the
// default), and the loader's messages under each row. Keys the table does not know are kept.

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace volnux {

class ProblemLabel;
struct ParamSpec;

class KindParamsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KindParamsEditor(QWidget *parent = nullptr);

    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void setParams(const QVariantMap &params);
    QVariantMap params() const { return m_params; }
    // `problemsFor(name)` gives the messages for params.<name>.
    void showProblems(const std::function<QStringList(const QString &)> &problemsFor);

    // What a new event of `kind` starts with: its required parameters, filled in.
    static QVariantMap starterParams(const QString &kind);

signals:
    void edited();

private:
    struct Row
    {
        QString name;
        QVariant defaultValue;
        std::function<void(const QVariant &)> set;
        std::function<QVariant()> get;
        QWidget *editor = nullptr;
        QCheckBox *empty = nullptr; // optional parameters only
        ProblemLabel *problems = nullptr;
    };
    QWidget *createEditor(const ParamSpec &spec, Row &row);
    QWidget *createRow(const ParamSpec &spec, Row &row);
    void changedByUser(const Row &row);
    void clearRows();

    QFormLayout *m_form;
    QString m_kind;
    QVariantMap m_params;
    QList<Row> m_rows;
    bool m_loading = false;
};

} // namespace volnux
