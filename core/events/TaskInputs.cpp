// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskInputs.h"

namespace volnux {

TaskInputs TaskInputs::indices(qsizetype count)
{
    TaskInputs inputs;
    inputs.m_count = std::max<qsizetype>(count, 0);
    return inputs;
}

void TaskInputs::append(const QVariant &input)
{
    makeList();
    m_list.append(input);
}

void TaskInputs::clear()
{
    m_list.clear();
    m_count = -1;
}

QVariantList TaskInputs::toList() const
{
    if (m_count < 0)
        return m_list;
    QVariantList list;
    list.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        list.append(at(i));
    return list;
}

void TaskInputs::makeList()
{
    if (m_count < 0)
        return;
    m_list = toList();
    m_count = -1;
}

bool operator==(const TaskInputs &a, const TaskInputs &b)
{
    if (a.isIndices() && b.isIndices())
        return a.m_count == b.m_count;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            return false;
    }
    return true;
}

} // namespace volnux
