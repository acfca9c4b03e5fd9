// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "sourceview.h"

#include "appearance.h"
#include "safetext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QShortcut>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#ifdef OXA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Oxa {

namespace {

#ifdef OXA_HAVE_KSYNTAXHIGHLIGHTING
// KF6's highlighter works on the whole text at once: only for texts this small.
constexpr qsizetype kKsyntaxMaxBytes = 2 * 1024 * 1024;
#endif

} // namespace

/** The line numbers beside a SourceEditor. */
class SourceGutter final : public QWidget
{
public:
    explicit SourceGutter(SourceEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    SourceEditor *m_editor;
};

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new SourceGutter(this))
{
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateFormats();
}

void SourceEditor::setSyntax(SourceSyntax syntax)
{
    m_syntax = syntax;
    resetHighlighting();
}

void SourceEditor::resetHighlighting()
{
    ++m_generation;
    viewport()->update();
}

void SourceEditor::setLineBlocks(std::shared_ptr<const std::vector<int>> lineBlocks)
{
    m_lineBlocks = std::move(lineBlocks);
    updateGutterWidth();
    m_gutter->update();
}

int SourceEditor::lineOfBlock(int blockNumber) const
{
    if (!m_lineBlocks || m_lineBlocks->empty())
        return blockNumber + 1;
    const auto next = std::upper_bound(m_lineBlocks->cbegin(), m_lineBlocks->cend(), blockNumber);
    return std::max(1, int(next - m_lineBlocks->cbegin()));
}

int SourceEditor::firstBlockOfLine(int line) const
{
    if (line < 1)
        return -1;
    if (!m_lineBlocks || m_lineBlocks->empty())
        return line <= blockCount() ? line - 1 : -1;
    return line <= int(m_lineBlocks->size()) ? (*m_lineBlocks)[size_t(line - 1)] : -1;
}

int SourceEditor::lineCount() const
{
    return m_lineBlocks && !m_lineBlocks->empty() ? int(m_lineBlocks->size()) : blockCount();
}

int SourceEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, lineCount()); n >= 10; n /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(u'9') * (digits + 1) + 6;
}

void SourceEditor::updateGutterWidth()
{
    if (viewportMargins().left() != gutterWidth())
        setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect inside = contentsRect();
    m_gutter->setGeometry(inside.left(), inside.top(), gutterWidth(), inside.height());
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect inside = contentsRect();
    m_gutter->setGeometry(inside.left(), inside.top(), gutterWidth(), inside.height());
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    painter.setPen(colours.color(QPalette::PlaceholderText));
    painter.setFont(font());
    const int width = m_gutter->width() - 4;
    const int lineHeight = fontMetrics().height();
    const int cursorBlock = textCursor().blockNumber();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > event->rect().bottom())
            break;
        if (!block.isVisible() || rect.bottom() < event->rect().top())
            continue;
        // Continuation pieces of a long line carry no number.
        const int number = block.blockNumber();
        const int line = lineOfBlock(number);
        if (firstBlockOfLine(line) != number)
            continue;
        QFont numberFont = font();
        numberFont.setBold(number == cursorBlock);
        painter.setFont(numberFont);
        painter.drawText(QRect(0, int(rect.top()), width, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(line));
    }
}

void SourceEditor::updateFormats()
{
    const bool dark = Appearance::isDark(palette());
    auto colour = [&](const char *light, const char *darkColour) {
        QTextCharFormat format;
        format.setForeground(QColor(QLatin1StringView(dark ? darkColour : light)));
        return format;
    };
    using Kind = SourceToken::Kind;
    m_formats[int(Kind::Key)] = colour("#1f4e9c", "#8ab4f8");
    m_formats[int(Kind::String)] = colour("#0b7a3b", "#a5d6a7");
    m_formats[int(Kind::Number)] = colour("#9c4a00", "#ffb86b");
    m_formats[int(Kind::Keyword)] = colour("#8a1f9c", "#d7a6ff");
    m_formats[int(Kind::Punctuation)] = colour("#6b6b6b", "#9e9e9e");
    m_formats[int(Kind::Comment)] = colour("#7a7a7a", "#8c8c8c");
    m_formats[int(Kind::Comment)].setFontItalic(true);
    m_formats[int(Kind::Reference)] = colour("#b3261e", "#ff8a80");
    m_formats[int(Kind::Reference)].setFontUnderline(true);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateFormats();
        resetHighlighting();
    }
}

