// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcetokens.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

#include <memory>

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

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void highlightVisibleBlocks();
    void updateFormats();

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
    int currentLine() const;

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

    static constexpr qsizetype kMaxBlockLength = 4000;
    static constexpr qsizetype kSliceLength = 64 * 1024;

    std::shared_ptr<std::vector<int>> m_lineBlocks;
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
