#include "KindParamsEditor.h"

#include "core/errors/ErrorTypes.h"
#include "ui/editors/DurationEdit.h"
#include "ui/editors/KindCatalog.h"
#include "ui/editors/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace volnux {

KindParamsEditor::KindParamsEditor(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void KindParamsEditor::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
}

void KindParamsEditor::setKind(const QString &kind)
{
    if (kind == m_kind && !m_rows.isEmpty())
        return;
    m_kind = kind;
    clearRows();
    for (const ParamDescriptor &param : KindCatalog::params(kind)) {
        Row row{param, {}, nullptr};
        QWidget *editor = createEditor(row);
        editor->setObjectName(QStringLiteral("param_") + param.key);
        editor->setToolTip(param.help);
        row.problems = new ProblemLabel(this);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(row.problems);
        m_form->addRow(param.label + QLatin1Char(':'), cell);
        m_rows << row;
    }
    setParams(m_params);
}

void KindParamsEditor::setParams(const QVariantMap &params)
{
    m_params = params;
    m_loading = true;
    for (const Row &row : std::as_const(m_rows))
        row.set(params.value(row.param.key, row.param.defaultValue));
    m_loading = false;
}

void KindParamsEditor::showProblems(const std::function<QStringList(const QString &)> &problemsFor)
{
    for (const Row &row : std::as_const(m_rows))
        row.problems->setProblems(problemsFor(row.param.key));
}

void KindParamsEditor::changedByUser(const QString &key, const QVariant &value)
{
    if (m_loading || m_params.value(key) == value)
        return;
    m_params.insert(key, value);
    emit edited();
}

static QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

static QWidget *pathEditor(QWidget *parent, bool directory, QLineEdit *edit)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(KindParamsEditor::tr("Browse"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, directory] {
        const QString path = directory ? QFileDialog::getExistingDirectory(edit, {}, edit->text())
                                       : QFileDialog::getOpenFileName(edit, {}, edit->text());
        if (!path.isEmpty()) {
            edit->setText(path);
            emit edit->textEdited(path);
        }
    });
    return box;
}

QWidget *KindParamsEditor::createEditor(Row &row)
{
    const QString key = row.param.key;
    auto report = [this, key](const QVariant &value) { changedByUser(key, value); };
    switch (row.param.type) {
    case ParamType::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(int(row.param.minimum), int(row.param.maximum));
        row.set = [spin](const QVariant &v) { spin->setValue(v.toInt()); };
        connect(spin, &QSpinBox::valueChanged, this, [report](int v) { report(v); });
        return spin;
    }
    case ParamType::Number:
    case ParamType::Probability: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(row.param.minimum, row.param.maximum);
        spin->setDecimals(3);
        spin->setSingleStep(row.param.type == ParamType::Probability ? 0.05 : 1.0);
        row.set = [spin](const QVariant &v) { spin->setValue(v.toDouble()); };
        connect(spin, &QDoubleSpinBox::valueChanged, this, [report](double v) { report(v); });
        return spin;
    }
    case ParamType::Duration: {
        auto *edit = new DurationEdit(this);
        row.set = [edit](const QVariant &v) { edit->setSeconds(v.toDouble()); };
        connect(edit, &DurationEdit::edited, this, [edit, report] { report(edit->seconds()); });
        return edit;
    }
    case ParamType::Bool: {
        auto *check = new QCheckBox(this);
        row.set = [check](const QVariant &v) { check->setChecked(v.toBool()); };
        connect(check, &QCheckBox::toggled, this, [report](bool v) { report(v); });
        return check;
    }
    case ParamType::StringList:
    case ParamType::StringMap: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        const bool isMap = row.param.type == ParamType::StringMap;
        row.set = [text, isMap](const QVariant &v) {
            QStringList lines;
            if (isMap) {
                const QVariantMap map = v.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    lines << it.key() + QLatin1Char('=') + it.value().toString();
            } else {
                lines = v.toStringList();
            }
            const QString joined = lines.join(QLatin1Char('\n'));
            if (linesOf(text->toPlainText()).join(QLatin1Char('\n')) != joined)
                text->setPlainText(joined);
        };
        connect(text, &QPlainTextEdit::textChanged, this, [text, isMap, report] {
            const QStringList lines = linesOf(text->toPlainText());
            if (!isMap) {
                report(lines);
                return;
            }
            QVariantMap map;
            for (const QString &line : lines) {
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                map.insert(eq < 0 ? line : line.left(eq), eq < 0 ? QString() : line.mid(eq + 1));
            }
            report(map);
        });
        return text;
    }
    case ParamType::ErrorType:
    case ParamType::Choice: {
        auto *combo = new QComboBox(this);
        combo->setEditable(row.param.type == ParamType::ErrorType);
        combo->addItems(row.param.type == ParamType::ErrorType ? ErrorTypes::allNames()
                                                               : row.param.choices);
        row.set = [combo](const QVariant &v) { combo->setCurrentText(v.toString()); };
        connect(combo, &QComboBox::currentTextChanged, this,
                [report](const QString &v) { report(v); });
        return combo;
    }
    case ParamType::String:
    case ParamType::Program:
    case ParamType::Directory:
        break;
    }
    auto *edit = new QLineEdit(this);
    row.set = [edit](const QVariant &v) {
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    };
    connect(edit, &QLineEdit::textEdited, this, [report](const QString &v) { report(v); });
    if (row.param.type == ParamType::String)
        return edit;
    return pathEditor(this, row.param.type == ParamType::Directory, edit);
}

} // namespace volnux
