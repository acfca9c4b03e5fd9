// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
// Names of enum values from one table: both ways, aliases, case, unknown names; and the tables
// of models/ that use it say what the documents spell.
#include "catalog/classification.h"
#include "catalog/operation.h"
#include "core/enumnames.h"
#include "request/parameterstyle.h"

#include <QTest>

using namespace Oxa;

namespace {

enum class Outcome : quint8 { Success, Failure, Skipped };

constexpr NamedValue<Outcome> kOutcomes[] = {
    {Outcome::Success, "onSuccess"},
    {Outcome::Failure, "onFailure"},
    {Outcome::Success, "success"}, // an alias: read, never written
};

} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothWays()
    {
        static_assert(nameOf(kOutcomes, Outcome::Failure)[2] == 'F'); // usable in constexpr
        QCOMPARE(nameOf(kOutcomes, Outcome::Success), "onSuccess");   // the first name
        QCOMPARE(nameOf(kOutcomes, Outcome::Skipped), "");
        QCOMPARE(nameOf(kOutcomes, Outcome::Skipped, "skipped"), "skipped");
        QCOMPARE(valueNamed(kOutcomes, u"onFailure"), std::optional(Outcome::Failure));
        QCOMPARE(valueNamed(kOutcomes, u"success"), std::optional(Outcome::Success));
        QCOMPARE(valueNamed(kOutcomes, u"ONSUCCESS"), std::nullopt);
        QCOMPARE(valueNamed(kOutcomes, u"ONSUCCESS", Qt::CaseInsensitive),
                 std::optional(Outcome::Success));
        QCOMPARE(valueNamed(kOutcomes, u""), std::nullopt);
        QCOMPARE(valueNamed(kOutcomes, u"onSuccess "), std::nullopt);
    }

    void theTablesOfTheModels()
    {
        for (ParameterLocation location : {ParameterLocation::Path,
                                           ParameterLocation::Query,
                                           ParameterLocation::Header,
                                           ParameterLocation::Cookie}) {
            QCOMPARE(parameterLocationNamed(QString::fromLatin1(parameterLocationName(location))),
                     std::optional(location));
        }
        QCOMPARE(parameterLocationNamed(u"body"), std::nullopt);  // Swagger 2 only
        QCOMPARE(parameterLocationNamed(u"Query"), std::nullopt); // OpenAPI spells it in lower case
        QCOMPARE(riskFromName(u"Destructive"), std::optional(Risk::Destructive));
        QCOMPARE(riskName(Risk::Response), "response");
        QCOMPARE(capabilityFromName(u"enrichment"), std::optional(Capability::Enrichment));
        QCOMPARE(capabilityFromName(u"attack"), std::nullopt);
        QCOMPARE(parameterStyleNamed(u"deepObject"), std::optional(ParameterStyle::DeepObject));
        QCOMPARE(parameterStyleNamed(u"deepobject"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
