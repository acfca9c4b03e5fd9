// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextBrowser>
#include <QTextDocument>

namespace Oxa {

/**
 * A text document that never loads a resource: no image, style sheet or file, whatever its
 * content asks for.
 */
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

/**
 * The one way the console shows document text as Markdown. Text from a document is untrusted:
 *
 * - raw HTML is not interpreted (it shows as text);
 * - images become their alternative text and target, as plain text: nothing is fetched or read,
 *   neither `http:` nor `file:` nor relative paths nor devices;
 * - links keep only http, https and mailto targets, show the target beside their text when it
 *   differs, and are never followed by the document: SafeTextBrowser asks first.
 *
 * Texts longer than `maxLength` are shown as plain text.
 */
namespace SafeMarkdown {
void render(QTextDocument *document, const QString &markdown, qsizetype maxLength = 256 * 1024);
/** Whether a link target may be offered to the user's browser. */
bool isOpenableLink(const QUrl &url);
} // namespace SafeMarkdown

/**
 * A read-only browser for document text, rendered with SafeMarkdown. It loads no resource and
 * opens nothing by itself: a click on a link asks for confirmation, showing the full target,
 * then hands it to the desktop.
 */
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    /** Grows with its text up to `maxLines`, for pages that scroll as a whole. */
    void setFitToContents(bool fit, int maxLines = 30);

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** A link was confirmed (tests connect here instead of opening a browser). */
    void linkConfirmed(const QUrl &url);

private:
    void confirmLink(const QUrl &url);

    bool m_fit = false;
    int m_maxLines = 30;
};

} // namespace Oxa
