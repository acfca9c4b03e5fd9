// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The diagram of a workflow, before anything is drawn: nodes, edges, lanes, what each node
// calls and how each edge reads.
#include "support/testdocuments.h"
#include "testconfig.h"
#include "workflow/workflowgraph.h"

#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const ArazzoDocument> parse(const QByteArray &steps)
{
    const auto load = ArazzoDocument::fromBytes("arazzo: 1.0.1\ninfo: {title: T, version: '1'}\n"
                                                "sourceDescriptions: [{name: s, url: s.yaml}]\n"
                                                "workflows:\n  - workflowId: w\n    steps:\n"
                                                    + steps,
                                                QUrl(u"file:///flows/t.arazzo.yaml"_s));
    if (!load.document)
        qWarning("%s", qPrintable(OxaTest::describe(load.diagnostics)));
    return load.document;
}

QByteArray step(const QByteArray &id, const QByteArray &more = {})
{
    return "      - stepId: " + id + "\n        operationId: op\n" + more;
}

/** "from>to:kind[:f]@lane" for each edge, in order. */
QStringList edges(const WorkflowGraph &graph)
{
    QStringList out;
    for (const WorkflowGraph::Edge &e : graph.edges) {
        const auto name = [&](int node) {
            const WorkflowGraph::Node &n = graph.nodes.at(node);
            return n.kind == WorkflowGraph::Node::Kind::End      ? u"END"_s
                   : n.kind == WorkflowGraph::Node::Kind::Failed ? u"FAILED"_s
                                                                 : n.stepId;
        };
        static const char *const kinds[] = {"next", "goto", "retry", "end"};
        out.append(u"%1>%2:%3%4@%5"_s
                       .arg(name(e.from),
                            name(e.to),
                            QLatin1String(kinds[int(e.kind)]),
                            e.failure ? u":f"_s : QString())
                       .arg(e.lane));
    }
    return out;
}

} // namespace

class TestWorkflowGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsFollowOneAnother();
    void actionsGetEdgesAndLanes_data();
    void actionsGetEdgesAndLanes();
    void nodesSayWhatTheyCall();
    void edgesReadInWords();
};

void TestWorkflowGraph::stepsFollowOneAnother()
{
    const auto document = parse(step("a") + step("b") + step("c"));
    QVERIFY(document);
    const WorkflowGraph graph = WorkflowGraph::build(document->workflows().at(0), nullptr);
    QCOMPARE(graph.nodes.size(), 4); // three steps and the end
    QCOMPARE(graph.nodes.at(3).kind, WorkflowGraph::Node::Kind::End);
    QCOMPARE(graph.nodes.at(3).row, 3);
    QCOMPARE(edges(graph), (QStringList{u"a>b:next@0"_s, u"b>c:next@0"_s, u"c>END:next@0"_s}));
    QCOMPARE(graph.successLanes, 0);
    QCOMPARE(graph.failureLanes, 0);
    QCOMPARE(graph.nodeOf(u"b"), 1);
    QCOMPARE(graph.nodeOf(u"zz"), -1);
}

void TestWorkflowGraph::actionsGetEdgesAndLanes_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("successLanes");
    QTest::addColumn<int>("failureLanes");
    const QByteArray when = "criteria: [{condition: $statusCode == 200}]";
    QTest::newRow("a conditional goto back keeps the way on")
        << step("a") + step("b")
               + step("c",
                      "        onSuccess: [{name: again, type: goto, stepId: a, " + when + "}]\n")
        << QStringList{u"a>b:next@0"_s, u"b>c:next@0"_s, u"c>a:goto@1"_s, u"c>END:next@0"_s} << 1
        << 0;
    QTest::newRow("an unconditional end replaces the next step")
        << step("a", "        onSuccess: [{name: stop, type: end}]\n") + step("b")
        << QStringList{u"a>END:end@1"_s, u"b>END:next@0"_s} << 1 << 0;
    QTest::newRow("a goto to the row below goes straight")
        << step("a", "        onSuccess: [{name: on, type: goto, stepId: b}]\n") + step("b")
        << QStringList{u"a>b:goto@0"_s, u"b>END:next@0"_s} << 0 << 0;
    QTest::newRow("nested gotos: the shorter one inside")
        << step("a") + step("b")
               + step("c", "        onSuccess: [{name: x, type: goto, stepId: b, " + when + "}]\n")
               + step("d", "        onSuccess: [{name: y, type: goto, stepId: a, " + when + "}]\n")
        << QStringList{u"a>b:next@0"_s,
                       u"b>c:next@0"_s,
                       u"c>b:goto@1"_s,
                       u"c>d:next@0"_s,
                       u"d>a:goto@2"_s,
                       u"d>END:next@0"_s}
        << 2 << 0;
    QTest::newRow("disjoint gotos share a lane")
        << step("a", "        onSuccess: [{name: x, type: goto, stepId: c, " + when + "}]\n")
               + step("b") + step("c")
               + step("d", "        onSuccess: [{name: y, type: goto, stepId: f, " + when + "}]\n")
               + step("e") + step("f")
        << QStringList{u"a>c:goto@1"_s,
                       u"a>b:next@0"_s,
                       u"b>c:next@0"_s,
                       u"c>d:next@0"_s,
                       u"d>f:goto@1"_s,
                       u"d>e:next@0"_s,
                       u"e>f:next@0"_s,
                       u"f>END:next@0"_s}
        << 1 << 0;
    QTest::newRow("failures go left: retry on the step, end to the failed terminal")
        << step("a",
                "        onFailure:\n"
                "          - {name: wait, type: retry, retryAfter: 2, retryLimit: 3, "
                    + when + "}\n          - {name: give-up, type: end}\n")
               + step("b", "        onFailure: [{name: back, type: goto, stepId: a}]\n")
        << QStringList{u"a>a:retry:f@0"_s,
                       u"a>FAILED:end:f@2"_s,
                       u"a>b:next@0"_s,
                       u"b>a:goto:f@1"_s,
                       u"b>END:next@0"_s}
        << 0 << 2;
}

