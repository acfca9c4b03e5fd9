// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "request/requestvalues.h"

#include <QJsonArray>
#include <QTest>

using namespace Oxa;

Q_DECLARE_METATYPE(Oxa::MediaKind)

class TestRequestValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        RequestValues values;
        values.path.insert(QStringLiteral("id"), QStringLiteral("42"));
        values.query.insert(QStringLiteral("ips"), QJsonArray{QStringLiteral("192.0.2.1")});
        values.header.insert(QStringLiteral("X-Request-Id"), QStringLiteral("r1"));
        values.mediaType = QStringLiteral("application/json");
        values.body = QJsonValue(QJsonValue::Null); // null is a body, unlike Undefined
        QCOMPARE(RequestValues::fromJson(values.toJson()), values);
        values.body = QJsonValue(QJsonValue::Undefined);
        QVERIFY(!values.toJson().contains(QStringLiteral("body")));
        QCOMPARE(RequestValues::fromJson(values.toJson()), values);
        QVERIFY(!values.isEmpty());
        QVERIFY(RequestValues().isEmpty());
        QCOMPARE(values.at(ParameterLocation::Header)
                     .value(QStringLiteral("X-Request-Id"))
                     .toString(),
                 QStringLiteral("r1"));
    }

    void mediaKinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<MediaKind>("kind");
        QTest::newRow("json") << "application/json; charset=utf-8" << MediaKind::Json;
        QTest::newRow("problem") << "application/problem+json" << MediaKind::Json;
        QTest::newRow("any") << "*/*" << MediaKind::Json;
        QTest::newRow("form") << "Application/X-WWW-Form-Urlencoded" << MediaKind::Form;
        QTest::newRow("multipart") << "multipart/form-data" << MediaKind::Multipart;
        QTest::newRow("text") << "text/plain" << MediaKind::Text;
        QTest::newRow("csv") << "text/csv" << MediaKind::Text;
        QTest::newRow("octets") << "application/octet-stream" << MediaKind::Binary;
        QTest::newRow("image") << "image/png" << MediaKind::Binary;
    }
    void mediaKinds()
    {
        QFETCH(QString, type);
        QFETCH(MediaKind, kind);
        QCOMPARE(int(mediaKindOf(type)), int(kind));
    }

    void secretParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("location");
        QTest::addColumn<bool>("secret");
        QTest::newRow("api key header") << "X-API-Key" << int(ParameterLocation::Header) << true;
        QTest::newRow("api_key query") << "api_key" << int(ParameterLocation::Query) << true;
        QTest::newRow("access token") << "access_token" << int(ParameterLocation::Query) << true;
        QTest::newRow("authorization") << "Authorization" << int(ParameterLocation::Header) << true;
        QTest::newRow("session") << "sessionId" << int(ParameterLocation::Query) << true;
        QTest::newRow("any cookie") << "theme" << int(ParameterLocation::Cookie) << true;
        QTest::newRow("request id") << "X-Request-Id" << int(ParameterLocation::Header) << false;
        QTest::newRow("host") << "hostId" << int(ParameterLocation::Path) << false;
        QTest::newRow("limit") << "limit" << int(ParameterLocation::Query) << false;
        QTest::newRow("x-auth") << "X-Auth" << int(ParameterLocation::Header) << true;
        QTest::newRow("author") << "author" << int(ParameterLocation::Query) << false;
    }
    void secretParameters()
    {
        QFETCH(QString, name);
        QFETCH(int, location);
        QFETCH(bool, secret);
        Parameter p;
        p.name = name;
        p.location = ParameterLocation(location);
        QCOMPARE(isSecretParameter(p), secret);
    }
};

QTEST_GUILESS_MAIN(TestRequestValues)
#include "tst_requestvalues.moc"