void SourceEditor::highlightVisibleBlocks()
{
    if (document()->property("oxaExternalHighlighter").toBool())
        return;
    const int bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > bottom)
            break;
        if (block.userState() == m_generation)
            continue;
        QList<QTextLayout::FormatRange> ranges;
        const QString text = block.text();
        for (const SourceToken &token : tokenizeSourceLine(text, m_syntax))
            ranges.append({token.start, token.length, m_formats[int(token.kind)]});
        block.layout()->setFormats(ranges);
        block.setUserState(m_generation);
    }
}

void SourceEditor::paintEvent(QPaintEvent *event)
{
    highlightVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
}

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_placeholder = plainLabel(tr("No document."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);

    m_editor = new SourceEditor(this);
    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_editor->setAccessibleName(tr("Document source"));
    m_editor->hide();
    layout->addWidget(m_editor, 1);

    m_findBar = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(plainLabel(tr("Find:"), m_findBar));
    m_find = new QLineEdit(m_findBar);
    m_find->setObjectName(QStringLiteral("sourceFind"));
    m_find->setAccessibleName(tr("Find in the source"));
    m_find->setClearButtonEnabled(true);
    findLayout->addWidget(m_find, 1);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous occurrence (Shift+Enter)"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next occurrence (Enter)"));
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    m_findStatus = plainLabel(QString(), m_findBar);
    findLayout->addWidget(m_findStatus);
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    findLayout->addWidget(close);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_findBar, &QWidget::hide);
}

SourceView::~SourceView()
{
    for (QThread *builder : std::as_const(m_builders)) {
        builder->wait();
        delete builder;
    }
}

void SourceView::clear()
{
    ++m_generation;
    m_ready = false;
    m_editor->hide();
    m_placeholder->setText(tr("No document."));
    m_placeholder->show();
    m_editor->setLineBlocks(nullptr);
    auto *empty = new QTextDocument(this);
    empty->setDocumentLayout(new QPlainTextDocumentLayout(empty));
    replaceDocument(empty);
}

void SourceView::replaceDocument(QTextDocument *document)
{
    // Ours are children of this view; the editor deletes the one it made itself.
    QTextDocument *old = m_editor->document();
    const bool ours = old && old != document && old->parent() == this;
    m_editor->setDocument(document);
    if (ours)
        old->deleteLater();
}

void SourceView::setSource(const QByteArray &text, const QString &name)
{
    clear();
    const int generation = m_generation;
    const bool json = name.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                      || text.trimmed().startsWith('{') || text.trimmed().startsWith('[');
    m_placeholder->setText(tr("Preparing the source…"));
    // The worker decodes the text and cuts it at line ends into slices; the GUI thread then
    // appends one slice per event-loop turn. A text document attached to an editor cannot be
    // built elsewhere, and attaching a finished one lays out every block at once (0.8 s for
    // 20 MB), so the text arrives in pieces that each cost a few milliseconds.
    auto slices = std::make_shared<QStringList>();
    auto lineBlocks = std::make_shared<std::vector<int>>();
    QThread *builder = QThread::create([text, slices, lineBlocks] {
        // Very long lines (minified JSON is one line) are shown in pieces of kMaxBlockLength
        // characters: laying out one multi-megabyte line takes seconds. lineBlocks maps each
        // line of the text to its first piece, for going to a line and column.
        // A slice ends at a block end, so that a minified document is cut into slices too.
        const QString all = QString::fromUtf8(text);
        QString slice;
        int block = 0;
        for (qsizetype start = 0; start <= all.size();) {
            qsizetype end = all.indexOf(u'\n', start);
            if (end < 0)
                end = all.size();
            lineBlocks->push_back(block);
            for (qsizetype piece = start;; piece += kMaxBlockLength) {
                slice += QStringView(all).sliced(piece, std::min(kMaxBlockLength, end - piece));
                const bool last = piece + kMaxBlockLength >= end;
                if (!last || end < all.size()) {
                    slice += u'\n';
                    ++block;
                }
                if (slice.size() >= kSliceLength) {
                    slices->append(slice);
                    slice.clear();
                }
                if (last)
                    break;
            }
            start = end + 1;
        }
        if (!slice.isEmpty() || slices->isEmpty())
            slices->append(slice);
    });
    m_builders.append(builder);
    const qsizetype bytes = text.size();
    connect(builder,
            &QThread::finished,
            this,
            [this, builder, slices, lineBlocks, generation, json, bytes] {
                m_builders.removeOne(builder);
                builder->deleteLater();
                if (generation != m_generation)
                    return;
                m_editor->setLineBlocks(lineBlocks);
                m_editor->setSyntax(json ? SourceSyntax::Json : SourceSyntax::Yaml);
                m_placeholder->hide();
                m_editor->show();
                appendSlices(slices, 0, generation, json, bytes);
            });
    builder->start();
}

