// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/testdocuments.h"
#include "testconfig.h"
#include "workflow/workflowsources.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QString kExamples = QStringLiteral(OXA_SHARED_FIXTURES_DIR "/arazzo/examples/1.0.0");

/** A folder with the demo description and workflow files written into it. */
class Folder
{
public:
    Folder() { QFile::copy(QStringLiteral(OXA_DEMO_DOCUMENT), m_dir.filePath(u"oxa-demo.yaml"_s)); }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

    std::shared_ptr<const WorkflowSources> load(const QString &name,
                                                const QByteArray &text,
                                                const WorkflowSourceOptions &options = {})
    {
        const auto loaded = ArazzoDocument::load(write(name, text));
        if (!loaded.document)
            return nullptr;
        return WorkflowSources::load(loaded.document, options);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray workflow(const QByteArray &sources, const QByteArray &steps)
{
    return "arazzo: 1.0.1\ninfo: {title: T, version: '1'}\nsourceDescriptions:\n" + sources
           + "workflows:\n  - workflowId: w\n    steps:\n" + steps;
}

const QByteArray kDemo = "  - {name: demo, url: oxa-demo.yaml, type: openapi}\n";

} // namespace

class TestWorkflowSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesEachWayOfNamingAnOperation();
    void saysWhatDoesNotResolve_data();
    void saysWhatDoesNotResolve();
    void severalSourcesNeedTheirNames();
    void remoteAndOutsideSourcesNeedConsent();
    void aSourceCanBeNamedOnTheCommandLine();
    void arazzoSourcesGiveTheirWorkflows();
    void openDescriptionsAreUsed();
    void specificationExamplesResolve_data();
    void specificationExamplesResolve();
};

void TestWorkflowSources::resolvesEachWayOfNamingAnOperation()
{
    Folder folder;
    const auto sources = folder.load(
        u"flow.arazzo.yaml"_s,
        workflow(kDemo,
                 "      - {stepId: a, operationId: getAlert}\n"
                 "      - {stepId: b, operationId: $sourceDescriptions.demo.bulkLookup}\n"
                 "      - {stepId: c, operationPath: "
                 "'{$sourceDescriptions.demo.url}#/paths/~1alerts~1{alert_id}/get'}\n"
                 "      - {stepId: d, workflowId: w}\n"));
    QVERIFY(sources);
    QVERIFY2(sources->diagnostics().isEmpty(),
             qPrintable(OxaTest::describe(sources->diagnostics())));
    const ArazzoWorkflow &w = sources->document().workflows().at(0);
    const auto a = sources->target(w.steps.at(0));
    QVERIFY(a.operation);
    QCOMPARE(a.operation->operationId, u"getAlert"_s);
    QCOMPARE(a.source->declared.name, u"demo"_s);
    QVERIFY(a.source->schemas);
    QCOMPARE(sources->target(w.steps.at(1)).operation->operationId, u"bulkLookup"_s);
    QCOMPARE(sources->target(w.steps.at(2)).operation->operationId, u"getAlert"_s);
    const auto d = sources->target(w.steps.at(3));
    QCOMPARE(d.workflow, &w);
    QCOMPARE(d.sources, sources.get());
}

void TestWorkflowSources::saysWhatDoesNotResolve_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown operationId")
        << QByteArray("      - {stepId: a, operationId: fetchPets}\n")
        << u"/workflows/0/steps/0/operationId"_s << u"No operation \"fetchPets\" in demo"_s;
    QTest::newRow("unknown operation in a named source")
        << QByteArray("      - {stepId: a, operationId: $sourceDescriptions.demo.fetchPets}\n")
        << u"/workflows/0/steps/0/operationId"_s << u"has no operation \"fetchPets\""_s;
    QTest::newRow("a path item, not an operation")
        << QByteArray("      - {stepId: a, operationPath: "
                      "'{$sourceDescriptions.demo.url}#/paths/~1alerts~1{alert_id}'}\n")
        << u"/workflows/0/steps/0/operationPath"_s << u"has no operation at"_s;
    QTest::newRow("an operationPath without a source")
        << QByteArray("      - {stepId: a, operationPath: 'oxa-demo.yaml#/paths/~1alerts/get'}\n")
        << u"/workflows/0/steps/0/operationPath"_s << u"{$sourceDescriptions.<name>.url}"_s;
}

