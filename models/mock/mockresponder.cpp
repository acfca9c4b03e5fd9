// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockresponder.h"

#include "request/requestvalues.h"
#include "schema/examplegenerator.h"
#include "schema/jsonvalues.h"
#include "schema/schema.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

namespace Oxa {

namespace {

/** The value of a Prefer preference ("code", "example"); empty when absent. */
QByteArray preference(const QByteArray &prefer, const QByteArray &name)
{
    for (QByteArray part : prefer.split(',')) {
        for (QByteArray item : part.split(';')) {
            item = item.trimmed();
            const qsizetype equals = item.indexOf('=');
            if (equals > 0 && item.left(equals).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                QByteArray value = item.mid(equals + 1).trimmed();
                if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                    value = value.mid(1, value.size() - 2);
                return value;
            }
        }
    }
    return QByteArray();
}

/**
 * The member names a schema declares at the top of its object, through references and
 * allOf/anyOf/oneOf: where a refusal may say what is wrong.
 */
void declaredNames(const SchemaSet &schemas, const Schema *schema, QSet<QString> &out, int depth = 0)
{
    if (!schema || depth > 16)
        return;
    for (const Schema::Property &property : schema->properties)
        out.insert(QString::fromUtf8(property.name.data(), qsizetype(property.name.size())));
    if (!schema->refText.empty())
        declaredNames(schemas, schemas.target(*schema), out, depth + 1);
    for (const auto *list : {&schema->allOf, &schema->anyOf, &schema->oneOf}) {
        for (const Schema *sub : *list)
            declaredNames(schemas, sub, out, depth + 1);
    }
}

QByteArray jsonBytes(const JsonNode &node)
{
    return jsonText(node, std::numeric_limits<qsizetype>::max()).toUtf8();
}

} // namespace

MockResponder::MockResponder(std::shared_ptr<const Catalog> catalog,
                             std::shared_ptr<SchemaSet> schemas)
    : m_catalog(std::move(catalog))
    , m_schemas(std::move(schemas))
{}

MockReply MockResponder::problem(int status,
                                 const QString &title,
                                 const QString &detail,
                                 const QJsonArray &errors)
{
    MockReply reply;
    reply.status = status;
    reply.contentType = "application/problem+json";
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

MockReply MockResponder::refusal(const Operation &operation,
                                 int status,
                                 const QString &title,
                                 const QString &detail,
                                 const QList<RequestProblem> &problems) const
{
    QJsonArray errors;
    QStringList said;
    for (const RequestProblem &p : problems) {
        errors.append(p.toJson());
        said << p.text();
    }
    const Response *declared = operation.responseFor(status);
    if (!declared || declared->content.isEmpty())
        return problem(status, title, detail, errors);
    MockReply reply = this->reply(operation, "code=" + QByteArray::number(status));
    reply.status = status;
    const Schema *schema = responseSchema(operation, status);
    if (!schema || reply.contentType.isEmpty()
        || mediaKindOf(QString::fromUtf8(reply.contentType)) != MediaKind::Json)
        return reply;
    const auto accepts = [&](const QJsonValue &value) { return fits(schema, value); };
    QString unreadable;
    QJsonValue body = parseJsonText(QString::fromUtf8(reply.body), &unreadable)
                          .value_or(QJsonValue(QJsonValue::Undefined));
    if (body.isObject()) {
        // Each thing to say under the first of its names the body already has, else its own;
        // kept only where the schema accepts it.
        struct Role
        {
            QStringList names;
            QList<QJsonValue> values; ///< the first the schema accepts
        };
        const QList<Role> roles{
            {{QStringLiteral("type")}, {QStringLiteral("about:blank")}},
            {{QStringLiteral("title"), QStringLiteral("summary")}, {title}},
            {{QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("status_code")},
             {status, QString::number(status)}},
            {{QStringLiteral("detail"),
              QStringLiteral("message"),
              QStringLiteral("error_description"),
              QStringLiteral("description"),
              QStringLiteral("error"),
              QStringLiteral("reason")},
             {detail}},
            {{QStringLiteral("errors"),
              QStringLiteral("problems"),
              QStringLiteral("issues"),
              QStringLiteral("violations"),
              QStringLiteral("details")},
             {errors, QJsonArray::fromStringList(said), said.join(QStringLiteral("; "))}},
        };
        // A name the body has, else one the schema declares; an object whose schema declares
        // none is free, and takes the RFC 9457 names.
        QSet<QString> names;
        declaredNames(*m_schemas, schema, names);
        QJsonObject object = body.toObject();
        for (const Role &role : roles) {
            QString name;
            for (const QString &candidate : role.names) {
                if (name.isEmpty() && object.contains(candidate))
                    name = candidate;
            }
            for (const QString &candidate : role.names) {
                if (name.isEmpty() && names.contains(candidate))
                    name = candidate;
            }
            if (name.isEmpty() && names.isEmpty())
                name = role.names.front();
            if (name.isEmpty())
                continue;
            for (const QJsonValue &value : role.values) {
                QJsonObject tried = object;
                tried.insert(name, value);
                if (accepts(tried)) {
                    object = tried;
                    break;
                }
            }
        }
        body = object;
    } else if (body.isString() && accepts(detail)) {
        body = detail;
    }
    if (!body.isUndefined())
        reply.body = compactJson(body);
    return reply;
}

const Schema *MockResponder::responseSchema(const Operation &operation, int status) const
{
    const Response *response = operation.responseFor(status);
    if (!response || !m_schemas)
        return nullptr;
    for (const MediaType &media : response->content) {
        if (mediaKindOf(media.name) == MediaKind::Json && media.schema)
            return m_schemas->compile(media.schema,
                                      mediaSchemaPointer(response->pointer, media.name));
    }
    return nullptr;
}

QList<QPair<QString, QJsonValue>> MockResponder::examples(const Operation &operation,
                                                          int status) const
{
    QList<QPair<QString, QJsonValue>> out;
    const Response *response = operation.responseFor(status);
    if (!response || response->content.isEmpty())
        return out;
    const MediaType *media = preferredMedia(response->content);
    if (mediaKindOf(media->name) != MediaKind::Json || !media->examples
        || !media->examples->isObject())
        return out;
    const Schema *schema = responseSchema(operation, status);
    for (const JsonMember &member : media->examples.members()) {
        const JsonNode *value = member.value.get("value");
        if (!value)
            continue;
        const QJsonValue v = toQJsonValue(*value);
        if (fits(schema, v))
            out.append({member.keyString(), v});
    }
    return out;
}

bool MockResponder::fits(const Schema *schema, const QJsonValue &value) const
{
    if (!schema || !m_schemas)
        return true;
    SchemaValidator::Options options;
    options.direction = SchemaValidator::Direction::Response;
    options.maxErrors = 1;
    return SchemaValidator(*m_schemas, options).isValid(*schema, *treeOf(value)->root());
}

MockReply MockResponder::reply(const Operation &operation,
                               const QByteArray &prefer,
                               std::optional<quint64> seed,
                               const QDateTime &now) const
{
    const QByteArray code = preference(prefer, "code");
    const QByteArray exampleName = preference(prefer, "example");
    const Response *chosen = nullptr;
    int status = 200;
    if (!code.isEmpty()) {
        bool ok = false;
        status = code.toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return problem(400,
                           tr("Bad Prefer header"),
                           tr("code=%1 is not an HTTP status.").arg(QString::fromLatin1(code)));
        chosen = operation.responseFor(status);
        if (!chosen)
            return problem(500,
                           tr("No such response"),
                           tr("%1 declares no response %2.").arg(operation.key).arg(status));
    } else {
        for (const Response &r : operation.responses) {
            if (!chosen && r.code.startsWith(u'2'))
                chosen = &r;
        }
        for (const Response &r : operation.responses) {
            if (!chosen
                && (r.code.compare(u"default", Qt::CaseInsensitive) == 0 || r.code.startsWith(u'2')))
                chosen = &r;
        }
        if (!chosen && !operation.responses.isEmpty())
            chosen = &operation.responses.front();
        if (!chosen)
            return problem(501,
                           tr("No response"),
                           tr("%1 declares no response.").arg(operation.key));
        bool numeric = false;
        status = chosen->code.toInt(&numeric);
        if (!numeric)
            status = chosen->code.endsWith(u"XX", Qt::CaseInsensitive)
                         ? chosen->code.left(1).toInt() * 100
                         : 200;
    }
    MockReply reply;
    reply.status = status;
    if (chosen->content.isEmpty())
        return reply;
    const MediaType *media = preferredMedia(chosen->content);
    reply.contentType = media->name.toUtf8();
    const Schema *schema
        = media->schema && m_schemas
              ? m_schemas->compile(media->schema, mediaSchemaPointer(chosen->pointer, media->name))
              : nullptr;
    const bool json = mediaKindOf(media->name) == MediaKind::Json;
    // An example is served when the schema accepts it: a mock that answers what the document
    // forbids would teach clients the wrong thing.
    const auto acceptable = [&](const JsonNode &value) {
        if (!schema || !json)
            return true;
        SchemaValidator::Options options;
        options.direction = SchemaValidator::Direction::Response;
        options.maxErrors = 1;
        return SchemaValidator(*m_schemas, options).isValid(*schema, value);
    };
    // A named example, the single example, the first of several, or one made from the schema.
    if (media->examples && media->examples->isObject()) {
        for (const JsonMember &member : media->examples.members()) {
            const bool wanted
                = exampleName.isEmpty()
                  || member.key()
                         == std::string_view(exampleName.constData(), size_t(exampleName.size()));
            const JsonNode *value = member.value.get("value");
            if (!wanted || !value)
                continue;
            if (acceptable(*value)) {
                reply.body = jsonBytes(*value);
                reply.exampleName = member.keyString();
                reply.fromExample = true;
                return reply;
            }
            reply.note = tr("example %1 does not match its schema").arg(member.keyString());
            if (!exampleName.isEmpty())
                break;
        }
        if (!exampleName.isEmpty() && reply.note.isEmpty())
            return problem(500,
                           tr("No such example"),
                           tr("%1 has no example %2 for %3.")
                               .arg(operation.key, QString::fromUtf8(exampleName), chosen->code));
    }
    if (media->example) {
        if (acceptable(*media->example)) {
            reply.body = jsonBytes(*media->example);
            reply.fromExample = true;
            return reply;
        }
        reply.note = tr("the example does not match its schema");
    }
    if (schema) {
        ExampleGenerator::Options options;
        options.direction = SchemaValidator::Direction::Response;
        options.seed = seed;
        options.now = now;
        reply.body = compactJson(ExampleGenerator(*m_schemas, options).generate(*schema));
    }
    return reply;
}

} // namespace Oxa
