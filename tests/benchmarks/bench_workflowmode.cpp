// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// bench_workflowmode [--repeat N]: in the console itself (offscreen), the time from opening a
// 200-step workflow to its diagram drawn (the workflow mode's list, diagram and outline filled,
// one frame painted), with the minor page faults of each.
#include "benchmarksupport.h"
#include "consoleservices.h"
#include "mainwindow.h"
#include "workflow/workflowdiagram.h"
#include "workflow/workflowmode.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace OxaBench;

namespace {

/** 200 steps on the demo's description: look-ups, gotos back and forth, retries, outputs. */
QByteArray bigWorkflow()
{
    QByteArray text = "arazzo: 1.0.1\ninfo: {title: Two hundred steps, version: '1'}\n"
                      "sourceDescriptions: [{name: demo, url: oxa-demo.yaml, type: openapi}]\n"
                      "workflows:\n  - workflowId: long\n    steps:\n";
    for (int i = 0; i < 200; ++i) {
        text += "      - stepId: s" + QByteArray::number(i)
                + "\n        operationId: lookupIp\n"
                  "        parameters: [{name: ip, in: path, value: 192.0.2.1}]\n"
                  "        successCriteria: [{condition: $statusCode == 200}]\n"
                  "        outputs: {verdict: $response.body#/verdict}\n";
        if (i % 10 == 9)
            text += "        onSuccess: [{name: back, type: goto, stepId: s"
                    + QByteArray::number(i - 7)
                    + ", criteria: [{condition: $response.body#/score > 90}]}]\n"
                      "        onFailure: [{name: again, type: retry, retryAfter: 1}]\n";
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("OXA Console Benchmarks"));
    const int repeat = repeatOption(app.arguments(), 9);
    QTemporaryDir dir;
    QFile::copy(QStringLiteral(OXA_DEMO_DOCUMENT), dir.filePath(QStringLiteral("oxa-demo.yaml")));
    QFile file(dir.filePath(QStringLiteral("long.arazzo.yaml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bigWorkflow()) < 0)
        return 1;
    file.close();
    Sample open;
    long faults = 0;
    int nodes = 0;
    for (int run = 0; run < repeat; ++run) {
        QSettings().clear();
        const Oxa::StandardServices services;
        Oxa::MainWindow window(services.handles());
        window.setProperty("oxaQuiet", true);
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        QSignalSpy finished(window.workflowMode(), &Oxa::WorkflowMode::loadFinished);
        const long before = minorFaults();
        open.values.push_back(timeMs([&] {
            window.openLocation(file.fileName());
            finished.wait(60000);
            window.workflowMode()->diagram()->viewport()->repaint(); // one frame drawn
        }));
        faults += minorFaults() - before;
        nodes = int(window.workflowMode()->diagram()->graph().nodes.size());
    }
    std::printf("a 200-step workflow (%d nodes with its terminals): open → diagram drawn: median "
                "%.0f ms (min %.0f, max %.0f, %zu runs), %ld minor faults a run\n",
                nodes,
                open.median(),
                open.min(),
                open.max(),
                open.values.size(),
                faults / repeat);
    return 0;
}
