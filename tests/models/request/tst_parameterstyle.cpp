// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// The style examples of the OpenAPI specification (3.0 and 3.1, "Style Examples"): the
// parameter `color` holding an empty string, "blue", ["blue", "black", "brown"] and
// {"R": 100, "G": 200, "B": 150}, written in every style with and without explode.
#include "request/parameterstyle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Oxa;

Q_DECLARE_METATYPE(Oxa::ParameterStyle)

namespace {

QJsonValue valueOf(const QString &column)
{
    if (column == u"empty")
        return QString();
    if (column == u"string")
        return QStringLiteral("blue");
    if (column == u"array")
        return QJsonArray{QStringLiteral("blue"), QStringLiteral("black"), QStringLiteral("brown")};
    return QJsonObject{{QStringLiteral("R"), 100},
                       {QStringLiteral("G"), 200},
                       {QStringLiteral("B"), 150}};
}

} // namespace

class TestParameterStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styleTable_data()
    {
        QTest::addColumn<ParameterStyle>("style");
        QTest::addColumn<bool>("explode");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        struct Row
        {
            const char *name;
            ParameterStyle style;
            bool explode;
            const char *empty;
            const char *string;
            const char *array;
            const char *object;
        };
        // nullptr where the table says n/a.
        const Row rows[] = {
            {"matrix",
             ParameterStyle::Matrix,
             false,
             ";color",
             ";color=blue",
             ";color=blue,black,brown",
             ";color=R,100,G,200,B,150"},
            {"matrix*",
             ParameterStyle::Matrix,
             true,
             ";color",
             ";color=blue",
             ";color=blue;color=black;color=brown",
             ";R=100;G=200;B=150"},
            {"label",
             ParameterStyle::Label,
             false,
             ".",
             ".blue",
             ".blue,black,brown",
             ".R,100,G,200,B,150"},
            {"label*",
             ParameterStyle::Label,
             true,
             ".",
             ".blue",
             ".blue.black.brown",
             ".R=100.G=200.B=150"},
            {"form",
             ParameterStyle::Form,
             false,
             "color=",
             "color=blue",
             "color=blue,black,brown",
             "color=R,100,G,200,B,150"},
            {"form*",
             ParameterStyle::Form,
             true,
             "color=",
             "color=blue",
             "color=blue&color=black&color=brown",
             "R=100&G=200&B=150"},
            {"simple",
             ParameterStyle::Simple,
             false,
             nullptr,
             "blue",
             "blue,black,brown",
             "R,100,G,200,B,150"},
            {"simple*",
             ParameterStyle::Simple,
             true,
             nullptr,
             "blue",
             "blue,black,brown",
             "R=100,G=200,B=150"},
            {"spaceDelimited",
             ParameterStyle::SpaceDelimited,
             false,
             nullptr,
             nullptr,
             "color=blue%20black%20brown",
             "color=R%20100%20G%20200%20B%20150"},
            {"pipeDelimited",
             ParameterStyle::PipeDelimited,
             false,
             nullptr,
             nullptr,
             "color=blue|black|brown",
             "color=R|100|G|200|B|150"},
            {"deepObject*",
             ParameterStyle::DeepObject,
             true,
             nullptr,
             nullptr,
             nullptr,
             "color[R]=100&color[G]=200&color[B]=150"},
        };
        for (const Row &row : rows) {
            const std::pair<const char *, const char *> cells[] = {{"empty", row.empty},
                                                                   {"string", row.string},
                                                                   {"array", row.array},
                                                                   {"object", row.object}};
            for (const auto &[column, expected] : cells) {
                if (expected)
                    QTest::addRow("%s %s", row.name, column)
                        << row.style << row.explode << QString::fromLatin1(column)
                        << QString::fromLatin1(expected);
            }
        }
    }

    void styleTable()
    {
        QFETCH(ParameterStyle, style);
        QFETCH(bool, explode);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const QStringList order{QStringLiteral("R"), QStringLiteral("G"), QStringLiteral("B")};
        QCOMPARE(serializeParameter(QStringLiteral("color"),
                                    valueOf(column),
                                    style,
                                    explode,
                                    ParameterEncoding::Percent,
                                    order),
                 expected);
    }

    void encoding()
    {
        const QJsonValue value = QStringLiteral("a b/c?d&é");
        QCOMPARE(serializeParameter(QStringLiteral("q"), value, ParameterStyle::Form, true),
                 QStringLiteral("q=a%20b%2Fc%3Fd%26%C3%A9"));
        // allowReserved keeps reserved characters; values of a list stay apart from the commas.
        QCOMPARE(serializeParameter(QStringLiteral("q"),
                                    value,
                                    ParameterStyle::Form,
                                    true,
                                    ParameterEncoding::AllowReserved),
                 QStringLiteral("q=a%20b/c?d&%C3%A9"));
        QCOMPARE(serializeParameter(QStringLiteral("ids"),
                                    QJsonArray{QStringLiteral("a,b"), 3, true},
                                    ParameterStyle::Simple,
                                    false),
                 QStringLiteral("a%2Cb,3,true"));
        // Headers are not percent-encoded.
        QCOMPARE(serializeParameter(QStringLiteral("X-Tags"),
                                    QJsonArray{QStringLiteral("a b"), QStringLiteral("c")},
                                    ParameterStyle::Simple,
                                    false,
                                    ParameterEncoding::None),
                 QStringLiteral("a b,c"));
        // Numbers keep their integer form; null and nothing write nothing.
        QCOMPARE(serializeParameter(QStringLiteral("n"), 2.5, ParameterStyle::Form, true),
                 QStringLiteral("n=2.5"));
        QCOMPARE(serializeParameter(QStringLiteral("n"), 42.0, ParameterStyle::Form, true),
                 QStringLiteral("n=42"));
        QCOMPARE(serializeParameter(QStringLiteral("n"),
                                    QJsonValue(QJsonValue::Null),
                                    ParameterStyle::Form,
                                    true),
                 QString());
        // Keys outside the declared order follow, by name.
        const QJsonObject object{{QStringLiteral("z"), 1},
                                 {QStringLiteral("a"), 2},
                                 {QStringLiteral("m"), 3}};
        QCOMPARE(serializeParameter(QStringLiteral("o"),
                                    object,
                                    ParameterStyle::Form,
                                    true,
                                    ParameterEncoding::Percent,
                                    {QStringLiteral("m")}),
                 QStringLiteral("m=3&a=2&z=1"));
    }

    void namesAndDefaults()
    {
        QCOMPARE(parameterStyleNamed(u"deepObject"),
                 std::optional<ParameterStyle>(ParameterStyle::DeepObject));
        QVERIFY(!parameterStyleNamed(u"csv"));
        QCOMPARE(defaultParameterStyle(ParameterLocation::Query), ParameterStyle::Form);
        QCOMPARE(defaultParameterStyle(ParameterLocation::Cookie), ParameterStyle::Form);
        QCOMPARE(defaultParameterStyle(ParameterLocation::Path), ParameterStyle::Simple);
        QCOMPARE(defaultParameterStyle(ParameterLocation::Header), ParameterStyle::Simple);
        QVERIFY(defaultExplode(ParameterStyle::Form));
        QVERIFY(!defaultExplode(ParameterStyle::Simple));
    }
};

QTEST_GUILESS_MAIN(TestParameterStyle)
#include "tst_parameterstyle.moc"
