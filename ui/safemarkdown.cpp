// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "safemarkdown.h"

#include "safetext.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace Oxa {

QVariant SafeTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

namespace SafeMarkdown {

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
           && (scheme == u"mailto" || !url.host().isEmpty());
}

void render(QTextDocument *target, const QString &markdown, qsizetype maxLength)
{
    target->clear();
    if (markdown.size() > maxLength) {
        target->setPlainText(markdown);
        return;
    }
    // Parse into a document that has never been laid out: laying out an image reads it, from a
    // file or a device if need be, the moment the importer inserts it. The sanitised result is
    // then copied into the target.
    SafeTextDocument scratch;
    QTextDocument *document = &scratch;
    document->setMarkdown(markdown,
                          QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML));

    // Collect first, then edit: editing while iterating would move the fragments.
    struct Fix
    {
        int position;
        int length;
        QString replacement; // for images
        QTextCharFormat format;
        bool image;
    };
    QList<Fix> fixes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                QString alt = image.property(QTextFormat::ImageAltText).toString();
                const QString source = image.name();
                QString text
                    = alt.isEmpty()
                          ? QCoreApplication::translate("SafeMarkdown", "[image: %1]").arg(source)
                          : QCoreApplication::translate("SafeMarkdown", "[image “%1”: %2]")
                                .arg(alt, source);
                QTextCharFormat plain;
                plain.setFontItalic(true);
                fixes.append({fragment.position(), fragment.length(), text, plain, true});
            } else if (format.isAnchor()) {
                const QString href = format.anchorHref();
                const QUrl url(href);
                QTextCharFormat changed = format;
                if (!isOpenableLink(url)) {
                    changed.setAnchor(false);
                    changed.setAnchorHref(QString());
                    changed.setFontUnderline(false);
                    changed.clearForeground();
                    changed.setToolTip(plainToolTip(
                        QCoreApplication::translate("SafeMarkdown", "Link not followed: %1")
                            .arg(href)));
                } else {
                    changed.setToolTip(plainToolTip(url.toString()));
                }
                fixes.append(
                    {fragment.position(), fragment.length(), fragment.text(), changed, false});
            }
        }
    }
    // From the end, so positions before each edit stay valid.
    for (auto it = fixes.crbegin(); it != fixes.crend(); ++it) {
        QTextCursor cursor(document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->image) {
            cursor.insertText(it->replacement, it->format);
            continue;
        }
        cursor.setCharFormat(it->format);
        // Show where a link goes when its text says something else.
        const QString href = it->format.anchorHref();
        const QString shownHref = href.startsWith(u"mailto:") ? href.mid(7) : href;
        if (it->format.isAnchor() && it->replacement.trimmed() != shownHref
            && it->replacement.trimmed() != href) {
            QTextCursor after(document);
            after.setPosition(it->position + it->length);
            QTextCharFormat note;
            note.setFontItalic(true);
            after.insertText(QStringLiteral(" (%1)").arg(QUrl(href).toDisplayString()), note);
        }
    }
    QTextCursor(target).insertFragment(QTextDocumentFragment(document));
}

} // namespace SafeMarkdown

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(new SafeTextDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::confirmLink);
    connect(document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged,
            this,
            [this] { updateGeometry(); });
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

void SafeTextBrowser::setMarkdownText(const QString &markdown)
{
    SafeMarkdown::render(document(), markdown);
    updateGeometry();
}

void SafeTextBrowser::setFitToContents(bool fit, int maxLines)
{
    m_fit = fit;
    m_maxLines = maxLines;
    setSizePolicy(QSizePolicy::Preferred, fit ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    updateGeometry();
}

QSize SafeTextBrowser::sizeHint() const
{
    if (!m_fit)
        return QTextBrowser::sizeHint();
    const int lineHeight = fontMetrics().lineSpacing();
    const int height = int(document()->size().height()) + 2 * frameWidth() + 4;
    return {QTextBrowser::sizeHint().width(), std::min(height, lineHeight * m_maxLines)};
}

QSize SafeTextBrowser::minimumSizeHint() const
{
    if (!m_fit)
        return QTextBrowser::minimumSizeHint();
    return {50, std::min(sizeHint().height(), fontMetrics().lineSpacing() * 3)};
}

void SafeTextBrowser::confirmLink(const QUrl &url)
{
    if (!SafeMarkdown::isOpenableLink(url))
        return;
    // Plain text: the target is the document's, and may look like markup.
    QMessageBox box(QMessageBox::Question,
                    tr("Open link"),
                    tr("This link comes from the document. Open it in your browser?\n\n%1")
                        .arg(url.toString()),
                    QMessageBox::Open | QMessageBox::Cancel,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Open)
        return;
    Q_EMIT linkConfirmed(url);
    QDesktopServices::openUrl(url);
}

} // namespace Oxa
