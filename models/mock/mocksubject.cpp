// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mocksubject.h"

#include "catalog/catalog.h"
#include "document/jsontree.h"
#include "schema/realisticvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <array>

namespace Oxa {

namespace {

/** Names a record's indicator may go by, whatever its kind. */
constexpr std::array<const char *, 8> kSubjectNames{"indicator",
                                                    "observable",
                                                    "ioc",
                                                    "value",
                                                    "indicator_value",
                                                    "observable_value",
                                                    "artifact",
                                                    "entity"};

/** Names that say which kind of indicator a member holds. */
QStringList namesFor(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Ipv4:
        return {QStringLiteral("ip"),
                QStringLiteral("ip_address"),
                QStringLiteral("ipv4"),
                QStringLiteral("address"),
                QStringLiteral("ipAddress")};
    case IndicatorKind::Ipv6:
        return {QStringLiteral("ip"),
                QStringLiteral("ip_address"),
                QStringLiteral("ipv6"),
                QStringLiteral("address"),
                QStringLiteral("ipAddress")};
    case IndicatorKind::Cidr:
        return {QStringLiteral("cidr"), QStringLiteral("network"), QStringLiteral("range")};
    case IndicatorKind::Domain:
        return {QStringLiteral("domain"),
                QStringLiteral("hostname"),
                QStringLiteral("fqdn"),
                QStringLiteral("domain_name")};
    case IndicatorKind::Url:
        return {QStringLiteral("url"), QStringLiteral("uri")};
    case IndicatorKind::Email:
        return {QStringLiteral("email"), QStringLiteral("email_address"), QStringLiteral("address")};
    case IndicatorKind::Md5:
    case IndicatorKind::Sha1:
    case IndicatorKind::Sha256:
    case IndicatorKind::Sha512:
        return {indicatorKindName(kind), QStringLiteral("hash"), QStringLiteral("file_hash")};
    case IndicatorKind::Cve:
        return {QStringLiteral("cve"), QStringLiteral("cve_id"), QStringLiteral("vulnerability")};
    case IndicatorKind::None:
        break;
    }
    return {};
}

/** How the type member of a record may spell a kind, most common first. */
QStringList typeSpellings(IndicatorKind kind)
{
    const QString name = indicatorKindName(kind);
    switch (kind) {
    case IndicatorKind::Ipv4:
        return {name,
                QStringLiteral("ip"),
                QStringLiteral("ipv4-addr"),
                QStringLiteral("IPv4"),
                QStringLiteral("ip-address"),
                QStringLiteral("address")};
    case IndicatorKind::Ipv6:
        return {name,
                QStringLiteral("ip"),
                QStringLiteral("ipv6-addr"),
                QStringLiteral("IPv6"),
                QStringLiteral("ip-address"),
                QStringLiteral("address")};
    case IndicatorKind::Domain:
        return {name,
                QStringLiteral("domain-name"),
                QStringLiteral("hostname"),
                QStringLiteral("fqdn"),
                QStringLiteral("Domain")};
    case IndicatorKind::Url:
        return {name, QStringLiteral("uri"), QStringLiteral("URL")};
    case IndicatorKind::Email:
        return {name,
                QStringLiteral("email-addr"),
                QStringLiteral("email-address"),
                QStringLiteral("mail")};
    case IndicatorKind::Md5:
    case IndicatorKind::Sha1:
    case IndicatorKind::Sha256:
    case IndicatorKind::Sha512:
        return {name,
                name.toUpper(),
                QStringLiteral("hash"),
                QStringLiteral("file"),
                QStringLiteral("file-hash")};
    case IndicatorKind::Cidr:
        return {name, QStringLiteral("ipv4-net"), QStringLiteral("network")};
    case IndicatorKind::Cve:
        return {name, name.toUpper(), QStringLiteral("vulnerability")};
    case IndicatorKind::None:
        break;
    }
    return {};
}

QString normalised(const QString &indicator)
{
    QString out = indicator.trimmed().toLower();
    if (out.endsWith(u'.') && out.size() > 1)
        out.chop(1);
    return out;
}

bool isLimitName(const QString &name)
{
    static const QStringList names{QStringLiteral("limit"),
                                   QStringLiteral("per_page"),
                                   QStringLiteral("perpage"),
                                   QStringLiteral("page_size"),
                                   QStringLiteral("pagesize"),
                                   QStringLiteral("max_results"),
                                   QStringLiteral("maxresults"),
                                   QStringLiteral("size"),
                                   QStringLiteral("count"),
                                   QStringLiteral("top"),
                                   QStringLiteral("$top"),
                                   QStringLiteral("first"),
                                   QStringLiteral("take"),
                                   QStringLiteral("rows")};
    return names.contains(name.toLower());
}

} // namespace