void TestWorkflowSources::saysWhatDoesNotResolve()
{
    QFETCH(QByteArray, step);
    QFETCH(QString, pointer);
    QFETCH(QString, says);
    Folder folder;
    const auto sources = folder.load(u"flow.arazzo.yaml"_s, workflow(kDemo, step));
    QVERIFY(sources);
    QCOMPARE(sources->diagnostics().size(), 1);
    const Diagnostic &d = sources->diagnostics().at(0);
    QCOMPARE(d.code, DiagnosticCode::ArazzoUnresolved);
    QCOMPARE(d.pointer, pointer);
    QVERIFY(d.line > 0);
    QVERIFY2(d.message.contains(says), qPrintable(d.message));
}

void TestWorkflowSources::severalSourcesNeedTheirNames()
{
    Folder folder;
    const QByteArray two = kDemo + "  - {name: mirror, url: copy/oxa-demo.yaml, type: openapi}\n";
    QFile::copy(QStringLiteral(OXA_DEMO_DOCUMENT),
                folder.write(u"copy/x"_s, {}).replace(u"/x"_s, u"/oxa-demo.yaml"_s));
    const auto ambiguous
        = folder.load(u"flow.arazzo.yaml"_s,
                      workflow(two, "      - {stepId: a, operationId: getAlert}\n"));
    QVERIFY(ambiguous);
    QCOMPARE(ambiguous->diagnostics().size(), 1);
    QVERIFY2(ambiguous->diagnostics().at(0).message.contains(u"demo, mirror"),
             qPrintable(OxaTest::describe(ambiguous->diagnostics())));
    QVERIFY(ambiguous->diagnostics().at(0).isError());
    const auto named = folder.load(
        u"flow.arazzo.yaml"_s,
        workflow(two, "      - {stepId: a, operationId: $sourceDescriptions.mirror.getAlert}\n"));
    QVERIFY2(named->diagnostics().isEmpty(), qPrintable(OxaTest::describe(named->diagnostics())));
    QCOMPARE(named->target(named->document().workflows().at(0).steps.at(0)).source->declared.name,
             u"mirror"_s);
}

void TestWorkflowSources::remoteAndOutsideSourcesNeedConsent()
{
    Folder folder;
    const auto remote = folder.load(
        u"flows/a.arazzo.yaml"_s,
        workflow("  - {name: pets, url: 'https://example.invalid/pets.yaml'}\n  - {name: up, url: "
                 "../oxa-demo.yaml}\n",
                 "      - {stepId: a, operationId: $sourceDescriptions.up.getAlert}\n"));
    QVERIFY(remote);
    QStringList pointers;
    for (const Diagnostic &d : remote->diagnostics())
        pointers.append(d.pointer);
    QCOMPARE(pointers,
             (QStringList{u"/sourceDescriptions/0/url"_s,
                          u"/sourceDescriptions/1/url"_s,
                          u"/workflows/0/steps/0/operationId"_s}));
    QVERIFY(remote->diagnostics().at(0).message.contains(u"--allow-remote-sources"));
    QVERIFY(remote->diagnostics().at(1).message.contains(u"--allow-outside-sources"));
    QVERIFY(!remote->source(u"pets")->catalog);

    WorkflowSourceOptions options;
    options.allowSourcesOutsideFolder = true;
    const auto allowed = folder.load(u"flows/a.arazzo.yaml"_s,
                                     workflow("  - {name: up, url: ../oxa-demo.yaml}\n",
                                              "      - {stepId: a, operationId: getAlert}\n"),
                                     options);
    QVERIFY2(allowed->diagnostics().isEmpty(),
             qPrintable(OxaTest::describe(allowed->diagnostics())));

    // What was withheld is said, for a person to allow; allowed, just those are read.
    const QUrl outside = remote->source(u"up")->url;
    QCOMPARE(remote->withheld(),
             (QList<QUrl>{QUrl(u"https://example.invalid/pets.yaml"_s), outside}));
    WorkflowSourceOptions consent;
    consent.allowed = {outside};
    const auto partly = folder.load(
        u"flows/a.arazzo.yaml"_s,
        workflow("  - {name: pets, url: 'https://example.invalid/pets.yaml'}\n  - {name: up, url: "
                 "../oxa-demo.yaml}\n",
                 "      - {stepId: a, operationId: $sourceDescriptions.up.getAlert}\n"),
        consent);
    QVERIFY(partly->source(u"up")->catalog);
    QVERIFY(!partly->source(u"pets")->catalog);
    QCOMPARE(partly->withheld(), QList<QUrl>{QUrl(u"https://example.invalid/pets.yaml"_s)});
    QCOMPARE(allowed->withheld(), QList<QUrl>());
}

