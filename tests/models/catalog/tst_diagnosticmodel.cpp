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