quint64 stableHash(const QByteArray &bytes)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

const MockSubject::Value *MockSubject::indicator() const
{
    for (const Value &v : values) {
        if (v.kind != IndicatorKind::None)
            return &v;
    }
    return nullptr;
}

MockSubject MockSubject::of(const Operation &operation,
                            const QHash<QString, QString> &pathParameters,
                            const QByteArray &target,
                            const QByteArray &body)
{
    MockSubject subject;
    const auto add = [&](const QString &name, const QString &text) {
        if (text.isEmpty() || text.size() > 4096)
            return;
        subject.values.append({name, text, indicatorKind(text.trimmed())});
    };
    for (const Parameter &parameter : operation.parameters) {
        if (parameter.location == ParameterLocation::Path && pathParameters.contains(parameter.name))
            add(parameter.name, pathParameters.value(parameter.name));
    }
    const qsizetype mark = target.indexOf('?');
    const QUrlQuery query(mark >= 0 ? QString::fromUtf8(target.mid(mark + 1)) : QString());
    for (const Parameter &parameter : operation.parameters) {
        if (parameter.location != ParameterLocation::Query || !query.hasQueryItem(parameter.name))
            continue;
        const QString value = query.queryItemValue(parameter.name, QUrl::FullyDecoded);
        add(parameter.name, value);
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok && number > 0 && isLimitName(parameter.name) && !subject.limit)
            subject.limit = number;
    }
    if (body.isEmpty() || body.size() > 16 * 1024 * 1024)
        return subject;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            add(it.key(), v.toString());
        else if (v.isDouble())
            add(it.key(), QString::number(v.toDouble(), 'g', 17));
    }
    // The list a bulk request submits: an array of strings, most of them indicators.
    const auto listOf = [](const QJsonArray &array) {
        QStringList items;
        int indicators = 0;
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return QStringList();
            items << item.toString();
            if (indicatorKind(item.toString().trimmed()) != IndicatorKind::None)
                ++indicators;
        }
        return indicators * 2 >= items.size() ? items : QStringList();
    };
    if (document.isArray()) {
        subject.items = listOf(document.array());
    } else {
        for (auto it = object.begin(); it != object.end() && subject.items.isEmpty(); ++it) {
            if (it.value().isArray()) {
                subject.items = listOf(it.value().toArray());
                if (!subject.items.isEmpty())
                    subject.listName = it.key();
            }
        }
    }
    return subject;
}

QString IndicatorFacts::identifierField(const QJsonObject &record, IndicatorKind kind)
{
    for (const QString &name : namesFor(kind)) {
        if (record.value(name).isString())
            return name;
    }
    for (const char *name : kSubjectNames) {
        const QString key = QString::fromLatin1(name);
        if (record.value(key).isString())
            return key;
    }
    if (kind == IndicatorKind::None) {
        // A record seen in an example: any member whose name and value agree on a kind.
        for (auto it = record.begin(); it != record.end(); ++it) {
            const IndicatorKind found = indicatorKind(it.value().toString());
            if (found != IndicatorKind::None && namesFor(found).contains(it.key()))
                return it.key();
        }
    }
    return QString();
}

QString IndicatorFacts::verdictField(const QJsonObject &record)
{
    for (const char *name :
         {"verdict", "disposition", "classification", "reputation", "maliciousness", "threat_level"}) {
        const QString key = QString::fromLatin1(name);
        if (record.value(key).isString())
            return key;
    }
    return QString();
}

QString IndicatorFacts::scoreField(const QJsonObject &record)
{
    for (const char *name : {"score",
                             "risk_score",
                             "threat_score",
                             "reputation_score",
                             "malicious_score",
                             "confidence",
                             "risk"}) {
        const QString key = QString::fromLatin1(name);
        if (record.value(key).isDouble())
            return key;
    }
    return QString();
}

