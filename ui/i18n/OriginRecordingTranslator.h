// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's translator: the messages of one language (none for English, the source language),
// and a note in TextOrigins of where each text it hands out came from (see TextOrigins).

#include <QTranslator>

namespace volnux {

class TextOrigins;

class OriginRecordingTranslator : public QTranslator
{
    Q_OBJECT
public:
    OriginRecordingTranslator(TextOrigins *origins, QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    // Installed even when empty (English), so every tr() is recorded.
    bool isEmpty() const override;

private:
    TextOrigins *m_origins;
};

} // namespace volnux
