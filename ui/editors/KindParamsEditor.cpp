// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindParamsEditor.h"

#include "core/errors/ErrorTypes.h"
#include "core/kinds/KindSpec.h"
#include "ui/editors/ComboWidth.h"
#include "ui/editors/DurationEdit.h"
#include "ui/editors/OpenRange.h"
#include "ui/editors/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace volnux {

KindParamsEditor::KindParamsEditor(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QVariantMap KindParamsEditor::starterParams(const QString &kind)
{
    QVariantMap params;
    const KindSpec *spec = KindSpec::find(kind);
    if (!spec)
        return params;
    for (const ParamSpec &param : spec->params) {
        if (!param.required)
            continue;
        if (param.defaultValue.isValid())
            params.insert(param.name, param.defaultValue);
        else if (param.name == QLatin1String("program"))
            params.insert(param.name, QStringLiteral("true"));
        else if (param.name.endsWith(QLatin1String("_ms")))
            params.insert(param.name, 1000);
        else if (param.type == ParamType::Integer || param.type == ParamType::Number)
            params.insert(param.name, param.minimum.value_or(0));
        else
            params.insert(param.name, QString());
    }
    return params;
}

void KindParamsEditor::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
}

static QString labelFor(const QString &name)
{
    // "timeout_ms" reads "timeout" beside a duration editor that shows its unit.
    QString label = name.endsWith(QLatin1String("_ms")) ? name.chopped(3) : name;
    return label + QLatin1Char(':');
}

void KindParamsEditor::setKind(const QString &kind)
{
    if (kind == m_kind && !m_rows.isEmpty())
        return;
    m_kind = kind;
    clearRows();
    const KindSpec *spec = KindSpec::find(kind);
    if (!spec)
        return;
    for (const ParamSpec &param : spec->params) {
        Row row;
        QWidget *cell = createRow(param, row);
        m_form->addRow(labelFor(param.name), cell);
        m_rows << row;
    }
    setParams(m_params);
}

QWidget *KindParamsEditor::createRow(const ParamSpec &spec, Row &row)
{
    row.name = spec.name;
    row.defaultValue = spec.defaultValue;
    row.editor = createEditor(spec, row);
    row.editor->setObjectName(QStringLiteral("param_") + spec.name);
    const QString help =
        spec.helpText() + QStringLiteral("\n") + tr("Must be %1.").arg(spec.expectation());
    row.editor->setToolTip(help);
    row.problems = new ProblemLabel(this);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(row.editor, 1);
    if (!spec.required) {
        row.empty = new QCheckBox(tr("EMPTY"), cell);
        row.empty->setObjectName(QStringLiteral("empty_") + spec.name);
        const QString meaning = spec.defaultValue.isValid()
                                    ? tr("Leave out of the file: the default, %1, applies.")
                                          .arg(spec.defaultValue.toString())
                                    : tr("Leave out of the file.");
        row.empty->setToolTip(meaning + QLatin1Char('\n') + spec.helpText());
        line->addWidget(row.empty);
        const QString name = spec.name;
        connect(row.empty, &QCheckBox::toggled, this, [this, name](bool empty) {
            for (const Row &r : std::as_const(m_rows)) {
                if (r.name != name)
                    continue;
                r.editor->setEnabled(!empty);
                changedByUser(r);
            }
        });
    }
    cellLayout->addLayout(line);
    cellLayout->addWidget(row.problems);
    return cell;
}

void KindParamsEditor::setParams(const QVariantMap &params)
{
    m_params = params;
    m_loading = true;
    for (const Row &row : std::as_const(m_rows)) {
        const bool present = params.contains(row.name);
        if (row.empty) {
            row.empty->setChecked(!present);
            row.editor->setEnabled(present);
        }
        row.set(present ? params.value(row.name) : row.defaultValue);
    }
    m_loading = false;
}

void KindParamsEditor::showProblems(const std::function<QStringList(const QString &)> &problemsFor)
{
    for (const Row &row : std::as_const(m_rows))
        row.problems->setProblems(problemsFor(row.name));
}

void KindParamsEditor::changedByUser(const Row &row)
{
    if (m_loading)
        return;
    QVariantMap params = m_params;
    if (row.empty && row.empty->isChecked())
        params.remove(row.name);
    else
        params.insert(row.name, row.get());
    if (params == m_params)
        return;
    m_params = params;
    emit edited();
}

static QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

static QWidget *withBrowse(QWidget *parent, QLineEdit *edit, bool directory)
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

// A JSON value typed as text: `42`, `true`, `[1,2]`; anything that is not JSON is a string.
static QVariant parseJsonValue(const QString &text)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0).toVariant();
    return text;
}

