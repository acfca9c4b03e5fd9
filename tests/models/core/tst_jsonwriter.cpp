// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Oxa;
using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsKeyOrderWithPythonSeparators();
    void escapesWhatJsonRequires();
    void numbers();
    void indentedOutputParsesBack();
};

void TestJsonWriter::keepsKeyOrderWithPythonSeparators()
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(u"zeta");
    writer.value(u"z"_s);
    writer.key(u"alpha");
    writer.beginArray();
    writer.value(1);
    writer.value(true);
    writer.null();
    writer.endArray();
    writer.key(u"empty");
    writer.beginObject();
    writer.endObject();
    writer.endObject();
    QCOMPARE(writer.finish(),
             QByteArray(R"({"zeta": "z", "alpha": [1, true, null], "empty": {}})"
                        "\n"));
}

void TestJsonWriter::escapesWhatJsonRequires()
{
    JsonWriter writer;
    writer.beginArray();
    writer.value(u"quote\" backslash\\ newline\n tab\t bell\a é ✓"_s);
    writer.endArray();
    const QByteArray out = writer.finish();
    QCOMPARE(out, QByteArray("[\"quote\\\" backslash\\\\ newline\\n tab\\t bell\\u0007 é ✓\"]\n"));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().at(0).toString(), u"quote\" backslash\\ newline\n tab\t bell\a é ✓"_s);
}

void TestJsonWriter::numbers()
{
    JsonWriter writer;
    writer.beginArray();
    writer.value(qint64(-9007199254740993));
    writer.value(0.1);
    writer.value(1e300);
    writer.value(std::numeric_limits<double>::quiet_NaN());
    writer.value(std::numeric_limits<double>::infinity());
    writer.endArray();
    QCOMPARE(writer.finish(), QByteArray("[-9007199254740993, 0.1, 1e+300, null, null]\n"));
}

void TestJsonWriter::indentedOutputParsesBack()
{
    JsonWriter writer(JsonWriter::Style::Indented);
    writer.beginObject();
    writer.key(u"a");
    writer.beginArray();
    writer.value(1);
    writer.value(2);
    writer.endArray();
    writer.key(u"b");
    writer.beginObject();
    writer.endObject();
    writer.endObject();
    const QByteArray out = writer.finish();
    QVERIFY(out.contains("\n  \"a\": [\n    1,\n    2\n  ]"));
    QJsonParseError error;
    QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
