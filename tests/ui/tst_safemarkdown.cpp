// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "safemarkdown.h"
#include "safetext.h"
#include "support/httptestserver.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

namespace {

/** Counts the opens and reads of anything in a folder while it lives (Linux: inotify). */
class OpenWatch
{
public:
    explicit OpenWatch(const QString &folder)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN | IN_ACCESS);
#else
        Q_UNUSED(folder)
#endif
    }
    ~OpenWatch()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    bool isWatching() const
    {
        return m_fd >= 0;
    }
    /** Names opened or read since the last call. */
    QStringList events()
    {
        QStringList names;
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[8192];
        for (;;) {
            const ssize_t size = ::read(m_fd, buffer, sizeof buffer);
            if (size <= 0)
                break;
            for (char *p = buffer; p < buffer + size;) {
                const auto *event = reinterpret_cast<inotify_event *>(p);
                names << (event->len ? QString::fromUtf8(event->name) : u"(folder)"_s);
                p += sizeof(inotify_event) + event->len;
            }
        }
#endif
        return names;
    }

private:
    int m_fd = -1;
};

} // namespace

class TestSafeMarkdown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile canary(m_dir.filePath(u"canary.png"_s));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write("\x89PNG\r\n\x1a\n");
        canary.close();
#ifdef Q_OS_LINUX
        // Opening a FIFO for reading blocks until someone writes: a renderer that tried would hang.
        QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(u"fifo.png"_s)).constData(), 0600), 0);
#endif
    }

    void hostileDescriptions()
    {
        HttpTestServer server;
        server.answer("/pixel.png", {200, "GIF89a", "image/gif", {}, false, 0});
        const QString folder = m_dir.path();
        const QString remote = server.url(u"/pixel.png"_s).toString();
        const QString hostile = QStringList{
            u"# Title\nSome **bold** text and `code`."_s,
            u"![remote](%1)"_s.arg(remote),
            u"![local](file://%1/canary.png)"_s.arg(folder),
            u"![relative](canary.png)"_s,
            u"![absolute](%1/canary.png)"_s.arg(folder),
            u"![fifo](%1/fifo.png)"_s.arg(folder),
            u"![device](/dev/zero)"_s,
            u"![data](data:image/png;base64,iVBORw0KGgo=)"_s,
            u"<img src=\"%1\"> <img src=\"file://%2/canary.png\"> <img src=\"/dev/zero\">"_s.arg(remote, folder),
            u"<script>alert(1)</script><style>*{background:url(%1)}</style>"_s.arg(remote),
            u"<iframe src=\"%1\"></iframe>"_s.arg(remote),
            u"[script](javascript:alert(1)) [file](file://%1/canary.png) [ok](https://example.org/docs)"_s.arg(folder),
            u"<a href=\"javascript:alert(1)\">raw link</a>"_s,
            u"[![nested](%1)](https://example.org)"_s.arg(remote),
            u"[ref-style][r]\n\n[r]: %1"_s.arg(remote),
        }.join(u"\n\n"_s);

        OpenWatch watch(folder);
#ifdef Q_OS_LINUX
        QVERIFY(watch.isWatching());
#endif
        watch.events();

        SafeTextBrowser browser;
        browser.resize(600, 800);
        browser.setMarkdownText(hostile);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.grab(); // lay out and paint everything
        QTest::qWait(200);

        QCOMPARE(server.requests, QList<QByteArray>());
        QCOMPARE(watch.events(), QStringList());

        // No image survives; raw HTML is text; only the https link stays a link.
        QStringList anchors;
        int images = 0;
        for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat())
                    ++images;
                if (format.isAnchor())
                    anchors << format.anchorHref();
            }
        }
        QCOMPARE(images, 0);
        // Links stay links only towards the web (the reference-style one to the server, too: it
        // is fetched by nobody unless the user confirms a click).
        for (const QString &anchor : anchors)
            QVERIFY2(anchor.startsWith(u"https://example.org"_s) || anchor.startsWith(remote),
                     qPrintable(anchor));
        QVERIFY(anchors.contains(u"https://example.org/docs"_s));
        const QString text = browser.toPlainText();
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
        QVERIFY(text.contains(u"[image “remote”: %1]"_s.arg(remote)));
        QVERIFY(text.contains(u"(https://example.org/docs)"_s)); // the target beside the text
        QVERIFY(text.contains(u"Title"_s));
        QVERIFY(!text.contains(u"# Title"_s)); // Markdown is still Markdown
    }

    void toolTipsAndLabelsStayPlain()
    {
        const QString folder = m_dir.path();
        OpenWatch watch(folder);
        watch.events();
        const QString hostile = u"<img src=\"file://%1/canary.png\"><b>bold</b>"_s.arg(folder);
        const QString tip = plainToolTip(hostile);
        QVERIFY(tip.startsWith(u"<qt>"_s));
        QVERIFY(!tip.contains(u"<img"_s));
        QVERIFY(tip.contains(u"&lt;img"_s));

        QLabel *label = plainLabel(hostile);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        label->show();
        QVERIFY(QTest::qWaitForWindowExposed(label));
        label->grab();
        QToolTip::showText(label->mapToGlobal(QPoint(1, 1)), tip, label);
        QTest::qWait(100);
        QToolTip::hideText();
        delete label;
        QCOMPARE(watch.events(), QStringList());
    }

    void openableLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << u"https://example.org/x"_s << true;
        QTest::newRow("http") << u"http://example.org"_s << true;
        QTest::newRow("mailto") << u"mailto:soc@example.org"_s << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("relative") << u"docs/readme.md"_s << false;
        QTest::newRow("data") << u"data:text/html,hi"_s << false;
        QTest::newRow("no host") << u"https:///x"_s << false;
    }

    void openableLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(SafeMarkdown::isOpenableLink(QUrl(url)), openable);
    }

    void hugeTextIsPlain()
    {
        SafeTextDocument document;
        const QString text = u"**x** "_s.repeated(1000);
        SafeMarkdown::render(&document, text, 100);
        QCOMPARE(document.toPlainText(), text);
    }
};

QTEST_MAIN(TestSafeMarkdown)
#include "tst_safemarkdown.moc"
