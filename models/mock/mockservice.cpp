// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockservice.h"

#include "core/headers.h"
#include "core/jsonwriter.h"
#include "document/jsonpointer.h"
#include "document/jsonreader.h"
#include "document/textlimits.h"
#include "mock/mocksubject.h"
#include "request/authentication.h"
#include "request/requestvalues.h"
#include "schema/fieldshape.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace Oxa {

namespace {

QString lastSegmentParameter(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString last = path.mid(slash + 1);
    if (last.size() > 2 && last.startsWith(u'{') && last.endsWith(u'}'))
        return last.mid(1, last.size() - 2);
    return QString();
}

QString cookieValue(const QByteArray &cookies, const QString &name)
{
    for (const QByteArray &part : cookies.split(';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && QString::fromUtf8(part.left(equals).trimmed()) == name)
            return QString::fromUtf8(part.mid(equals + 1).trimmed());
    }
    return QString();
}

/** Where the records of a list answer are: the array itself, or its first array of objects. */
QString recordsKey(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            if (array.isEmpty() || array.first().isObject())
                return it.key();
        }
    }
    return QString();
}

/** The records of a list answer (the body itself, or its member `*key`); empty if none. */
QJsonArray recordsOf(const QJsonValue &body, QString *key)
{
    *key = body.isObject() ? recordsKey(body.toObject()) : QString();
    return body.isArray() ? body.toArray() : body.toObject().value(*key).toArray();
}

/** The list answer with other records in the same place. */
QJsonValue withRecords(const QJsonValue &body, const QString &key, const QJsonArray &records)
{
    if (!body.isObject())
        return records;
    QJsonObject object = body.toObject();
    object.insert(key, records);
    return object;
}

/** The member that holds a resource's id: the path parameter's name, else "id", else "uuid". */
QString idKey(const QJsonObject &object, const QString &idName)
{
    for (const QString &key : {idName, QStringLiteral("id"), QStringLiteral("uuid")}) {
        if (object.contains(key))
            return key;
    }
    return QString();
}

/** The id as text; empty when there is none, or when it is neither a string nor a number. */
QString idOf(const QJsonObject &object, const QString &idName)
{
    const QJsonValue v = object.value(idKey(object, idName));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

} // namespace

QByteArray MockRequest::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

MockService::MockService(std::shared_ptr<const Catalog> catalog,
                         std::shared_ptr<SchemaSet> schemas,
                         MockOptions options)
    : m_catalog(catalog)
    , m_schemas(schemas)
    , m_options(std::move(options))
    , m_router(catalog)
    , m_responder(catalog, schemas)
    , m_draws(m_options.seed, QDateTime())
    , m_facts(*m_catalog)
{
    if (!m_options.now.isValid()) {
        // To the minute: answers stay the same while the back-end runs.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_options.now
            = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    }
    if (!m_catalog->servers().isEmpty()) {
        const QUrl server(m_catalog->servers().front().url);
        QString path = server.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        if (!path.contains(u'{'))
            m_basePath = path;
    }
    // A collection keeps state when the document creates in it (POST on it) and reaches its
    // items by id (an operation on "/collection/{id}").
    QSet<QString> created;
    for (const Operation &operation : m_catalog->operations()) {
        if (operation.method == u"POST" && lastSegmentParameter(operation.path).isEmpty())
            created.insert(operation.path);
    }
    for (const Operation &operation : m_catalog->operations()) {
        QString parameter;
        const QString collection = collectionPathOf(operation, &parameter);
        if (!parameter.isEmpty() && created.contains(collection)
            && !m_collections.contains(collection))
            m_collections[collection].idName = parameter;
    }
}

MockReply MockService::generated(const Operation &operation,
                                 const QByteArray &prefer,
                                 const QByteArray &seedKey) const
{
    const QByteArray cacheKey = operation.key.toUtf8() + '\n' + prefer + '\n' + seedKey;
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return *it;
    MockReply reply
        = m_responder.reply(operation, prefer, m_options.seed ^ stableHash(seedKey), m_options.now);
    if (reply.fromExample && mediaKindOf(QString::fromLatin1(reply.contentType)) == MediaKind::Json)
        reply.body = rebased(reply.body, m_options.now);
    if (m_cache.size() >= 1024)
        m_cache.clear();
    m_cache.insert(cacheKey, reply);
    return reply;
}

