// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredCalls.h"

#include <QElapsedTimer>
#include <QObject>

namespace volnux {

DeferredCalls::DeferredCalls(QObject *context) : m_context(context) {}

void DeferredCalls::post(std::function<void()> call)
{
    m_calls.push_back(std::move(call));
    if (!m_posted)
        postRun();
}

void DeferredCalls::postRun()
{
    m_posted = true;
    // Dropped with the context, which owns this object.
    QMetaObject::invokeMethod(
        m_context, [this] { run(); }, Qt::QueuedConnection);
}

// m_posted stays set while the calls run: what they post joins this run, not a new one.
void DeferredCalls::run()
{
    QElapsedTimer budget;
    budget.start();
    while (!m_calls.empty() && budget.nsecsElapsed() <= qint64(kBudgetMs * 1e6)) {
        std::function<void()> call = std::move(m_calls.front());
        m_calls.pop_front();
        call();
    }
    m_posted = false;
    if (!m_calls.empty())
        postRun(); // the rest after the event loop's turn
}

} // namespace volnux
