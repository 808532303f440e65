// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inputs of an event's tasks, one task per input: a list, or the indices 0 … n−1 that a
// project's `tasks: n` gives. Indices are made when asked for, never held, so a spec, a loaded
// project and its validation cost the same for `tasks: 1000000` as for `tasks: 1`. A value type.

#include <QVariantList>

#include <initializer_list>

namespace volnux {

class TaskInputs
{
public:
    TaskInputs() = default;
    TaskInputs(QVariantList list) : m_list(std::move(list)) {} // NOLINT: a list is task inputs
    TaskInputs(std::initializer_list<QVariant> list) : m_list(list) {}
    // The inputs 0, 1, …, count − 1, held as the count alone.
    static TaskInputs indices(qsizetype count);

    qsizetype size() const { return m_count >= 0 ? m_count : m_list.size(); }
    bool isEmpty() const { return size() == 0; }
    QVariant at(qsizetype i) const { return m_count >= 0 ? QVariant(int(i)) : m_list.at(i); }
    QVariant operator[](qsizetype i) const { return at(i); }
    // Whether the inputs are indices held as a count (nothing per task).
    bool isIndices() const { return m_count >= 0; }

    // Editing turns indices into a list first.
    void append(const QVariant &input);
    void clear();
    QVariantList toList() const;

    friend bool operator==(const TaskInputs &a, const TaskInputs &b);

private:
    void makeList();

    QVariantList m_list;
    qsizetype m_count = -1; // >= 0: the indices 0 … m_count − 1, and m_list is empty
};

} // namespace volnux
