// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The raw source view: long lines shown in pieces, lines and columns of the text (not of the
// pieces) for going to a place and for the gutter, the text arriving in slices, find.
#include "catalog/sourceview.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

/** A one-line ("minified") JSON text of about `size` bytes whose characters tell their place. */
QByteArray minifiedJson(qsizetype size)
{
    QByteArray text = "[";
    for (int i = 0; text.size() < size; ++i)
        text += (i ? "," : "") + QByteArray::number(i);
    return text + "]";
}

/** The text as the editor shows it: a line longer than `piece` broken every `piece` characters. */
QString shownAsPieces(const QString &text, qsizetype piece)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QStringList pieces;
        for (qsizetype at = 0; at < line.size() || pieces.isEmpty(); at += piece)
            pieces << line.mid(at, piece);
        line = pieces.join(u'\n');
    }
    return lines.join(u'\n');
}

QChar charAtCursor(const SourceView &view)
{
    const QTextCursor cursor = view.editor()->textCursor();
    return cursor.block().text().at(cursor.positionInBlock());
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMinifiedDocumentIsShownInPiecesAndSlices()
    {
        SourceView view;
        view.resize(800, 600);
        view.show();
        const QByteArray text = minifiedJson(1024 * 1024);
        const qsizetype piece = SourceView::kMaxBlockLength;

        // Count the insertions: a megabyte on one line must still arrive in many turns.
        int insertions = 0;
        QSignalSpy ready(&view, &SourceView::ready);
        view.setSource(text, u"min.json"_s);
        QVERIFY(!view.isReady());
        connect(view.editor()->document(), &QTextDocument::contentsChange, this, [&] {
            ++insertions;
        });
        QVERIFY(ready.wait(30000));
        QVERIFY(view.isReady());
        QVERIFY2(insertions >= text.size() / SourceView::kSliceLength,
                 qPrintable(u"%1 insertions"_s.arg(insertions)));

        const QString shown = view.editor()->toPlainText();
        QCOMPARE(shown, shownAsPieces(QString::fromUtf8(text), piece));
        QCOMPARE(view.editor()->blockCount(), int((text.size() + piece - 1) / piece));
        QCOMPARE(view.editor()->lineCount(), 1);
        QCOMPARE(view.editor()->lineOfBlock(view.editor()->blockCount() - 1), 1);

        // A column of the one line, anywhere in it.
        for (int column : {1, int(piece), int(piece) + 1, 12345, int(text.size())}) {
            view.goToLine(1, column);
            QCOMPARE(view.currentLine(), 1);
            QCOMPARE(view.currentColumn(), column);
            QCOMPARE(charAtCursor(view), QChar::fromLatin1(text.at(column - 1)));
        }
    }

    void linesAndColumnsOfTheText()
    {
        SourceView view;
        view.show();
        const qsizetype piece = SourceView::kMaxBlockLength;
        QByteArray longLine(9000, 'x');
        longLine[8499] = 'Y';
        const QByteArray text = "{\n" + longLine + "\nlast\n";
        QSignalSpy ready(&view, &SourceView::ready);
        view.setSource(text, u"doc.yaml"_s);
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.editor()->toPlainText(), shownAsPieces(QString::fromUtf8(text), piece));
        QCOMPARE(view.editor()->lineCount(), 4); // the empty line after the last newline counts
        const int longLinePieces = int((longLine.size() + piece - 1) / piece);
        QVERIFY(longLinePieces > 1);
        QCOMPARE(view.editor()->firstBlockOfLine(3), 1 + longLinePieces);
        QCOMPARE(view.editor()->firstBlockOfLine(5), -1);

        view.goToLine(2, 8500);
        QCOMPARE(view.currentLine(), 2);
        QCOMPARE(view.currentColumn(), 8500);
        QCOMPARE(charAtCursor(view), u'Y');

        // A column past the end of a line stays on that line, at its end.
        view.goToLine(2, 99999);
        QCOMPARE(view.currentLine(), 2);
        QCOMPARE(view.currentColumn(), 9001);
        view.goToLine(3);
        QCOMPARE(view.currentLine(), 3);
        QCOMPARE(view.editor()->textCursor().blockNumber(), 1 + longLinePieces);
        QCOMPARE(charAtCursor(view), u'l');
        // A line past the end goes to the last one.
        view.goToLine(100);
        QCOMPARE(view.currentLine(), 4);
    }

    void aJumpAskedBeforeTheTextIsReadyHappensWhenItIs()
    {
        SourceView view;
        view.show();
        QByteArray text;
        for (int i = 1; i <= 5000; ++i)
            text += "line: " + QByteArray::number(i) + '\n';
        QSignalSpy ready(&view, &SourceView::ready);
        view.setSource(text, u"doc.yaml"_s);
        view.goToLine(4321, 7);
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.currentLine(), 4321);
        QCOMPARE(view.currentColumn(), 7);
        QCOMPARE(view.editor()->textCursor().block().text(), u"line: 4321"_s);
    }

    void theGutterNumbersLinesNotPieces()
    {
        SourceView view;
        view.show();
        QSignalSpy ready(&view, &SourceView::ready);
        view.setSource("a\nb\n", u"doc.yaml"_s);
        QVERIFY(ready.wait(10000));
        const int narrow = view.editor()->gutterWidth();
        QVERIFY(narrow > 0);
        QVERIFY(view.editor()->viewport()->x() >= narrow);

        QByteArray many;
        for (int i = 0; i < 100000; ++i)
            many += "x\n";
        many += QByteArray(3 * SourceView::kMaxBlockLength, 'z');
        view.setSource(many, u"doc.yaml"_s);
        QVERIFY(ready.wait(30000));
        // Six digits instead of one: wider, and the viewport leaves it room.
        QVERIFY(view.editor()->gutterWidth() > narrow);
        QVERIFY(view.editor()->viewport()->x() >= view.editor()->gutterWidth());
        QCOMPARE(view.editor()->lineCount(), 100001);
        QCOMPARE(view.editor()->blockCount(), 100003);
        QCOMPARE(view.editor()->lineOfBlock(100002), 100001);
        QCOMPARE(view.editor()->lineOfBlock(99999), 100000);

        view.clear();
        QVERIFY(!view.isReady());
        QCOMPARE(view.editor()->lineCount(), 1);
        QCOMPARE(view.editor()->gutterWidth(), narrow);
    }

    void findWrapsAndReportsMisses()
    {
        SourceView view;
        view.show();
        QSignalSpy ready(&view, &SourceView::ready);
        view.setSource("alpha\nbeta\nalpha again\n", u"doc.yaml"_s);
        QVERIFY(ready.wait(10000));
        view.showFindBar();
        view.findField()->setText(u"alpha"_s);
        QVERIFY(view.findNext());
        QCOMPARE(view.currentLine(), 1);
        QVERIFY(view.findNext());
        QCOMPARE(view.currentLine(), 3);
        QVERIFY(view.findNext()); // wraps to the start
        QCOMPARE(view.currentLine(), 1);
        QVERIFY(view.findNext(true)); // and backwards to the end
        QCOMPARE(view.currentLine(), 3);
        view.findField()->setText(u"gamma"_s);
        QVERIFY(!view.findNext());
        QCOMPARE(view.currentLine(), 3); // a miss does not move the cursor
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
