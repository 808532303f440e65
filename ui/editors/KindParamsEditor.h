#pragma once

// The parameters of one event kind, one editor row per parameter of the kind's table, each with
// its help as tooltip and the loader's messages under it. Keys it does not know are kept as-is.

#include "ui/editors/ParamDescriptor.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QFormLayout;

namespace volnux {

class ProblemLabel;

class KindParamsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KindParamsEditor(QWidget *parent = nullptr);

    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void setParams(const QVariantMap &params);
    QVariantMap params() const { return m_params; }
    // `problemsFor(key)` gives the messages for params.<key>.
    void showProblems(const std::function<QStringList(const QString &)> &problemsFor);

signals:
    void edited();

private:
    struct Row
    {
        ParamDescriptor param;
        std::function<void(const QVariant &)> set;
        ProblemLabel *problems = nullptr;
    };
    QWidget *createEditor(Row &row);
    void changedByUser(const QString &key, const QVariant &value);
    void clearRows();

    QFormLayout *m_form;
    QString m_kind;
    QVariantMap m_params;
    QList<Row> m_rows;
    bool m_loading = false;
};

} // namespace volnux