QByteArray MockService::rebased(const QByteArray &json, const QDateTime &now)
{
    static const QRegularExpression instant(QStringLiteral(
        "\"(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2}))?\""));
    const QString text = QString::fromUtf8(json);
    QDateTime latest;
    auto matches = instant.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QDateTime at
            = match.captured(2).isEmpty()
                  ? QDateTime(QDate::fromString(match.captured(1), Qt::ISODate),
                              QTime(12, 0),
                              Qt::UTC)
                  : QDateTime::fromString(match.captured(1) + match.captured(2), Qt::ISODateWithMs);
        if (at.isValid() && (!latest.isValid() || at > latest))
            latest = at;
    }
    if (!latest.isValid())
        return json;
    const qint64 days = qint64(std::floor(double(latest.secsTo(now)) / 86400.0));
    if (days == 0)
        return json;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    matches = instant.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!date.isValid()) {
            out += match.captured(0);
            continue;
        }
        out += u'"' + date.addDays(days).toString(Qt::ISODate) + match.captured(2) + u'"';
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

bool MockService::isDescriptionPath(const QString &path)
{
    return path == u"/openapi.json" || path == u"/openapi.yaml" || path == u"/openapi.yml";
}

MockReply MockService::description(const QByteArray &host, bool yaml) const
{
    // The document as the mock reads it (OpenAPI 3, members in their order), its servers led
    // by this back-end's own address so that a client that loads it calls the mock. JSON is
    // YAML too: the YAML address serves the same text.
    if (m_descriptions.size() > 8 && !m_descriptions.contains(host))
        m_descriptions.clear(); // a few names for this host, not one per request
    QByteArray &cached = m_descriptions[host];
    if (cached.isEmpty()) {
        const NodeRef root = m_catalog->document().root();
        JsonWriter writer(JsonWriter::Style::Indented);
        writer.beginObject();
        bool wroteServers = false;
        const auto writeServers = [&](const JsonNode *declared) {
            writer.key(std::string_view("servers"));
            writer.beginArray();
            if (!host.isEmpty() && !host.contains('/') && !host.contains(' ')) {
                writer.beginObject();
                writer.key(std::string_view("url"));
                writer.value(QString(u"http://" + QString::fromLatin1(host) + m_basePath));
                writer.key(std::string_view("description"));
                writer.value(QStringView(u"This mock back-end"));
                writer.endObject();
            }
            if (declared) {
                for (const JsonNode &server : declared->items())
                    writeJson(writer, server, 512);
            }
            writer.endArray();
            wroteServers = true;
        };
        for (const JsonMember &member : root.members()) {
            if (member.key() == "servers") {
                writeServers(&member.value);
                continue;
            }
            if (!wroteServers && (member.key() == "paths" || member.key() == "components"))
                writeServers(nullptr);
            writer.key(member.key());
            writeJson(writer, member.value, 512);
        }
        if (!wroteServers)
            writeServers(nullptr);
        writer.endObject();
        cached = writer.finish();
    }
    MockReply reply;
    reply.contentType = yaml ? "application/yaml" : "application/json";
    reply.body = cached;
    return reply;
}

