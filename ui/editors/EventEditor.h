// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits the selected event of a ProjectDocument: every field of the format, grouped in sections.
// Each user change becomes one undo command (typing in a field merges); each document change
// reloads the fields, and each revalidation shows the loader's messages at their fields.

#include <QScrollArea>

class QHBoxLayout;

namespace volnux {

class EditorSection;
class ProjectDocument;
class RetrySection;

class EventEditor : public QScrollArea
{
    Q_OBJECT
public:
    explicit EventEditor(ProjectDocument *document, QWidget *parent = nullptr);

    int currentEvent() const { return m_current; }
    void setCurrentEvent(int index);
    RetrySection *retrySection() const { return m_retry; }
    // Shows the field of the current event where `problem` is listed and gives it the focus;
    // false when no field lists it.
    bool goToProblem(const QString &problem);

protected:
    void changeEvent(QEvent *event) override; // the sections' computed texts in a new language
    void resizeEvent(QResizeEvent *event) override; // two or three columns

private:
    void updateColumns();
    QList<QList<EditorSection *>> columnsOf(int columns) const;
    void arrange(int columns, bool chartFillsColumn);
    QSize threeColumnSize() const;
    void reload();
    void showProblems();
    void showPipelineAttempts();
    void sectionEdited(EditorSection *section, int field, const QString &undoText);

    ProjectDocument *m_document;
    QWidget *m_placeholder;
    QWidget *m_form;
    QList<EditorSection *> m_sections; // general, executor, tasks, outcome, retry
    QHBoxLayout *m_columns = nullptr;
    int m_columnCount = 0;
    bool m_chartFillsColumn = false;
    RetrySection *m_retry = nullptr;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace volnux
