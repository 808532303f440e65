// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareEventsModel.h"

#include "ui/monitor/StatusStyle.h"

namespace volnux {

namespace {

using Side = RunComparison::Side;
using Verdict = CompareEventsModel::Verdict;

bool failing(const Side &side)
{
    return side.present && (side.failed > 0 || side.status == EventStatus::Failed);
}

QString withDelta(int a, int b)
{
    if (a == b)
        return QString::number(b);
    return QStringLiteral("%1 (%2%3)")
        .arg(b)
        .arg(b > a ? QStringLiteral("+") : QString())
        .arg(b - a);
}

QString durationText(const std::optional<double> &ms)
{
    return ms ? StatusStyle::duration(*ms) : QStringLiteral("–");
}

// Positive: B slower beyond noise; negative: faster; 0: about the same or not comparable.
int slowness(const RunComparison::Event &e)
{
    if (!e.a.duration || !e.b.duration)
        return 0;
    const double delta = *e.b.duration - *e.a.duration;
    if (std::abs(delta) <= 1 || std::abs(delta) <= *e.a.duration * CompareEventsModel::kSlowerShare)
        return 0;
    return delta > 0 ? 1 : -1;
}

QString timeChange(const RunComparison::Event &e, int direction)
{
    const double delta = *e.b.duration - *e.a.duration;
    QString text = (direction > 0 ? QObject::tr("slower +%1") : QObject::tr("faster −%1"))
                       .arg(StatusStyle::duration(std::abs(delta)));
    if (*e.a.duration > 0)
        text += QStringLiteral(" (%1%2%)")
                    .arg(delta > 0 ? QStringLiteral("+") : QString())
                    .arg(qRound(delta / *e.a.duration * 100));
    return text;
}

Verdict fromOrder(int worseIfPositive)
{
    return worseIfPositive > 0 ? Verdict::Worse
                               : (worseIfPositive < 0 ? Verdict::Better : Verdict::Same);
}

} // namespace

CompareEventsModel::CompareEventsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareEventsModel::setComparison(const RunComparison *comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int CompareEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->events.size());
}

int CompareEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList CompareEventsModel::changes(const RunComparison::Event &e)
{
    QStringList out;
    if (!e.a.present)
        return {tr("only in B")};
    if (!e.b.present)
        return {tr("only in A")};
    if (failing(e.b) && !failing(e.a))
        out << tr("newly failing");
    else if (failing(e.a) && !failing(e.b))
        out << tr("fixed");
    else if (e.b.failed > e.a.failed)
        out << tr("more failures");
    if (const int direction = slowness(e); direction != 0)
        out << timeChange(e, direction);
    if (const int delta = e.b.attempts - e.a.attempts; delta != 0)
        out << (std::abs(delta) == 1
                    ? (delta > 0 ? tr("1 more attempt") : tr("1 fewer attempt"))
                    : (delta > 0 ? tr("%1 more attempts") : tr("%1 fewer attempts"))
                          .arg(std::abs(delta)));
    return out;
}

CompareEventsModel::Verdict CompareEventsModel::verdict(const RunComparison::Event &e, int column)
{
    if (!e.a.present || !e.b.present)
        return Verdict::Same;
    switch (column) {
    case StatusBColumn: // the status itself: a partial success stays "succeeded"
        return fromOrder(int(e.b.status == EventStatus::Failed) -
                         int(e.a.status == EventStatus::Failed));
    case SucceededBColumn:
        return fromOrder(e.a.succeeded - e.b.succeeded);
    case FailedBColumn:
        return fromOrder(e.b.failed - e.a.failed);
    case AttemptsBColumn:
        return fromOrder(e.b.attempts - e.a.attempts);
    case DurationBColumn:
        return fromOrder(slowness(e));
    case ChangeColumn: {
        const Verdict status = fromOrder(int(failing(e.b)) - int(failing(e.a)));
        if (status != Verdict::Same)
            return status;
        const Verdict failed = verdict(e, FailedBColumn);
        return failed != Verdict::Same ? failed : verdict(e, DurationBColumn);
    }
    default:
        return Verdict::Same;
    }
}

QString CompareEventsModel::display(const RunComparison::Event &e, int column) const
{
    const auto status = [](const Side &s) {
        return s.present ? StatusStyle::label(s.status) : QStringLiteral("–");
    };
    switch (column) {
    case EventColumn:
        return e.name;
    case StatusAColumn:
        return status(e.a);
    case StatusBColumn:
        return status(e.b);
    case SucceededAColumn:
        return QString::number(e.a.succeeded);
    case SucceededBColumn:
        return withDelta(e.a.succeeded, e.b.succeeded);
    case FailedAColumn:
        return QString::number(e.a.failed);
    case FailedBColumn:
        return withDelta(e.a.failed, e.b.failed);
    case AttemptsAColumn:
        return QString::number(e.a.attempts);
    case AttemptsBColumn:
        return withDelta(e.a.attempts, e.b.attempts);
    case DurationAColumn:
        return durationText(e.a.duration);
    case DurationBColumn:
        return durationText(e.b.duration);
    case ChangeColumn: {
        const QStringList list = changes(e);
        return list.isEmpty() ? tr("same") : list.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CompareEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= rowCount())
        return {};
    const RunComparison::Event &e = m_comparison->events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(e, index.column());
    case VerdictRole:
        return int(verdict(e, index.column()));
    case Qt::ForegroundRole: {
        const Verdict v = verdict(e, index.column());
        if (v == Verdict::Same)
            return {};
        return StatusStyle::color(v == Verdict::Worse ? TaskStatus::Failed : TaskStatus::Succeeded);
    }
    case Qt::TextAlignmentRole:
        return index.column() == EventColumn || index.column() == ChangeColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CompareEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {
        QT_TR_NOOP("Event"),       QT_TR_NOOP("Status A"),    QT_TR_NOOP("Status B"),
        QT_TR_NOOP("Succeeded A"), QT_TR_NOOP("Succeeded B"), QT_TR_NOOP("Failed A"),
        QT_TR_NOOP("Failed B"),    QT_TR_NOOP("Attempts A"),  QT_TR_NOOP("Attempts B"),
        QT_TR_NOOP("Duration A"),  QT_TR_NOOP("Duration B"),  QT_TR_NOOP("Change")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace volnux