MockAnswer MockService::handle(const MockRequest &request)
{
    MockAnswer answer;
    QByteArray path = request.target;
    QByteArray query;
    if (const qsizetype mark = path.indexOf('?'); mark >= 0) {
        query = path.mid(mark + 1);
        path.truncate(mark);
    }
    QString decodedPath = QString::fromUtf8(path);
    if (!m_basePath.isEmpty()
        && (decodedPath == m_basePath || decodedPath.startsWith(m_basePath + u'/')))
        decodedPath = decodedPath.mid(m_basePath.size());
    if (decodedPath.isEmpty())
        decodedPath = QStringLiteral("/");
    const QString method = QString::fromLatin1(request.method).toUpper();

    if (m_options.latencyMs > 0) {
        const double jitter = 0.8 + 0.4 * m_draws.unit();
        answer.delayMs = int(std::lround(m_options.latencyMs * jitter));
    }

    const auto routed = m_router.route(method, decodedPath);
    if (std::holds_alternative<MockRouter::Miss>(routed) && (method == u"GET" || method == u"HEAD")
        && isDescriptionPath(decodedPath)) {
        // Where back-ends publish their description, so that "Connect to Back-end" finds it.
        answer.reply = description(request.header("Host"),
                                   decodedPath.endsWith(u".yaml") || decodedPath.endsWith(u".yml"));
        answer.note = QStringLiteral("description");
        return answer;
    }
    if (const auto *miss = std::get_if<MockRouter::Miss>(&routed)) {
        if (*miss == MockRouter::Miss::NoMethod) {
            answer.reply
                = MockResponder::problem(405,
                                         tr("Method not allowed"),
                                         tr("%1 does not accept %2.").arg(decodedPath, method));
            answer.headers.append(
                {QByteArray("Allow"),
                 m_router.methodsFor(decodedPath).join(QStringLiteral(", ")).toLatin1()});
        } else {
            answer.reply
                = MockResponder::problem(404,
                                         tr("Not found"),
                                         tr("The document has no operation at %1.").arg(decodedPath));
        }
        answer.note = QStringLiteral("no operation");
        return answer;
    }
    const MockRoute &route = std::get<MockRoute>(routed);
    const Operation &operation = *route.operation;
    answer.operationKey = operation.key;

    // Injected failures, drawn in request order from the seed.
    const double roll = m_draws.unit();
    if (roll < m_options.timeoutRate) {
        answer.fate = MockAnswer::Fate::Timeout;
        answer.note = QStringLiteral("injected timeout");
        return answer;
    }
    if (roll < m_options.timeoutRate + m_options.throttleRate) {
        answer.reply = MockResponder::problem(429,
                                              tr("Too many requests"),
                                              tr("The mock back-end is throttling (injected)."));
        answer.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        answer.note = QStringLiteral("injected 429");
        return answer;
    }
    if (roll < m_options.timeoutRate + m_options.throttleRate + m_options.errorRate) {
        answer.reply
            = MockResponder::problem(500,
                                     tr("Internal server error"),
                                     tr("The mock back-end failed on purpose (injected)."));
        answer.note = QStringLiteral("injected 500");
        return answer;
    }

    if (request.body.size() > m_options.maxBodyBytes) {
        answer.reply
            = MockResponder::problem(413,
                                     tr("Request too large"),
                                     tr("The body has %1 bytes; the mock back-end accepts %2.")
                                         .arg(request.body.size())
                                         .arg(m_options.maxBodyBytes));
        answer.note = QStringLiteral("body too large");
        return answer;
    }

    if (m_options.validateRequests) {
        const QList<RequestProblem> problems = check(operation, route.pathParameters, request);
        if (!problems.isEmpty()) {
            int status = 400;
            for (const RequestProblem &p : problems) {
                if (p.in == u"security")
                    status = 401;
                else if (p.in == u"content-type" && status == 400)
                    status = 415;
            }
            // As Prism: an invalid request is answered with the operation's 422 when it
            // declares one, else its 400 (or 4XX, or default).
            if (const Response *declared = operation.responseFor(422);
                status == 400 && declared && declared->code == u"422")
                status = 422;
            const QString title = status == 401   ? tr("Unauthorized")
                                  : status == 415 ? tr("Unsupported media type")
                                                  : tr("Invalid request");
            answer.reply = m_responder.refusal(operation,
                                               status,
                                               title,
                                               tr("%n problem(s) with this request for %1.",
                                                  nullptr,
                                                  int(problems.size()))
                                                   .arg(operation.key),
                                               problems);
            if (status == 401)
                answer.headers.append(
                    {QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"oxa-mock\"")});
            answer.note = QStringLiteral("invalid request");
            return answer;
        }
    }

    const QByteArray prefer = request.header("Prefer");
    const MockSubject subject
        = MockSubject::of(operation, route.pathParameters, request.target, request.body);
    const QByteArray seedKey = request.method + ' ' + request.target;
    if (m_options.stateful) {
        if (std::optional<MockAnswer> kept = stateful(operation, route, request, prefer)) {
            kept->delayMs = answer.delayMs;
            kept->operationKey = answer.operationKey;
            tailor(operation, subject, prefer, seedKey, &kept->reply);
            return *kept;
        }
    }
    answer.reply = generated(operation, prefer, seedKey);
    answer.note = answer.reply.note;
    tailor(operation, subject, prefer, seedKey, &answer.reply);
    return answer;
}