void TestWorkflowSources::aSourceCanBeNamedOnTheCommandLine()
{
    Folder folder;
    WorkflowSourceOptions options;
    options.locations.insert(u"oxa"_s, folder.path(u"oxa-demo.yaml"_s));
    const auto sources
        = folder.load(u"flow.arazzo.yaml"_s,
                      workflow("  - {name: oxa, url: 'https://example.invalid/oxa.json'}\n",
                               "      - {stepId: a, operationId: isolateHost}\n"),
                      options);
    QVERIFY2(sources->diagnostics().isEmpty(),
             qPrintable(OxaTest::describe(sources->diagnostics())));
    QCOMPARE(sources->source(u"oxa")->url, QUrl::fromLocalFile(folder.path(u"oxa-demo.yaml"_s)));
}

void TestWorkflowSources::openDescriptionsAreUsed()
{
    // The console has the demo open: a workflow beside it uses that very catalog; one elsewhere
    // whose source file is missing but has its name uses it too, and says so.
    Folder folder;
    const CatalogLoad open = Catalog::load(folder.path(u"oxa-demo.yaml"_s));
    QVERIFY(open.catalog);
    WorkflowSourceOptions options;
    options.open.append(open.catalog);
    const QByteArray steps = "      - {stepId: a, operationId: getAlert}\n";
    const auto beside = folder.load(u"flow.arazzo.yaml"_s, workflow(kDemo, steps), options);
    QVERIFY2(beside->diagnostics().isEmpty(), qPrintable(OxaTest::describe(beside->diagnostics())));
    QCOMPARE(beside->source(u"demo")->catalog, open.catalog);
    const auto elsewhere = folder.load(u"sub/flow.arazzo.yaml"_s, workflow(kDemo, steps), options);
    QCOMPARE(elsewhere->source(u"demo")->catalog, open.catalog);
    QCOMPARE(elsewhere->diagnostics().size(), 1);
    QCOMPARE(elsewhere->diagnostics().at(0).severity, Diagnostic::Severity::Info);
    QVERIFY(elsewhere->diagnostics().at(0).message.contains(u"is used instead"));
    QVERIFY(elsewhere->target(elsewhere->document().workflows().at(0).steps.at(0)).operation);
    // Without it, the missing file is an error.
    const auto alone = folder.load(u"sub/flow.arazzo.yaml"_s, workflow(kDemo, steps));
    QCOMPARE(countSeverity(alone->diagnostics(), Diagnostic::Severity::Error), 2);
}

