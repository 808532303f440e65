// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QImageReader>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace volnux {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Volnux Studio User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                         QTextDocument::MarkdownResource);

    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::fitImages);
    fitImages();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 700);
}

void UserGuideDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    QTimer::singleShot(0, this, &UserGuideDialog::fitImages); // once the page has its new width
}

void UserGuideDialog::fitImages()
{
    QTextDocument *document = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * document->documentMargin() -
                       m_browser->verticalScrollBar()->sizeHint().width();
    if (room <= 0)
        return;
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QUrl url = m_browser->source().resolved(QUrl(image.name()));
            const QSize natural = QImageReader(QLatin1Char(':') + url.path()).size();
            if (natural.isEmpty())
                continue;
            const qreal width = std::min(room, qreal(natural.width()));
            image.setWidth(width);
            image.setHeight(width * natural.height() / natural.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace volnux