QList<RequestProblem> MockService::check(const Operation &operation,
                                         const QHash<QString, QString> &pathParameters,
                                         const MockRequest &request) const
{
    QList<RequestProblem> problems;
    const QByteArray target = request.target;
    const qsizetype mark = target.indexOf('?');
    const QUrlQuery query(mark >= 0 ? QString::fromUtf8(target.mid(mark + 1)) : QString());

    // Security: one of the requirements must be met entirely; an empty one means anonymous.
    if (!operation.security.isEmpty()) {
        bool met = false;
        QStringList wanted;
        for (const SecurityRequirement &requirement : operation.security) {
            bool all = true;
            for (const auto &[name, scopes] : requirement.schemes) {
                Q_UNUSED(scopes)
                const SecurityScheme *scheme = m_catalog->securityScheme(name);
                if (!scheme)
                    continue; // a dangling requirement: the loader reported it
                const QByteArray authorization = request.header("Authorization");
                bool present = true;
                if (scheme->type == u"apiKey") {
                    if (scheme->in == u"query")
                        present = query.hasQueryItem(scheme->parameterName);
                    else if (scheme->in == u"cookie")
                        present = !cookieValue(request.header("Cookie"), scheme->parameterName)
                                       .isEmpty();
                    else
                        present = !request.header(scheme->parameterName.toUtf8()).isEmpty();
                    wanted << tr("the %1 key (%2 %3)").arg(name, scheme->in, scheme->parameterName);
                } else if (scheme->type == u"http") {
                    const QByteArray expected = scheme->scheme.toLatin1().toLower() + ' ';
                    present = authorization.toLower().startsWith(expected)
                              && authorization.size() > expected.size();
                    wanted << tr("HTTP %1 authentication").arg(scheme->scheme);
                } else if (isTokenScheme(*scheme)) {
                    present = authorization.toLower().startsWith("bearer ");
                    wanted << tr("an OAuth 2 bearer token (%1)").arg(name);
                }
                all = all && present;
            }
            if (all) {
                met = true;
                break;
            }
        }
        if (!met)
            problems.append({QStringLiteral("security"),
                             QString(),
                             QString(),
                             tr("Credentials are missing: %1.").arg(wanted.join(tr(" or ")))});
    }

    // The values as the document reads them, then the one check of every request.
    const RequestCheck checking(*m_schemas, operation, 10);
    RequestValues values;
    QSet<QString> givenEmpty; ///< allowEmptyValue parameters given empty: accepted as they are
    for (const Parameter &parameter : operation.parameters) {
        if (isIgnoredHeader(parameter))
            continue;
        QStringList given;
        switch (parameter.location) {
        case ParameterLocation::Path:
            if (pathParameters.contains(parameter.name))
                given << pathParameters.value(parameter.name);
            break;
        case ParameterLocation::Query:
            given = query.allQueryItemValues(parameter.name, QUrl::FullyDecoded);
            break;
        case ParameterLocation::Header:
            if (const QByteArray value = request.header(parameter.name.toUtf8()); !value.isNull())
                given << QString::fromUtf8(value);
            break;
        case ParameterLocation::Cookie:
            if (const QString value = cookieValue(request.header("Cookie"), parameter.name);
                !value.isEmpty())
                given << value;
            break;
        }
        if (given.isEmpty())
            continue;
        if (given.size() == 1 && given.front().isEmpty() && parameter.allowEmptyValue) {
            givenEmpty.insert(parameter.name);
            continue;
        }
        values.at(parameter.location)
            .insert(parameter.name,
                    valueFromText(describeParameterField(*m_schemas, checking.schemaOf(parameter)),
                                  given.join(u',')));
    }
    for (const RequestProblem &problem : checking.parameterProblems(values)) {
        if (!givenEmpty.contains(problem.name))
            problems.append(problem);
    }

    if (operation.requestBody) {
        const RequestBody &body = *operation.requestBody;
        if (request.body.isEmpty()) {
            problems += checking.bodyProblems(values);
            return problems;
        }
        QString contentType = QString::fromLatin1(request.header("Content-Type"));
        contentType = contentType.section(u';', 0, 0).trimmed().toLower();
        const MediaType *media = mediaForContentType(body.content, contentType);
        if (!media && !body.content.isEmpty()) {
            QStringList declared;
            for (const MediaType &m : body.content)
                declared << m.name;
            problems.append(
                {QStringLiteral("content-type"),
                 QString(),
                 QString(),
                 tr("%1 is not accepted here; the document declares %2.")
                     .arg(contentType.isEmpty() ? tr("A body without a type") : contentType,
                          declared.join(QStringLiteral(", ")))});
            return problems;
        }
        if (media && mediaKindOf(media->name) == MediaKind::Json) {
            JsonTree tree(request.body, SourceFormat::Json);
            Diagnostics findings;
            LoadLimits limits;
            limits.maxDepth = 128;
            if (const auto read = JsonReader::read(tree, limits, findings); !read) {
                problems.append({QStringLiteral("body"),
                                 QString(),
                                 QString(),
                                 tr("is not valid JSON: %1").arg(read.error().message)});
                return problems;
            }
            for (const ValidationError &error : checking.bodyErrors(media->name, *tree.root()))
                problems.append(
                    {QStringLiteral("body"), QString(), error.instancePointer, error.message});
        }
    }
    return problems;
}

