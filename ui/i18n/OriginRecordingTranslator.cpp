// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginRecordingTranslator.h"

#include "ui/i18n/TextOrigins.h"

namespace volnux {

OriginRecordingTranslator::OriginRecordingTranslator(TextOrigins *origins, QObject *parent)
    : QTranslator(parent), m_origins(origins)
{
}

QString OriginRecordingTranslator::translate(const char *context, const char *sourceText,
                                             const char *disambiguation, int n) const
{
    const QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    // A plural's text depends on its count: the widget that shows one sets it again itself.
    if (n < 0 && context && sourceText) {
        const QString shown = result.isNull() ? QString::fromUtf8(sourceText) : result;
        m_origins->record(shown, {context, sourceText, disambiguation});
    }
    return result;
}

bool OriginRecordingTranslator::isEmpty() const
{
    return false;
}

} // namespace volnux
