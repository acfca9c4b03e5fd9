// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// "Are these values acceptable for this operation" and "the example request": the one rule the
// form, the mock and oxa-cli call share.
#include "request/requestcheck.h"
#include "schema/schemaset.h"
#include "support/testdocuments.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDocument = R"(openapi: 3.1.0
info: {title: Checks, version: '1'}
paths:
  /hosts/{id}/notes:
    post:
      operationId: addNote
      parameters:
        - {name: id, in: path, schema: {type: string, pattern: '^h-[0-9]+$'}}
        - {name: limit, in: query, schema: {type: integer, maximum: 100, default: 10}}
        - {name: tag, in: query, example: triage, schema: {type: string}}
        - {name: X-Tenant, in: header, required: true, schema: {type: string, minLength: 3}}
        - {name: Accept, in: header, required: true, schema: {type: string}}
        - {name: Authorization, in: header, required: true, schema: {type: string}}
        - name: since
          in: query
          examples: {lastWeek: {value: '2026-11-27'}}
          schema: {type: string, format: date}
        - {name: mode, in: query, schema: {enum: [fast, full]}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Note'}
            examples:
              broken: {value: {text: 1}}
              good: {value: {text: Seen beaconing}}
          text/plain:
            schema: {type: string, maxLength: 3}
      responses: {'201': {description: ok}}
  /plain:
    put:
      requestBody:
        content:
          application/json:
            example: {text: From the document}
            schema: {$ref: '#/components/schemas/Note'}
      responses: {'204': {description: ok}}
components:
  schemas:
    Note:
      type: object
      required: [text]
      properties:
        text: {type: string, minLength: 1}
        id: {type: string, readOnly: true}
)";

QStringList wheres(const QList<RequestProblem> &problems)
{
    QStringList out;
    for (const RequestProblem &p : problems)
        out << p.where();
    return out;
}

} // namespace

class TestRequestCheck : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<SchemaSet> m_schemas;

    const Operation &operation(const char *key) const
    {
        return *m_catalog->operationByKey(QString::fromLatin1(key));
    }

    RequestValues valid() const
    {
        RequestValues values;
        values.path.insert(u"id"_s, u"h-7"_s);
        values.header.insert(u"X-Tenant"_s, u"acme"_s);
        values.mediaType = u"application/json"_s;
        values.body = QJsonObject{{u"text"_s, u"Beacon"_s}};
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = OxaTest::catalogFromText(kDocument);
        QVERIFY(m_catalog);
        m_schemas = std::make_unique<SchemaSet>(m_catalog->documentPointer());
    }

    void validValuesHaveNoProblem()
    {
        const RequestCheck check(*m_schemas, operation("POST /hosts/{id}/notes"));
        QCOMPARE(wheres(check.check(valid())), QStringList());
    }

    void requiredParametersAndBody()
    {
        const RequestCheck check(*m_schemas, operation("POST /hosts/{id}/notes"));
        // A path parameter is required even when the document forgets to say so; the headers
        // that OpenAPI ignores (Accept, Authorization) never are.
        const QList<RequestProblem> problems = check.check(RequestValues());
        QCOMPARE(wheres(problems), (QStringList{u"path id"_s, u"header X-Tenant"_s, u"body"_s}));
        QCOMPARE(problems.front().message, u"is required"_s);
        QCOMPARE(problems.front().text(), u"path id: is required"_s);
        QCOMPARE(check.parameterProblems(RequestValues()).size(), 2);
        QCOMPARE(check.bodyProblems(RequestValues()).size(), 1);
        QVERIFY(RequestCheck::isRequired(operation("POST /hosts/{id}/notes").parameters.front()));
        QVERIFY(check.check(RequestValues()).size() == 3);
        // An optional body may be left out.
        QVERIFY(RequestCheck(*m_schemas, operation("PUT /plain")).check(RequestValues()).isEmpty());
    }

    void valuesAgainstTheirSchemas()
    {
        const RequestCheck check(*m_schemas, operation("POST /hosts/{id}/notes"));
        RequestValues values = valid();
        values.path.insert(u"id"_s, u"web-01"_s);        // pattern
        values.query.insert(u"limit"_s, 500);            // maximum
        values.query.insert(u"since"_s, u"yesterday"_s); // format
        values.query.insert(u"mode"_s, u"slow"_s);       // enum
        values.header.insert(u"X-Tenant"_s, u"ac"_s);    // minLength
        values.body = QJsonObject{{u"text"_s, u""_s}};
        const QList<RequestProblem> problems = check.check(values);
        QCOMPARE(wheres(problems),
                 (QStringList{u"path id"_s,
                              u"query limit"_s,
                              u"header X-Tenant"_s,
                              u"query since"_s,
                              u"query mode"_s,
                              u"body /text"_s}));
        for (const RequestProblem &p : problems)
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.where()));
    }

    void theBodyIsReadByItsMediaType()
    {
        const RequestCheck check(*m_schemas, operation("POST /hosts/{id}/notes"));
        RequestValues values = valid();
        values.mediaType = u"text/plain"_s;
        values.body = u"far longer than three"_s;
        QVERIFY(check.check(values).isEmpty()); // a text body is not looked into
        QVERIFY(!RequestCheck::checksBody(u"text/plain"_s));
        QVERIFY(RequestCheck::checksBody(u"application/x-www-form-urlencoded"_s));
        values.mediaType.clear(); // the first declared: JSON
        QCOMPARE(wheres(check.check(values)), QStringList{u"body"_s});
    }

    void theExampleRequest()
    {
        const RequestCheck check(*m_schemas, operation("POST /hosts/{id}/notes"));
        const RequestValues example = check.example();
        // The required ones generated, the optional ones from the document only.
        QVERIFY(example.path.value(u"id"_s).toString().startsWith(u"h-"_s));
        QCOMPARE(example.query.value(u"limit"_s).toInt(), 10);                 // default
        QCOMPARE(example.query.value(u"tag"_s).toString(), u"triage"_s);       // example
        QCOMPARE(example.query.value(u"since"_s).toString(), u"2026-11-27"_s); // named example
        QVERIFY(!example.query.contains(u"mode"_s));
        QVERIFY(example.header.value(u"X-Tenant"_s).toString().size() >= 3);
        QVERIFY(!example.header.contains(u"Accept"_s));
        QVERIFY(!example.header.contains(u"Authorization"_s));
        // The first named example the schema accepts ("broken" is not one).
        QCOMPARE(example.mediaType, u"application/json"_s);
        QCOMPARE(example.body.toObject().value(u"text"_s).toString(), u"Seen beaconing"_s);
        QVERIFY2(check.check(example).isEmpty(),
                 qPrintable(wheres(check.check(example)).join(u", ")));
        // The media type's own example.
        const RequestCheck plain(*m_schemas, operation("PUT /plain"));
        QCOMPARE(plain.example().body.toObject().value(u"text"_s).toString(),
                 u"From the document"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestCheck)
#include "tst_requestcheck.moc"