void MockService::tailor(const Operation &operation,
                         const MockSubject &subject,
                         const QByteArray &prefer,
                         const QByteArray &seedKey,
                         MockReply *reply) const
{
    if (reply->status < 200 || reply->status > 299
        || mediaKindOf(QString::fromLatin1(reply->contentType)) != MediaKind::Json)
        return;
    const Schema *schema = m_responder.responseSchema(operation, reply->status);
    const auto fits = [&](const QJsonValue &value) { return m_responder.fits(schema, value); };
    const auto parsed = [](const QByteArray &bytes) {
        const QJsonDocument d = QJsonDocument::fromJson(bytes);
        return d.isArray()    ? QJsonValue(d.array())
               : d.isObject() ? QJsonValue(d.object())
                              : QJsonValue(QJsonValue::Undefined);
    };
    QJsonValue body = parsed(reply->body);
    if (body.isUndefined())
        return;
    const QJsonValue received = body;
    const quint64 seed = m_options.seed;

    // One indicator asked about: the example that says the most about it, made about it.
    const MockSubject::Value *asked = subject.items.isEmpty() ? subject.indicator() : nullptr;
    if (asked && body.isObject()
        && !IndicatorFacts::identifierField(body.toObject(), asked->kind).isEmpty()) {
        const IndicatorFacts::Facts facts = m_facts.about(asked->text, seed);
        if (prefer.isEmpty()) {
            const auto examples = m_responder.examples(operation, reply->status);
            const QString chosen = templateFor(examples, asked->text, facts, seed);
            if (!chosen.isEmpty() && chosen != reply->exampleName) {
                const MockReply other = generated(operation, "example=" + chosen.toUtf8(), seedKey);
                if (other.status == reply->status && !parsed(other.body).isUndefined()) {
                    *reply = other;
                    body = parsed(other.body);
                }
            }
        }
        body = recordAbout(body.toObject(), asked->text, facts, seed, fits);
    }

    // A bulk request: one record per item, in its order, each as a single look-up answers.
    if (!subject.items.isEmpty()) {
        QString key;
        const QJsonArray records = recordsOf(body, &key);
        if (!records.isEmpty() && records.first().isObject()
            && !IndicatorFacts::identifierField(records.first().toObject()).isEmpty()) {
            QList<QPair<QString, QJsonValue>> templates;
            for (const QJsonValue &record : records)
                templates.append({QString(), record});
            QJsonArray made;
            QHash<QString, int> counts;
            for (const QString &item : subject.items.mid(0, 1000)) {
                const IndicatorFacts::Facts facts = m_facts.about(item, seed);
                const qsizetype index = templateIndex(templates, item, facts, seed);
                const QJsonObject record
                    = recordAbout(templates.at(index).second.toObject(),
                                  item,
                                  facts,
                                  seed,
                                  [&](const QJsonObject &r) {
                                      return fits(withRecords(body, key, QJsonArray{r}));
                                  });
                made.append(record);
                ++counts[record.value(IndicatorFacts::verdictField(record)).toString()];
            }
            QJsonValue bulk = withRecords(body, key, made);
            if (bulk.isObject()) {
                // Counts beside the records count them: per verdict, and in all.
                QJsonObject object = bulk.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (it.key() == key)
                        continue;
                    if (it.value().isObject()) {
                        QJsonObject summary = it.value().toObject();
                        bool verdicts = !summary.isEmpty();
                        for (auto s = summary.begin(); s != summary.end(); ++s)
                            verdicts = verdicts && s.value().isDouble();
                        if (!verdicts)
                            continue;
                        for (auto s = summary.begin(); s != summary.end(); ++s)
                            s.value() = counts.value(s.key());
                        it.value() = summary;
                    } else if (it.value().isDouble()
                               && (it.key() == u"total" || it.key() == u"count")) {
                        it.value() = made.size();
                    }
                }
                bulk = object;
            }
            if (fits(bulk))
                body = bulk;
        }
    }

    // The values the request carries, in the members of the answer with the same name.
    if (body.isObject()) {
        QJsonObject object = body.toObject();
        for (const MockSubject::Value &value : subject.values) {
            if (!object.contains(value.name) || value.kind != IndicatorKind::None)
                continue;
            const QJsonValue old = object.value(value.name);
            bool numeric = false;
            const double number = value.text.toDouble(&numeric);
            const QJsonValue echoed
                = old.isDouble() && numeric ? QJsonValue(number) : QJsonValue(value.text);
            if (old == echoed || old.isObject() || old.isArray())
                continue;
            QJsonObject tried = object;
            tried.insert(value.name, echoed);
            if (fits(tried))
                object = tried;
        }
        body = object;
    }

    // As many records as asked for: fewer cut, more made (when the answer is made up).
    if (subject.limit && subject.items.isEmpty()) {
        QString key;
        QJsonArray records = recordsOf(body, &key);
        if (body.isArray() || !key.isEmpty()) {
            const qsizetype wanted = std::min(*subject.limit, 200);
            for (int round = 1; records.size() < wanted && !reply->fromExample && round <= 50;
                 ++round) {
                const QJsonValue more = parsed(
                    generated(operation, prefer, seedKey + "#more" + QByteArray::number(round)).body);
                QString moreKey;
                const QJsonArray extra = recordsOf(more, &moreKey);
                for (const QJsonValue &record : extra) {
                    if (records.size() < wanted && !records.contains(record))
                        records.append(record);
                }
            }
            while (records.size() > *subject.limit)
                records.removeLast();
            const QJsonValue bounded = withRecords(body, key, records);
            if (fits(bounded))
                body = bounded;
        }
    }
    if (body != received) {
        reply->body = compactJson(body);
        if (reply->exampleName.isEmpty())
            reply->fromExample = false;
    }
}