void TestWorkflowGraph::actionsGetEdgesAndLanes()
{
    QFETCH(QByteArray, steps);
    QFETCH(QStringList, expected);
    QFETCH(int, successLanes);
    QFETCH(int, failureLanes);
    const auto document = parse(steps);
    QVERIFY(document);
    const WorkflowGraph graph = WorkflowGraph::build(document->workflows().at(0), nullptr);
    QCOMPARE(edges(graph), expected);
    QCOMPARE(graph.successLanes, successLanes);
    QCOMPARE(graph.failureLanes, failureLanes);
}

void TestWorkflowGraph::nodesSayWhatTheyCall()
{
    const auto load = ArazzoDocument::load(
        QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/triage-alert.arazzo.yaml"));
    QVERIFY(load.document);
    WorkflowSourceOptions options;
    options.locations.insert(u"demo"_s, QStringLiteral(OXA_DEMO_DOCUMENT));
    const auto sources = WorkflowSources::load(load.document, options);
    const WorkflowGraph graph
        = WorkflowGraph::build(load.document->workflows().at(0), sources.get());
    const WorkflowGraph::Node &read = graph.nodes.at(graph.nodeOf(u"readAlert"));
    QCOMPARE(read.method, u"GET"_s);
    QVERIFY(read.path.contains(u"/alerts/"));
    QCOMPARE(read.capability, Capability::Enrichment);
    QVERIFY(!read.confirm);
    QCOMPARE(read.outputs.size(), 4);
    QCOMPARE(read.criteria, 1);
    const WorkflowGraph::Node &isolate = graph.nodes.at(graph.nodeOf(u"isolate"));
    QCOMPARE(isolate.method, u"POST"_s);
    QCOMPARE(isolate.risk, Risk::Response);
    QVERIFY(isolate.confirm);
    QCOMPARE(isolate.prompts, 1);
    QCOMPARE(isolate.pointer, u"/workflows/0/steps/2"_s);
    // Without its sources a step's call is unknown, not wrong; a source missing its operation is.
    const WorkflowGraph bare = WorkflowGraph::build(load.document->workflows().at(0), nullptr);
    QCOMPARE(bare.nodes.at(0).kind, WorkflowGraph::Node::Kind::Operation);
    QVERIFY(bare.nodes.at(0).method.isEmpty());
    QCOMPARE(bare.nodes.at(0).target, u"getAlert"_s);
    const auto other = parse(step("a"));
    QVERIFY(other);
    WorkflowSourceOptions demo;
    demo.locations.insert(u"s"_s, QStringLiteral(OXA_DEMO_DOCUMENT));
    const auto unresolved
        = WorkflowGraph::build(other->workflows().at(0), WorkflowSources::load(other, demo).get());
    QCOMPARE(unresolved.nodes.at(0).kind, WorkflowGraph::Node::Kind::Unresolved);
    QVERIFY(!unresolved.nodes.at(0).problem.isEmpty());
    // A foreach says over what.
    const auto list = ArazzoDocument::load(
        QStringLiteral(OXA_SOURCE_DIR "/resources/workflows/enrich-ioc-list.arazzo.yaml"));
    QVERIFY(list.document);
    const WorkflowGraph each = WorkflowGraph::build(list.document->workflows().at(0), nullptr);
    QVERIFY(std::any_of(each.nodes.cbegin(), each.nodes.cend(), [](const auto &node) {
        return node.foreach.startsWith(u"$inputs.");
    }));
}

void TestWorkflowGraph::edgesReadInWords()
{
    const auto document = parse(
        step("a",
             "        onFailure: [{name: wait, type: retry, retryAfter: 2, retryLimit: 3}]\n"
             "        onSuccess: [{name: skip, type: goto, stepId: c, criteria: "
             "[{condition: $statusCode == 204}]}]\n")
        + step("b") + step("c"));
    QVERIFY(document);
    const WorkflowGraph graph = WorkflowGraph::build(document->workflows().at(0), nullptr);
    QStringList texts;
    for (const WorkflowGraph::Edge &edge : graph.edges)
        texts.append(graph.edgeText(edge));
    QVERIFY(texts.contains(u"On success, go to c (skip), when $statusCode == 204"_s));
    // (English plurals come from the English translation, which this test does not load.)
    QVERIFY(texts.contains(u"On failure, retry up to 3 time(s), 2 s apart (wait)"_s));
    QVERIFY(texts.contains(u"then the next step"_s));
}

QTEST_GUILESS_MAIN(TestWorkflowGraph)
#include "tst_workflowgraph.moc"
