// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// The workflow engine's own cost, each figure a median of repeated runs with the minor page
// faults beside it (a new page is expensive on these machines):
//   1. reading and validating a 1 MB Arazzo document (schema, meaning, expressions, criteria);
//   2. a step of a workflow against the bare call it makes, on a loopback server (the runner's
//      overhead: expressions, criteria, outputs, the record);
//   3. a 10,000-item x-oxa-foreach: time and resident memory growth.
//
//   build/tests/benchmarks/bench_workflow [--repeat N]
#include "benchmarksupport.h"
#include "call/calldriver.h"
#include "request/secretstore.h"
#include "support/httptestserver.h"
#include "workflow/workflowrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

const QByteArray kApi = R"(openapi: 3.1.0
info: {title: Bench, version: '1'}
paths:
  /lookup:
    get:
      operationId: lookup
      parameters: [{name: ip, in: query, required: true, schema: {type: string}}]
      responses: {'200': {description: a verdict}}
)";

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

struct Bench
{
    QTemporaryDir dir;
    OxaTest::HttpTestServer server;
    Oxa::SecretStore secrets{Oxa::SecretStore::Backend::Memory};
    Oxa::CallSession session{&secrets};
    Oxa::ScriptedInteraction script;
    Oxa::CallDriver driver{&session, &script};
    Oxa::Environment environment;

    Bench()
    {
        OxaTest::HttpTestServer::Answer answer;
        answer.body = R"({"verdict": "benign", "score": 3})";
        server.answerOthers(answer);
        write(QStringLiteral("api.yaml"), kApi);
        environment.name = QStringLiteral("Bench");
        environment.baseUrl = server.url(QString()).toString();
    }

    void write(const QString &name, const QByteArray &text)
    {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }

    std::shared_ptr<const Oxa::WorkflowSources> workflow(const QByteArray &steps,
                                                         const QByteArray &inputs = {})
    {
        write(QStringLiteral("flow.arazzo.yaml"),
              "arazzo: 1.0.1\ninfo: {title: B, version: '1'}\nsourceDescriptions: [{name: api, "
              "url: api.yaml}]\n"
              "workflows:\n  - workflowId: w\n"
                  + inputs + "    steps:\n" + steps);
        const auto loaded
            = Oxa::ArazzoDocument::load(dir.filePath(QStringLiteral("flow.arazzo.yaml")));
        return loaded.document ? Oxa::WorkflowSources::load(loaded.document) : nullptr;
    }

    Oxa::RunRecord run(const std::shared_ptr<const Oxa::WorkflowSources> &sources,
                       const QJsonObject &inputs = {})
    {
        Oxa::WorkflowRunner runner(&driver);
        Oxa::RunOptions options;
        options.environment = environment;
        options.inputs = inputs;
        options.maxSteps = 1'000'000;
        QEventLoop loop;
        QObject::connect(&runner, &Oxa::WorkflowRunner::finished, &loop, &QEventLoop::quit);
        runner.start(sources, options);
        loop.exec();
        return runner.record();
    }

    void bareCalls(const std::shared_ptr<const Oxa::WorkflowSources> &sources, int count)
    {
        const auto &source = sources->sources().front();
        Oxa::CallRequest request;
        request.catalog = source.catalog;
        request.schemas = source.schemas;
        request.operationKey = QStringLiteral("GET /lookup");
        request.values.query.insert(QStringLiteral("ip"), QStringLiteral("203.0.113.7"));
        request.environment = environment;
        for (int i = 0; i < count; ++i) {
            QEventLoop loop;
            driver.run(request, [&loop](const Oxa::CallEnd &) { loop.quit(); });
            loop.exec();
        }
    }
};

void stepOverhead(int repeat)
{
    constexpr int steps = 200;
    Bench bench;
    QByteArray text;
    for (int i = 0; i < steps; ++i) {
        // Each step reads the one before it, as real workflows do.
        const QByteArray value
            = i == 0 ? QByteArray("'203.0.113.7'")
                     : QByteArray("'{$steps.s" + QByteArray::number(i - 1) + ".outputs.verdict}'");
        text
            += "      - stepId: s" + QByteArray::number(i)
               + "\n        operationId: lookup\n        parameters: [{name: ip, in: query, value: "
               + value
               + "}]\n"
                 "        successCriteria: [{condition: $statusCode == 200}, {condition: "
                 "$response.body#/verdict != 'malicious'}]\n"
                 "        outputs: {verdict: $response.body#/verdict}\n";
    }
    const auto sources = bench.workflow(text);
    if (!sources)
        qFatal("the benchmark workflow does not read");
    OxaBench::Sample bare;
    OxaBench::Sample runner;
    long bareFaults = 0;
    long runnerFaults = 0;
    bench.bareCalls(sources, 20); // warm: connections, the first prepared calls
    for (int r = 0; r < repeat; ++r) {
        long before = OxaBench::minorFaults();
        bare.values.push_back(OxaBench::timeMs([&] { bench.bareCalls(sources, steps); }) / steps);
        bareFaults += OxaBench::minorFaults() - before;
        before = OxaBench::minorFaults();
        Oxa::RunRecord record;
        runner.values.push_back(OxaBench::timeMs([&] { record = bench.run(sources); }) / steps);
        runnerFaults += OxaBench::minorFaults() - before;
        if (record.status != u"succeeded")
            qFatal("the benchmark run failed: %s", qPrintable(record.error));
    }
    std::printf("2. One step against its bare call (%d steps a run, %d runs, loopback)\n",
                steps,
                repeat);
    std::printf("   bare call through CallDriver: median %.3f ms (min %.3f, max %.3f), %.0f minor "
                "faults a call\n",
                bare.median(),
                bare.min(),
                bare.max(),
                double(bareFaults) / (repeat * steps));
    std::printf("   workflow step:                median %.3f ms (min %.3f, max %.3f), %.0f minor "
                "faults a step\n",
                runner.median(),
                runner.min(),
                runner.max(),
                double(runnerFaults) / (repeat * steps));
    std::printf("   the runner's own cost:        %.3f ms a step (median difference)\n\n",
                runner.median() - bare.median());
}