qsizetype MockService::templateIndex(const QList<QPair<QString, QJsonValue>> &templates,
                                     const QString &indicator,
                                     const IndicatorFacts::Facts &facts,
                                     quint64 seed)
{
    if (templates.isEmpty())
        return -1;
    // The one about this indicator, else one with its verdict, else one drawn for it.
    const QString wanted = indicator.trimmed().toLower();
    QList<qsizetype> sameVerdict;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonObject record = templates.at(i).second.toObject();
        const QString id = IndicatorFacts::identifierField(record);
        if (!id.isEmpty() && record.value(id).toString().toLower() == wanted)
            return i;
        const QString verdict = IndicatorFacts::verdictField(record);
        if (!facts.verdict.isEmpty() && !verdict.isEmpty()
            && record.value(verdict).toString() == facts.verdict)
            sameVerdict << i;
    }
    const quint64 draw = stableHash(wanted.toUtf8()) ^ seed;
    if (!sameVerdict.isEmpty())
        return sameVerdict.at(qsizetype(draw % quint64(sameVerdict.size())));
    if (facts.score) {
        // The nearest score: its details are the least at odds with the verdict.
        qsizetype nearest = -1;
        double distance = 0;
        for (qsizetype i = 0; i < templates.size(); ++i) {
            const QJsonObject record = templates.at(i).second.toObject();
            const QString score = IndicatorFacts::scoreField(record);
            const double d = std::abs(record.value(score).toDouble() - *facts.score);
            if (!score.isEmpty() && (nearest < 0 || d < distance)) {
                nearest = i;
                distance = d;
            }
        }
        if (nearest >= 0)
            return nearest;
    }
    return qsizetype(draw % quint64(templates.size()));
}