IndicatorFacts::IndicatorFacts(const Catalog &catalog)
{
    int seen = 0;
    std::function<void(const QJsonValue &, int)> walk = [&](const QJsonValue &value, int depth) {
        if (depth > 16 || seen > 20'000)
            return;
        ++seen;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                walk(item, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject record = value.toObject();
        const QString id = identifierField(record);
        const QString verdictKey = verdictField(record);
        if (!id.isEmpty() && !verdictKey.isEmpty()) {
            const QString indicator = normalised(record.value(id).toString());
            const QString verdict = record.value(verdictKey).toString();
            Facts facts{verdict, std::nullopt, true};
            if (const QString scoreKey = scoreField(record); !scoreKey.isEmpty()) {
                const double score = record.value(scoreKey).toDouble();
                facts.score = score;
                auto range = m_scores.find(verdict);
                if (range == m_scores.end())
                    m_scores.insert(verdict, {score, score});
                else
                    *range = {std::min(range->first, score), std::max(range->second, score)};
            }
            if (!m_verdicts.contains(verdict))
                m_verdicts << verdict;
            if (!m_known.contains(indicator))
                m_known.insert(indicator, facts);
        }
        for (auto it = record.begin(); it != record.end(); ++it)
            walk(it.value(), depth + 1);
    };
    for (const Operation &operation : catalog.operations()) {
        for (const Response &response : operation.responses) {
            for (const MediaType &media : response.content) {
                if (media.example)
                    walk(toQJsonValue(*media.example), 0);
                if (media.examples && media.examples->isObject()) {
                    for (const JsonMember &member : media.examples.members()) {
                        if (const JsonNode *v = member.value.get("value"))
                            walk(toQJsonValue(*v), 0);
                    }
                }
            }
        }
    }
}

IndicatorFacts::Facts IndicatorFacts::about(const QString &indicator, quint64 seed) const
{
    const QString key = normalised(indicator);
    if (const auto it = m_known.constFind(key); it != m_known.constEnd())
        return *it;
    Facts facts;
    if (m_verdicts.isEmpty())
        return facts;
    RealisticValues draw(seed ^ stableHash(key.toUtf8()), QDateTime());
    facts.verdict = m_verdicts.at(draw.below(quint32(m_verdicts.size())));
    if (const auto range = m_scores.constFind(facts.verdict); range != m_scores.constEnd())
        facts.score = range->first + draw.below(quint32(range->second - range->first + 1));
    return facts;
}

QJsonObject recordAbout(QJsonObject record,
                        const QString &indicator,
                        const IndicatorFacts::Facts &facts,
                        quint64 seed,
                        const std::function<bool(const QJsonObject &)> &fits)
{
    const IndicatorKind kind = indicatorKind(indicator.trimmed());
    const auto attempt = [&](const QString &key, const QJsonValue &value) {
        if (key.isEmpty() || record.value(key) == value)
            return record.value(key) == value && !key.isEmpty();
        QJsonObject tried = record;
        tried.insert(key, value);
        if (!fits(tried))
            return false;
        record = tried;
        return true;
    };
    const QString id = IndicatorFacts::identifierField(record, kind);
    if (!attempt(id, indicator) && !attempt(id, indicator.toLower()))
        return record; // no member can hold it: the record says nothing about it
    if (isHashKind(kind)) {
        // The other hashes of the same file, made up from this one so that they stay the same.
        RealisticValues hashes(seed ^ stableHash(normalised(indicator).toUtf8()), QDateTime());
        for (const char *name : {"md5", "sha1", "sha256", "sha512"}) {
            const QString key = QString::fromLatin1(name);
            if (key != id && record.value(key).isString())
                attempt(key, hashes.forFormat(name));
        }
    }
    for (const char *name : {"type", "indicator_type", "observable_type", "ioc_type", "kind"}) {
        const QString key = QString::fromLatin1(name);
        if (!record.value(key).isString())
            continue;
        for (const QString &spelling : typeSpellings(kind)) {
            if (attempt(key, spelling))
                break;
        }
        break;
    }
    if (!facts.verdict.isEmpty() && attempt(IndicatorFacts::verdictField(record), facts.verdict)) {
        // Sources listed in the record agree with it.
        for (const QString &member : record.keys()) {
            if (!record.value(member).isArray())
                continue;
            QJsonArray list = record.value(member).toArray();
            for (QJsonValueRef item : list) {
                QJsonObject nested = item.toObject();
                const QString key = IndicatorFacts::verdictField(nested);
                if (!key.isEmpty()) {
                    nested.insert(key, facts.verdict);
                    item = nested;
                }
            }
            QJsonObject tried = record;
            tried.insert(member, list);
            if (fits(tried))
                record = tried;
        }
    }
    if (facts.score)
        attempt(IndicatorFacts::scoreField(record), *facts.score);
    return record;
}

} // namespace Oxa
