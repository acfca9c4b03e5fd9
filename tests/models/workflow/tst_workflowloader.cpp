// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Workflows load off the GUI thread: the document, its sources and their diagnostics arrive
// together; a newer load replaces an older one; a broken file says why.
#include "testconfig.h"
#include "workflow/workflowloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestWorkflowLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsADocumentAndItsSources();
    void aNewerLoadWins();
    void aBrokenFileSaysWhy();
};

void TestWorkflowLoader::loadsADocumentAndItsSources()
{
    WorkflowLoader loader;
    QSignalSpy finished(&loader, &WorkflowLoader::finished);
    WorkflowSourceOptions options;
    options.locations.insert(u"demo"_s, QStringLiteral(OXA_DEMO_DOCUMENT));
    const QString location
        = QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml");
    loader.start(location, options);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!loader.isRunning());
    const auto outcome = finished.at(0).at(0).value<WorkflowLoadOutcome>();
    QCOMPARE(outcome.location, location);
    QVERIFY(outcome.document);
    QVERIFY(outcome.sources);
    QCOMPARE(outcome.document->workflows().size(), 1);
    QVERIFY(outcome.sources->source(u"demo")->catalog);
    QVERIFY2(outcome.diagnostics.isEmpty(), qPrintable(outcome.diagnostics.value(0).message));
}

void TestWorkflowLoader::aNewerLoadWins()
{
    WorkflowLoader loader;
    QSignalSpy finished(&loader, &WorkflowLoader::finished);
    WorkflowSourceOptions options;
    options.locations.insert(u"demo"_s, QStringLiteral(OXA_DEMO_DOCUMENT));
    loader.start(QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml"),
                 options);
    const QString second
        = QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/enrich-ioc-list.arazzo.yaml");
    loader.start(second, options);
    QVERIFY(finished.wait(20000));
    QTest::qWait(200); // the first one's end, had it been delivered, would be here by now
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<WorkflowLoadOutcome>().location, second);
}

void TestWorkflowLoader::aBrokenFileSaysWhy()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"broken.arazzo.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("arazzo: 1.0.1\ninfo: [\n");
    file.close();
    WorkflowLoader loader;
    QSignalSpy finished(&loader, &WorkflowLoader::finished);
    loader.start(file.fileName());
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.at(0).at(0).value<WorkflowLoadOutcome>();
    QVERIFY(!outcome.document);
    QVERIFY(!outcome.sources);
    QVERIFY(!outcome.diagnostics.isEmpty());
    QVERIFY(outcome.diagnostics.at(0).line > 0);
    // Destroying a loader while it works waits for its worker, and says nothing after.
    auto busy = std::make_unique<WorkflowLoader>();
    QSignalSpy never(busy.get(), &WorkflowLoader::finished);
    busy->start(QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml"));
    busy.reset();
    QCOMPARE(never.size(), 0);
}

QTEST_GUILESS_MAIN(TestWorkflowLoader)
#include "tst_workflowloader.moc"