QString MockService::templateFor(const QList<QPair<QString, QJsonValue>> &examples,
                                 const QString &indicator,
                                 const IndicatorFacts::Facts &facts,
                                 quint64 seed)
{
    const qsizetype index = templateIndex(examples, indicator, facts, seed);
    return index < 0 ? QString() : examples.at(index).first;
}

QJsonObject MockService::conform(QJsonObject value,
                                 const QJsonObject &base,
                                 const Schema *schema) const
{
    if (!schema)
        return value;
    SchemaValidator::Options options;
    options.direction = SchemaValidator::Direction::Response;
    options.maxErrors = 20;
    const SchemaValidator validator(*m_schemas, options);
    // What the request gave wins where the schema accepts it; the rest comes from `base`.
    for (int round = 0; round < 8; ++round) {
        const auto tree = treeOf(value);
        const QList<ValidationError> errors = validator.validate(*schema, *tree->root());
        if (errors.isEmpty())
            return value;
        bool changed = false;
        for (const ValidationError &error : errors) {
            const auto tokens = JsonPointer::parse(error.instancePointer.toStdString());
            const QString key
                = tokens && !tokens->empty() ? QString::fromStdString(tokens->front()) : QString();
            if (key.isEmpty()) {
                for (auto it = base.begin(); it != base.end(); ++it) {
                    if (!value.contains(it.key())) {
                        value.insert(it.key(), it.value());
                        changed = true;
                    }
                }
            } else if (base.contains(key) && value.value(key) != base.value(key)) {
                value.insert(key, base.value(key));
                changed = true;
            } else if (!base.contains(key) && value.contains(key)) {
                value.remove(key);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return base;
}

MockReply MockService::withBody(MockReply reply, const QJsonValue &body) const
{
    reply.body = compactJson(body);
    reply.exampleName.clear();
    return reply;
}

QString MockService::collectionPathOf(const Operation &operation, QString *idParameter) const
{
    const QString parameter = lastSegmentParameter(operation.path);
    const QString collection = parameter.isEmpty()
                                   ? operation.path
                                   : operation.path.left(operation.path.lastIndexOf(u'/'));
    if (idParameter)
        *idParameter = parameter;
    return collection;
}

std::optional<MockAnswer> MockService::stateful(const Operation &operation,
                                                const MockRoute &route,
                                                const MockRequest &request,
                                                const QByteArray &prefer)
{
    MockAnswer answer;
    QString idParameter;
    const QString collectionPath = collectionPathOf(operation, &idParameter);
    const auto found = m_collections.find(collectionPath);
    if (found == m_collections.end() || !prefer.isEmpty())
        return std::nullopt;
    Collection &collection = *found;
    if (!idParameter.isEmpty() && idParameter != collection.idName)
        return std::nullopt;
    const QByteArray seedKey = request.method + ' ' + request.target;
    MockReply reply = generated(operation, prefer, seedKey);
    const bool ok = reply.status >= 200 && reply.status < 300;
    const QJsonDocument generatedBody = QJsonDocument::fromJson(reply.body);
    const QJsonObject requestObject = QJsonDocument::fromJson(request.body).object();
    const Schema *schema = ok ? m_responder.responseSchema(operation, reply.status) : nullptr;

    if (idParameter.isEmpty() && operation.method == u"POST") {
        if (!ok)
            return std::nullopt;
        // Each creation its own generated resource and id, the same sequence for a seed; the
        // request's fields win where the schema accepts them.
        QJsonObject created;
        QString id;
        for (int attempt = 0; attempt < 20; ++attempt) {
            reply = generated(operation,
                              prefer,
                              seedKey + '#' + QByteArray::number(++collection.creations));
            const QJsonDocument fresh = QJsonDocument::fromJson(reply.body);
            if (!fresh.isObject())
                return std::nullopt;
            created = fresh.object();
            for (auto it = requestObject.begin(); it != requestObject.end(); ++it)
                created.insert(it.key(), it.value());
            created = conform(created, fresh.object(), schema);
            id = idOf(created, collection.idName);
            if (id.isEmpty())
                return std::nullopt;
            if (!collection.items.contains(id) && !collection.deleted.contains(id))
                break;
        }
        if (collection.items.contains(id) || collection.deleted.contains(id)) {
            answer.reply = MockResponder::problem(
                409,
                tr("No new id"),
                tr("The schema lets the mock make no id that is not taken yet (%1).").arg(id));
            answer.note = QStringLiteral("no new id");
            return answer;
        }
        collection.items.insert(id, created);
        collection.order.append(id);
        answer.reply = withBody(reply, created);
        answer.note = QStringLiteral("created %1").arg(id);
        return answer;
    }

    if (idParameter.isEmpty() && operation.method == u"GET") {
        // The list: what was created, newest first, then what the document makes up.
        QJsonArray stored;
        for (auto it = collection.order.crbegin(); it != collection.order.crend(); ++it)
            stored.append(collection.items.value(*it));
        const auto merged = [&](QJsonArray generatedItems) {
            QJsonArray out = stored;
            for (const QJsonValue &item : generatedItems) {
                const QString id = idOf(item.toObject(), collection.idName);
                if (!collection.deleted.contains(id) && !collection.items.contains(id))
                    out.append(item);
            }
            return out;
        };
        QJsonValue body;
        if (generatedBody.isArray()) {
            body = merged(generatedBody.array());
        } else if (generatedBody.isObject()) {
            QJsonObject object = generatedBody.object();
            const QString key = recordsKey(object);
            if (key.isEmpty()) {
                return std::nullopt;
            }
            object.insert(key, merged(object.value(key).toArray()));
            body = object;
        } else {
            return std::nullopt;
        }
        if (!m_responder.fits(schema, body)) {
            answer.reply = reply;
            answer.note = QStringLiteral("created items do not fit the list");
            return answer;
        }
        answer.reply = withBody(reply, body);
        answer.note = QStringLiteral("%1 created before").arg(stored.size());
        return answer;
    }

    const QString id = route.pathParameters.value(idParameter);
    if (collection.deleted.contains(id)) {
        answer.reply = MockResponder::problem(404, tr("Not found"), tr("%1 was deleted.").arg(id));
        answer.note = QStringLiteral("deleted before");
        return answer;
    }
    const bool known = collection.items.contains(id);
    if (operation.method == u"DELETE") {
        collection.items.remove(id);
        collection.order.removeAll(id);
        collection.deleted.insert(id);
        answer.reply = reply;
        answer.note = QStringLiteral("deleted %1").arg(id);
        return answer;
    }
    // The item as a GET shows it: stored, else made up for its id.
    const Operation *read = m_catalog->operationByKey(QString(u"GET " + operation.path));
    const QByteArray itemTarget = request.target.left(
        request.target.indexOf('?') >= 0 ? request.target.indexOf('?') : request.target.size());
    const MockReply readReply = read ? generated(*read, QByteArray(), "GET " + itemTarget) : reply;
    const Schema *itemSchema = read ? m_responder.responseSchema(*read, readReply.status) : schema;
    const QJsonObject readBody = QJsonDocument::fromJson(readReply.body).object();
    QJsonObject base = readBody;
    if (const QString key = idKey(base, collection.idName); !key.isEmpty())
        base.insert(key, base.value(key).isDouble() ? QJsonValue(id.toDouble()) : QJsonValue(id));
    base = conform(base, readBody, itemSchema);
    const QJsonObject current = known ? collection.items.value(id) : base;
    if (operation.method == u"GET") {
        if (!ok || !generatedBody.isObject()) {
            return std::nullopt;
        }
        answer.reply = withBody(reply, conform(current, generatedBody.object(), schema));
        answer.note = known ? QStringLiteral("stored %1").arg(id) : QString();
        return answer;
    }
    if (operation.method == u"PUT" || operation.method == u"PATCH") {
        QJsonObject next = operation.method == u"PUT" ? QJsonObject() : current;
        for (auto it = requestObject.begin(); it != requestObject.end(); ++it) {
            if (it.value().isNull() && operation.method == u"PATCH")
                next.remove(it.key()); // JSON merge patch
            else
                next.insert(it.key(), it.value());
        }
        if (const QString key = idKey(current, collection.idName); !key.isEmpty())
            next.insert(key, current.value(key));
        next = conform(next, current, itemSchema);
        if (!known)
            collection.order.append(id);
        collection.items.insert(id, next);
        answer.reply = ok && generatedBody.isObject()
                           ? withBody(reply, conform(next, generatedBody.object(), schema))
                           : reply;
        answer.note = QStringLiteral("changed %1").arg(id);
        return answer;
    }
    return std::nullopt;
}

} // namespace Oxa
