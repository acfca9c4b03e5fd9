// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "catalog/diagnosticmodel.h"
#include "support/testdocuments.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Oxa;
using namespace OxaTest;
using namespace Qt::StringLiterals;

class TestDiagnosticModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotatesAndFilters()
    {
        Diagnostics diagnostics;
        const auto catalog = catalogFromText(R"(openapi: 3.0.3
info: {title: Diag, version: '1'}
paths:
  /alerts/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/Nope'}}
    get:
      responses:
        '200': {$ref: '#/components/responses/Gone'}
components:
  schemas:
    Alert:
      properties:
        host: {$ref: '#/components/schemas/Missing'}
)",
                                             u"doc.yaml"_s,
                                             &diagnostics);
        QVERIFY(catalog);
        DiagnosticModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(diagnostics, catalog);
        QCOMPARE(model.rowCount(), diagnostics.size());
        QCOMPARE(model.count(Diagnostic::Severity::Error),
                 countSeverity(diagnostics, Diagnostic::Severity::Error));

        QHash<QString, QModelIndex> byPointer;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(DiagnosticModel::CodeNameRole).toString() == u"ref.dangling")
                byPointer.insert(index.data(DiagnosticModel::PointerRole).toString(), index);
        }
        QCOMPARE(byPointer.size(), 3);
        QVERIFY2(byPointer.contains(u"/paths/~1alerts~1{id}/get/responses/200/$ref"_s),
                 qPrintable(byPointer.keys().join(u' ')));
        const QModelIndex response
            = byPointer.value(u"/paths/~1alerts~1{id}/get/responses/200/$ref"_s);
        QCOMPARE(response.data(DiagnosticModel::OperationKeyRole).toString(), u"GET /alerts/{id}"_s);
        QVERIFY(response.data(DiagnosticModel::LineRole).toInt() > 0);
        QVERIFY(response.siblingAtColumn(DiagnosticModel::LocationColumn)
                    .data()
                    .toString()
                    .contains(u"line"_s));
        // A path-level parameter belongs to the path's first operation.
        QCOMPARE(byPointer.value(u"/paths/~1alerts~1{id}/parameters/0/schema/$ref"_s)
                     .data(DiagnosticModel::OperationKeyRole)
                     .toString(),
                 u"GET /alerts/{id}"_s);
        const QModelIndex schema
            = byPointer.value(u"/components/schemas/Alert/properties/host/$ref"_s);
        QCOMPARE(schema.data(DiagnosticModel::SchemaNameRole).toString(), u"Alert"_s);
        QVERIFY(schema.data(DiagnosticModel::OperationKeyRole).toString().isEmpty());

        const int all = model.rowCount();
        const int errors = model.count(Diagnostic::Severity::Error);
        model.setSeverityShown(Diagnostic::Severity::Error, false);
        QVERIFY(!model.isSeverityShown(Diagnostic::Severity::Error));
        QCOMPARE(model.rowCount(), all - errors);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(DiagnosticModel::SeverityRole).toInt()
                    != int(Diagnostic::Severity::Error));
        model.setSeverityShown(Diagnostic::Severity::Error, true);
        QCOMPARE(model.rowCount(), all);
    }

    void sorting()
    {
        Diagnostics diagnostics;
        const auto catalog = catalogFromText(R"(openapi: 3.0.3
paths:
  /b:
    get: {responses: {'200': {$ref: '#/components/responses/Gone'}}}
  /a:
    get:
      parameters: [{name: q, in: query}]
      responses: {'200': {description: ok}}
    post:
      operationId: same
      responses: {'200': {description: ok}}
    put:
      operationId: same
      responses: {'200': {description: ok}}
)",
                                             u"doc.yaml"_s,
                                             &diagnostics);
        QVERIFY(catalog);
        DiagnosticModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(diagnostics, catalog);
        QVERIFY(model.count(Diagnostic::Severity::Error) > 0);
        QVERIFY(model.count(Diagnostic::Severity::Warning) > 0);
        auto severities = [&] {
            QList<int> found;
            for (int row = 0; row < model.rowCount(); ++row)
                found << model.index(row, 0).data(DiagnosticModel::SeverityRole).toInt();
            return found;
        };
        auto lines = [&] {
            QList<int> found;
            for (int row = 0; row < model.rowCount(); ++row)
                found << model.index(row, 0).data(DiagnosticModel::LineRole).toInt();
            return found;
        };
        // Reading order as loaded; the dock's default puts errors first.
        const QList<int> reading = lines();
        QVERIFY(std::is_sorted(reading.cbegin(), reading.cend()));
        QPersistentModelIndex chosen = model.index(model.rowCount() - 1, 1);
        const QString chosenMessage = chosen.data().toString();
        model.sort(DiagnosticModel::SeverityColumn, Qt::DescendingOrder);
        const QList<int> mostSevereFirst = severities();
        QVERIFY(std::is_sorted(mostSevereFirst.cbegin(), mostSevereFirst.cend()));
        QCOMPARE(mostSevereFirst.front(), int(Diagnostic::Severity::Error));
        QCOMPARE(chosen.data().toString(), chosenMessage); // the selection follows its row
        // Within a severity, the reading order stays.
        for (int row = 1; row < model.rowCount(); ++row) {
            if (mostSevereFirst[row] == mostSevereFirst[row - 1])
                QVERIFY(model.index(row, 0).data(DiagnosticModel::LineRole).toInt()
                        >= model.index(row - 1, 0).data(DiagnosticModel::LineRole).toInt());
        }
        model.sort(DiagnosticModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(severities().front(), int(Diagnostic::Severity::Info));
        // The order survives a severity filter.
        model.setSeverityShown(Diagnostic::Severity::Info, false);
        QCOMPARE(severities().front(), int(Diagnostic::Severity::Warning));
        model.setSeverityShown(Diagnostic::Severity::Info, true);
        model.sort(DiagnosticModel::LocationColumn, Qt::DescendingOrder);
        QList<int> descending = lines();
        std::reverse(descending.begin(), descending.end());
        QVERIFY(std::is_sorted(descending.cbegin(), descending.cend()));
        model.sort(DiagnosticModel::CodeColumn);
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes << model.index(row, 0).data(DiagnosticModel::CodeNameRole).toString();
        QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
        model.sort(-1);
        QCOMPARE(lines(), reading);
    }

    void oxaDanglingReferencesPointAtOperations()
    {
        const QString path = oxaFixturePath();
        if (path.isEmpty())
            QSKIP("the OXA fixture is not beside the checkout");
        const CatalogLoad load = Catalog::load(path);
        QVERIFY(load.catalog);
        DiagnosticModel model;
        model.setDiagnostics(load.diagnostics, load.catalog);
        int dangling = 0;
        int located = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(DiagnosticModel::CodeNameRole).toString() != u"ref.dangling")
                continue;
            ++dangling;
            if (!index.data(DiagnosticModel::OperationKeyRole).toString().isEmpty()
                || !index.data(DiagnosticModel::SchemaNameRole).toString().isEmpty())
                ++located;
        }
        QCOMPARE(dangling, 12);
        QCOMPARE(located, dangling);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticModel)
#include "tst_diagnosticmodel.moc"
