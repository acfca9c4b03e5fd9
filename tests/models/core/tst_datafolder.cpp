// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// One data folder: everything the console and oxa-cli keep lies under ~/.local/share/oxa-console,
// and what earlier versions put under "OXA Console/oxa-console" is moved there once, nothing
// overwritten, nothing lost.
#include "core/application.h"
#include "history/auditlog.h"
#include "history/historystore.h"
#include "mock/demo.h"
#include "support/privatehome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDataFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        OxaTest::usePrivateHome(m_home, u"tst_datafolder"_s);
        m_data = m_home.filePath(u"XDG_DATA_HOME"_s);
    }

    void everythingLiesInOneFolder()
    {
        // Whatever this program is called, and the organisation.
        const QString folder = m_data + u"/oxa-console"_s;
        QCOMPARE(Application::dataFolder(), folder);
        QCOMPARE(QFileInfo(HistoryStore::defaultPath()).absolutePath(), folder);
        QCOMPARE(QFileInfo(AuditLog::defaultPath()).absolutePath(), folder);
        const auto demo = Demo::writeDocument(QString());
        QVERIFY(demo);
        QVERIFY(demo->startsWith(folder + u'/'));
    }

    void earlierFilesAreGathered()
    {
        const QString old = m_data + u"/OXA Console/oxa-console"_s;
        const QString folder = Application::dataFolder();
        write(old + u"/form-values.json"_s, "{\"GET /alerts\": {}}");
        write(old + u"/cache/a.bin"_s, "a");
        write(old + u"/history.sqlite"_s, "old history");
        write(folder + u"/history.sqlite"_s, "current history");
        const Application::DataMigration done = Application::gatherDataFolder();
        QStringList moved = done.moved;
        moved.sort();
        QCOMPARE(moved, (QStringList{u"cache/a.bin"_s, u"form-values.json"_s}));
        QCOMPARE(done.kept, QStringList{u"history.sqlite"_s});
        QVERIFY(done.failed.isEmpty());
        QCOMPARE(read(folder + u"/form-values.json"_s), QByteArray("{\"GET /alerts\": {}}"));
        QCOMPARE(read(folder + u"/cache/a.bin"_s), QByteArray("a"));
        // Nothing overwritten: the current file stays, the old one is kept where it was.
        QCOMPARE(read(folder + u"/history.sqlite"_s), QByteArray("current history"));
        QCOMPARE(read(old + u"/history.sqlite"_s), QByteArray("old history"));
        QVERIFY(!QFileInfo::exists(old + u"/cache"_s)); // emptied folders go

        // Once the old file is dealt with, the old folders go too; a second pass does nothing.
        QVERIFY(QFile::remove(old + u"/history.sqlite"_s));
        const Application::DataMigration again = Application::gatherDataFolder();
        QVERIFY(again.moved.isEmpty() && again.kept.isEmpty());
        QVERIFY(!QFileInfo::exists(m_data + u"/OXA Console"_s));
    }

    void aFileThatCannotMoveStays()
    {
        QTemporaryDir from;
        QTemporaryDir to;
        write(from.filePath(u"notes.txt"_s), "n");
        write(to.filePath(u"blocked"_s), "a file where a folder is needed");
        write(from.filePath(u"blocked/inner.txt"_s), "i");
        const Application::DataMigration done = Application::moveDataFolder(from.path(), to.path());
        QCOMPARE(done.moved, QStringList{u"notes.txt"_s});
        QCOMPARE(done.failed, QStringList{u"blocked/inner.txt"_s});
        QCOMPARE(read(from.filePath(u"blocked/inner.txt"_s)), QByteArray("i"));
        // The same folder, or none: nothing to do.
        QVERIFY(Application::moveDataFolder(to.path(), to.path()).moved.isEmpty());
        QVERIFY(Application::moveDataFolder(QString(), to.path()).moved.isEmpty());
    }

private:
    QTemporaryDir m_home;
    QString m_data;
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