void SourceView::appendSlices(
    std::shared_ptr<QStringList> slices, qsizetype next, int generation, bool json, qsizetype bytes)
{
    if (generation != m_generation)
        return;
    if (next < slices->size()) {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(slices->at(next));
        (*slices)[next].clear();
        QTimer::singleShot(0, this, [this, slices, next, generation, json, bytes] {
            appendSlices(slices, next + 1, generation, json, bytes);
        });
        return;
    }
#ifdef OXA_HAVE_KSYNTAXHIGHLIGHTING
    if (bytes <= kKsyntaxMaxBytes) {
        static KSyntaxHighlighting::Repository repository;
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
        highlighter->setDefinition(
            repository.definitionForName(json ? QStringLiteral("JSON") : QStringLiteral("YAML")));
        highlighter->setTheme(repository.defaultTheme(
            Appearance::isDark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme));
        m_editor->document()->setProperty("oxaExternalHighlighter", true);
    }
#else
    Q_UNUSED(json)
    Q_UNUSED(bytes)
#endif
    m_ready = true;
    applyPendingJump();
    Q_EMIT ready();
}

void SourceView::goToLine(int line, int column)
{
    m_pendingLine = std::max(1, line);
    m_pendingColumn = std::max(1, column);
    if (m_ready)
        applyPendingJump();
}

void SourceView::applyPendingJump()
{
    if (m_pendingLine <= 0)
        return;
    // A line of the text may be shown in several pieces (see setSource).
    const int line = std::min(m_pendingLine, m_editor->lineCount());
    const int first = m_editor->firstBlockOfLine(line);
    const int next = line < m_editor->lineCount() ? m_editor->firstBlockOfLine(line + 1)
                                                  : m_editor->blockCount();
    const int column = m_pendingColumn - 1;
    const int number = std::clamp(first + int(column / kMaxBlockLength), first, next - 1);
    const QTextBlock block = m_editor->document()->findBlockByNumber(number);
    m_pendingLine = 0;
    if (first < 0 || !block.isValid())
        return;
    const int inBlock = column - int(qsizetype(number - first) * kMaxBlockLength);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(inBlock, 0, block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    // Mark the line for a moment's orientation.
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(
        palette().color(QPalette::Highlight).lighter(Appearance::isDark(palette()) ? 60 : 170));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_editor->setExtraSelections({selection});
    m_editor->setFocus();
}

int SourceView::currentLine() const
{
    return m_editor->lineOfBlock(m_editor->textCursor().blockNumber());
}

int SourceView::currentColumn() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const int first = m_editor->firstBlockOfLine(currentLine());
    return int(qsizetype(cursor.blockNumber() - std::max(first, 0)) * kMaxBlockLength)
           + cursor.positionInBlock() + 1;
}

void SourceView::showFindBar()
{
    m_findBar->show();
    m_find->setFocus();
    m_find->selectAll();
}

void SourceView::askGoToLine()
{
    if (!m_ready)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(this,
                                          tr("Go to line"),
                                          tr("Line (1 to %1):").arg(m_editor->blockCount()),
                                          currentLine(),
                                          1,
                                          m_editor->blockCount(),
                                          1,
                                          &ok);
    if (ok)
        goToLine(line);
}

bool SourceView::findNext(bool backwards)
{
    const QString needle = m_find->text();
    if (needle.isEmpty() || !m_ready)
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_editor->find(needle, flags);
    if (!found) {
        // Wrap around once; stay where we were when the text is nowhere.
        const QTextCursor where = m_editor->textCursor();
        QTextCursor cursor = where;
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(cursor);
        found = m_editor->find(needle, flags);
        if (!found)
            m_editor->setTextCursor(where);
        m_findStatus->setText(found ? tr("Wrapped around") : tr("Not found"));
    } else {
        m_findStatus->clear();
    }
    return found;
}

} // namespace Oxa