static QString formatJsonValue(const QVariant &value)
{
    if (!value.isValid())
        return QString();
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    const QByteArray json =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QWidget *KindParamsEditor::createEditor(const ParamSpec &spec, Row &row)
{
    const int index = int(m_rows.size());
    const auto report = [this, index] {
        if (index < m_rows.size())
            changedByUser(m_rows[index]);
    };
    if (spec.type == ParamType::Integer && spec.name.endsWith(QLatin1String("_ms"))) {
        auto *edit = new DurationEdit(this);
        row.set = [edit](const QVariant &v) { edit->setSeconds(v.toDouble() / 1000.0); };
        row.get = [edit] { return QVariant(qint64(std::llround(edit->seconds() * 1000))); };
        connect(edit, &DurationEdit::edited, this, report);
        return edit;
    }
    switch (spec.type) {
    case ParamType::Integer: {
        auto *spin = new QSpinBox(this);
        OpenRange::apply(spin);
        row.set = [spin](const QVariant &v) {
            if (spin->value() != v.toInt())
                spin->setValue(v.toInt());
        };
        row.get = [spin] { return QVariant(spin->value()); };
        connect(spin, &QSpinBox::valueChanged, this, report);
        return spin;
    }
    case ParamType::Number: {
        auto *spin = new QDoubleSpinBox(this);
        OpenRange::apply(spin);
        spin->setDecimals(3);
        spin->setSingleStep(spec.maximum.value_or(100) <= 1 ? 0.05 : 1.0);
        row.set = [spin](const QVariant &v) {
            if (spin->value() != spin->valueFromText(spin->textFromValue(v.toDouble())))
                spin->setValue(v.toDouble());
        };
        row.get = [spin] { return QVariant(spin->value()); };
        connect(spin, &QDoubleSpinBox::valueChanged, this, report);
        return spin;
    }
    case ParamType::StringList:
    case ParamType::StringMap: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        const bool isMap = spec.type == ParamType::StringMap;
        text->setPlaceholderText(isMap ? tr("KEY=VALUE, one per line") : tr("One per line"));
        row.get = [text, isMap] {
            const QStringList lines = linesOf(text->toPlainText());
            if (!isMap)
                return QVariant(lines);
            QVariantMap map;
            for (const QString &line : lines) {
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                map.insert(eq < 0 ? line : line.left(eq), eq < 0 ? QString() : line.mid(eq + 1));
            }
            return QVariant(map);
        };
        row.set = [text, isMap, get = row.get](const QVariant &v) {
            if (get() == v)
                return;
            QStringList lines;
            if (isMap) {
                const QVariantMap map = v.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    lines << it.key() + QLatin1Char('=') + it.value().toString();
            } else {
                lines = v.toStringList();
            }
            text->setPlainText(lines.join(QLatin1Char('\n')));
        };
        connect(text, &QPlainTextEdit::textChanged, this, report);
        return text;
    }
    case ParamType::ErrorType:
    case ParamType::IntegerOrAll: {
        auto *combo = new QComboBox(this);
        letComboShrink(combo);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (spec.type == ParamType::ErrorType)
            combo->addItems(ErrorTypes::allNames() << QStringLiteral("return"));
        else
            combo->addItem(QStringLiteral("all"));
        const bool integerOrAll = spec.type == ParamType::IntegerOrAll;
        row.set = [combo](const QVariant &v) {
            if (combo->currentText() != formatJsonValue(v))
                combo->setCurrentText(formatJsonValue(v));
        };
        row.get = [combo, integerOrAll] {
            bool isNumber = false;
            const qint64 n = combo->currentText().trimmed().toLongLong(&isNumber);
            return integerOrAll && isNumber ? QVariant(n) : QVariant(combo->currentText());
        };
        connect(combo, &QComboBox::currentTextChanged, this, report);
        return combo;
    }
    case ParamType::IntegerList:
    case ParamType::Any: {
        auto *edit = new QLineEdit(this);
        const bool list = spec.type == ParamType::IntegerList;
        edit->setPlaceholderText(list ? tr("e.g. 0, 2, 5") : tr("a JSON value or text"));
        row.get = [edit, list] {
            if (!list)
                return parseJsonValue(edit->text());
            QVariantList values;
            for (const QString &part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                values << parseJsonValue(part.trimmed());
            return QVariant(values);
        };
        // Text that already means `v` stays as typed: reformatting "0," to "0" on every edit
        // would eat the comma under the user's cursor (a list could not be typed).
        row.set = [edit, list, get = row.get](const QVariant &v) {
            if (get() == v)
                return;
            QString text = formatJsonValue(v);
            if (list && !text.isEmpty())
                text = text.mid(1, text.size() - 2).replace(QLatin1Char(','), QStringLiteral(", "));
            if (edit->text() != text)
                edit->setText(text);
        };
        connect(edit, &QLineEdit::textEdited, this, report);
        return edit;
    }
    case ParamType::Boolean: {
        auto *check = new QCheckBox(this);
        row.set = [check](const QVariant &v) {
            if (check->isChecked() != v.toBool())
                check->setChecked(v.toBool());
        };
        row.get = [check] { return QVariant(check->isChecked()); };
        connect(check, &QCheckBox::toggled, this, report);
        return check;
    }
    case ParamType::String:
        break;
    }
    auto *edit = new QLineEdit(this);
    row.set = [edit](const QVariant &v) {
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    };
    row.get = [edit] { return QVariant(edit->text()); };
    connect(edit, &QLineEdit::textEdited, this, report);
    if (spec.name == QLatin1String("program") || spec.name == QLatin1String("library"))
        return withBrowse(this, edit, false);
    if (spec.name == QLatin1String("cwd"))
        return withBrowse(this, edit, true);
    return edit;
}

} // namespace volnux