void foreachMemory()
{
    constexpr int items = 10'000;
    Bench bench;
    const auto sources
        = bench.workflow("      - stepId: each\n        operationId: lookup\n"
                         "        x-oxa-foreach: {items: $inputs.list, as: ip, maxItems: 20000}\n"
                         "        parameters: [{name: ip, in: query, value: $inputs.ip}]\n"
                         "        outputs: {verdict: $response.body#/verdict}\n");
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QStringLiteral("198.51.%1.%2").arg(i / 256).arg(i % 256));
    bench.run(sources,
              QJsonObject{
                  {QStringLiteral("list"), QJsonArray{QStringLiteral("192.0.2.1")}}}); // warm
    const double before = residentMiB();
    const long faults = OxaBench::minorFaults();
    Oxa::RunRecord record;
    const double ms = OxaBench::timeMs([&] {
        record = bench.run(sources, QJsonObject{{QStringLiteral("list"), list}});
    });
    const double after = residentMiB();
    std::printf("3. x-oxa-foreach over %d items (status %s, %lld records)\n",
                items,
                qPrintable(record.status),
                qlonglong(record.steps.size()));
    std::printf("   %.0f ms in all, %.3f ms an item; resident memory %.1f → %.1f MiB (+%.1f MiB); "
                "%ld minor faults\n\n",
                ms,
                ms / items,
                before,
                after,
                after - before,
                OxaBench::minorFaults() - faults);
}

void loadDocument(int repeat)
{
    // About 1 MB: workflows of steps with parameters, criteria of every type, outputs and actions.
    QByteArray text = "arazzo: 1.0.1\ninfo: {title: Big, version: '1'}\nsourceDescriptions: "
                      "[{name: api, url: api.yaml}]\nworkflows:\n";
    int workflows = 0;
    while (text.size() < 1024 * 1024) {
        text += "  - workflowId: w" + QByteArray::number(workflows++)
                + "\n    inputs: {type: object, properties: {ip: {type: string}}}\n    steps:\n";
        for (int s = 0; s < 10; ++s) {
            text += "      - stepId: s" + QByteArray::number(s)
                    + "\n        operationId: lookup\n        parameters: [{name: ip, in: query, "
                      "value: $inputs.ip}]\n"
                      "        successCriteria:\n          - condition: $statusCode == 200 && "
                      "$response.body#/score < 50\n"
                      "          - {context: $response.body, condition: \"$[?@.verdict == "
                      "'benign']\", type: jsonpath}\n"
                      "          - {context: $response.header.Content-Type, condition: "
                      "'^application/json', type: regex}\n"
                      "        onFailure: [{name: again, type: retry, retryAfter: 1, criteria: "
                      "[{condition: $statusCode == 503}]}]\n"
                      "        outputs: {verdict: $response.body#/verdict, score: "
                      "$response.body#/score}\n";
        }
        text += "    outputs: {verdict: $steps.s9.outputs.verdict}\n";
    }
    OxaBench::Sample sample;
    OxaBench::Sample release;
    long faults = 0;
    qsizetype diagnostics = 0;
    for (int r = 0; r < repeat; ++r) {
        const long before = OxaBench::minorFaults();
        Oxa::ArazzoDocument::Load loaded;
        sample.values.push_back(OxaBench::timeMs([&] {
            loaded = Oxa::ArazzoDocument::fromBytes(text,
                                                    QUrl(QStringLiteral(
                                                        "file:///bench/big.arazzo.yaml")));
            diagnostics = loaded.diagnostics.size();
        }));
        faults += OxaBench::minorFaults() - before;
        release.values.push_back(OxaBench::timeMs([&] { loaded = {}; }));
    }
    std::printf("1. Read and validate a %.2f MB Arazzo document (%d workflows, %d steps, %lld "
                "diagnostics)\n",
                text.size() / 1e6,
                workflows,
                workflows * 10,
                qlonglong(diagnostics));
    std::printf("   median %.1f ms (min %.1f, max %.1f), %ld minor faults a read; freeing it: "
                "median %.1f ms\n\n",
                sample.median(),
                sample.min(),
                sample.max(),
                faults / repeat,
                release.median());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int repeat = OxaBench::repeatOption(arguments, 7);
    // --only load|step|foreach runs one part (to profile it).
    const QString only = OxaBench::option(arguments, QStringLiteral("only"));
    // The document first: in a fresh process, as the console and oxa-cli read one.
    if (only.isEmpty() || only == u"load")
        loadDocument(repeat);
    if (only.isEmpty() || only == u"step")
        stepOverhead(repeat);
    if (only.isEmpty() || only == u"foreach")
        foreachMemory();
    return 0;
}
