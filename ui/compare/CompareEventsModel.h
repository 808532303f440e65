// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The events of a RunComparison, A and B side by side: status, succeeded, failed, attempts and
// duration of each, B's numbers with their change from A, and a Change column that says in words
// what got worse or better ("newly failing", "slower +1.2 s (+40%)", "fixed"). Worse is drawn in
// the failure colour, better in the success colour, so colour never carries the meaning alone.
// GUI thread only.

#include "core/observe/RunComparison.h"

#include <QAbstractTableModel>

namespace volnux {

class CompareEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EventColumn,
        StatusAColumn,
        StatusBColumn,
        SucceededAColumn,
        SucceededBColumn,
        FailedAColumn,
        FailedBColumn,
        AttemptsAColumn,
        AttemptsBColumn,
        DurationAColumn,
        DurationBColumn,
        ChangeColumn,
        ColumnCount
    };
    // How B compares with A, for colouring; also exposed as VerdictRole.
    enum class Verdict
    {
        Same,
        Worse,
        Better
    };
    static constexpr int VerdictRole = Qt::UserRole + 1;

    explicit CompareEventsModel(QObject *parent = nullptr);
    void setComparison(const RunComparison *comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "slower" when B took longer by more than this share of A's time (and 1 ms).
    static constexpr double kSlowerShare = 0.1;
    static QStringList changes(const RunComparison::Event &event);
    static Verdict verdict(const RunComparison::Event &event, int column);

private:
    QString display(const RunComparison::Event &event, int column) const;

    const RunComparison *m_comparison = nullptr;
};

} // namespace volnux
