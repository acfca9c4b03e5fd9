// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcetokens.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QThread;

namespace Oxa {

/**
 * A read-only editor for a document's text that highlights only the lines it paints, so a
 * 50 MB document costs nothing until it is scrolled through.
 */
class SourceEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    void setSyntax(SourceSyntax syntax);
    /** Forgets the highlighting, for a new text or a new palette. */
    void resetHighlighting();

    /**
     * The first block of each line of the text, ascending: a long line is shown in several
     * blocks, and the gutter numbers lines, not blocks. Null: one block per line.
     */
    void setLineBlocks(std::shared_ptr<const std::vector<int>> lineBlocks);
    /** The 1-based line of the text that `blockNumber` shows (part of). */
    int lineOfBlock(int blockNumber) const;
    /** The first block of a 1-based line, or -1 past the end. */
    int firstBlockOfLine(int line) const;
    /** The number of lines of the text. */
    int lineCount() const;

    int gutterWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class SourceGutter;

    void highlightVisibleBlocks();
    void updateFormats();
    void updateGutterWidth();
    void paintGutter(QPaintEvent *event);

    std::shared_ptr<const std::vector<int>> m_lineBlocks;
    QWidget *m_gutter = nullptr;

    SourceSyntax m_syntax = SourceSyntax::Json;
    int m_generation = 1; // blocks whose user state equals it are highlighted
    QTextCharFormat m_formats[7];
};

/**
 * The raw document: the text as loaded, highlighted (KF6 SyntaxHighlighting when built with it
 * and the text is small, our own highlighter otherwise), with search and go-to-line. The text
 * is turned into a text document on a worker thread.
 */
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    /** Shows `text` (UTF-8); `name` tells JSON from YAML. Returns at once; see ready(). */
    void setSource(const QByteArray &text, const QString &name);
    void clear();
    bool isReady() const { return m_ready; }
    /** Moves to a 1-based line and column, now or as soon as the text is ready. */
    void goToLine(int line, int column = 1);
    /** The 1-based line and column of the cursor in the text (not in its pieces). */
    int currentLine() const;
    int currentColumn() const;

    void showFindBar();
    void askGoToLine();
    /** Finds the next (or previous) occurrence of the search text; false when there is none. */
    bool findNext(bool backwards = false);

    SourceEditor *editor() const { return m_editor; }
    QLineEdit *findField() const { return m_find; }

Q_SIGNALS:
    void ready();

private:
    void applyPendingJump();
    void replaceDocument(QTextDocument *document);
    void appendSlices(std::shared_ptr<QStringList> slices,
                      qsizetype next,
                      int generation,
                      bool json,
                      qsizetype bytes);

public:
    /** Lines longer than this are shown in pieces of this length. */
    static constexpr qsizetype kMaxBlockLength = 1000;
    /** The text arrives in slices of about this many characters, one per event-loop turn. */
    static constexpr qsizetype kSliceLength = 64 * 1024;

private:
    SourceEditor *m_editor = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<QThread *> m_builders; // still running; waited for on destruction
    int m_generation = 0;
    bool m_ready = false;
    int m_pendingLine = 0;
    int m_pendingColumn = 1;
    QObject *m_highlighter = nullptr; // KF6, when used
};

} // namespace Oxa