void TestWorkflowSources::arazzoSourcesGiveTheirWorkflows()
{
    Folder folder;
    folder.write(u"shared.arazzo.yaml"_s,
                 "arazzo: 1.0.1\ninfo: {title: S, version: '1'}\nsourceDescriptions:\n" + kDemo
                     + "workflows:\n  - workflowId: enrich\n    steps:\n      - {stepId: b, "
                       "operationId: bulkLookup}\n");
    const auto sources = folder.load(
        u"flow.arazzo.yaml"_s,
        workflow(kDemo + "  - {name: shared, url: shared.arazzo.yaml, type: arazzo}\n",
                 "      - {stepId: a, workflowId: $sourceDescriptions.shared.enrich}\n"
                 "      - {stepId: c, workflowId: $sourceDescriptions.shared.triage}\n"));
    QVERIFY(sources);
    QCOMPARE(sources->diagnostics().size(), 1);
    QVERIFY(sources->diagnostics().at(0).message.contains(u"no workflow \"triage\""));
    const auto enrich = sources->target(sources->document().workflows().at(0).steps.at(0));
    QVERIFY(enrich.workflow);
    QCOMPARE(enrich.workflow->workflowId, u"enrich"_s);
    QVERIFY(enrich.sources);
    QCOMPARE(enrich.sources->target(enrich.workflow->steps.at(0)).operation->operationId,
             u"bulkLookup"_s);

    // A document that names itself as its source stops at the depth limit.
    folder.write(u"loop.arazzo.yaml"_s,
                 "arazzo: 1.0.1\ninfo: {title: L, version: '1'}\nsourceDescriptions:\n"
                 "  - {name: me, url: loop.arazzo.yaml, type: arazzo}\n"
                 "workflows:\n  - workflowId: l\n    steps:\n      - {stepId: s, workflowId: "
                 "$sourceDescriptions.me.l}\n");
    const auto loop
        = WorkflowSources::load(ArazzoDocument::load(folder.path(u"loop.arazzo.yaml"_s)).document);
    QVERIFY(loop);
}

void TestWorkflowSources::specificationExamplesResolve_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source"); // a local copy for a remote source
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("unresolved"); // what the example gets wrong, if anything
    QTest::newRow("pet-coupons") << u"pet-coupons.arazzo.yaml"_s << QString() << QString()
                                 << QString();
    QTest::newRow("oauth") << u"oauth.arazzo.yaml"_s << QString() << QString() << QString();
    // The example calls "PAR"; its description names the operation "Par".
    QTest::newRow("FAPI-PAR")
        << u"FAPI-PAR.arazzo.yaml"_s << QString() << QString()
        << u"no operation \"PAR\" (operationIds are case-sensitive: \"Par\"?)"_s;
    QTest::newRow("bnpl") << u"bnpl-arazzo.yaml"_s << u"BnplApi"_s << u"bnpl-openapi.yaml"_s
                          << QString();
}

// The specification's examples whose descriptions are in the fixtures resolve every step.
void TestWorkflowSources::specificationExamplesResolve()
{
    if (!QDir(kExamples).exists())
        QSKIP("../shared/fixtures/arazzo is absent");
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(QString, location);
    QFETCH(QString, unresolved);
    const auto loaded = ArazzoDocument::load(kExamples + u'/' + file);
    QVERIFY(loaded.document);
    WorkflowSourceOptions options;
    if (!source.isEmpty()) {
        QVERIFY2(loaded.document->source(source), qPrintable(source));
        options.locations.insert(source, kExamples + u'/' + location);
    }
    const auto sources = WorkflowSources::load(loaded.document, options);
    const qsizetype errors = countSeverity(sources->diagnostics(), Diagnostic::Severity::Error);
    if (unresolved.isEmpty()) {
        QVERIFY2(errors == 0, qPrintable(OxaTest::describe(sources->diagnostics())));
    } else {
        QCOMPARE(errors, 1);
        QVERIFY2(sources->diagnostics().at(0).message.contains(unresolved),
                 qPrintable(OxaTest::describe(sources->diagnostics())));
    }
}

QTEST_GUILESS_MAIN(TestWorkflowSources)
#include "tst_workflowsources.moc"
