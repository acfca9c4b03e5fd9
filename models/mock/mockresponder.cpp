// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockresponder.h"

#include "request/requestvalues.h"
#include "schema/examplegenerator.h"
#include "schema/jsonvalues.h"
#include "schema/schemaset.h"
#include "schema/schemavalidator.h"

#include <QJsonDocument>
#include <QJsonObject>

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

MockReply MockResponder::problem(int status, const QString &title, const QString &detail)
{
    MockReply reply;
    reply.status = status;
    reply.contentType = "application/problem+json";
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("about:blank")},
                                           {QStringLiteral("title"), title},
                                           {QStringLiteral("status"), status},
                                           {QStringLiteral("detail"), detail}})
                     .toJson(QJsonDocument::Compact);
    return reply;
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
    const MediaType *media = &chosen->content.front();
    for (const MediaType &m : chosen->content) {
        if (mediaKindOf(m.name) == MediaKind::Json) {
            media = &m;
            break;
        }
    }
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
