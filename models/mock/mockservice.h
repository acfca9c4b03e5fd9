// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mock/mockresponder.h"
#include "mock/mockrouter.h"
#include "mock/mocksubject.h"
#include "request/requestcheck.h"
#include "schema/realisticvalues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>

#include <memory>
#include <optional>

namespace Oxa {

class SchemaSet;
class Schema;

/** How the mock back-end behaves. */
struct MockOptions
{
    /** Generated values depend on it and on the request: the same request, the same answer. */
    quint64 seed = 1;
    /** Instants are generated in the week before it; the start of the back-end by default. */
    QDateTime now;
    /** Added before every answer, in milliseconds, with ±20 % of jitter drawn from the seed. */
    int latencyMs = 0;
    /** Shares of requests (0 to 1) answered 429 with Retry-After, 500, or never. */
    double throttleRate = 0;
    double errorRate = 0;
    double timeoutRate = 0;
    /** Created resources can be read back, changed and deleted by id. */
    bool stateful = false;
    /** Requests are checked against their operation (parameters, security, body). */
    bool validateRequests = true;
    /** Largest body accepted, in bytes (413 beyond). */
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
};

struct MockRequest
{
    QByteArray method;
    QByteArray target; ///< path and query as received, percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

/** What becomes of a request. */
struct MockAnswer
{
    enum class Fate : quint8 { Answer, Timeout };
    Fate fate = Fate::Answer;
    MockReply reply;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Type and Content-Length
    int delayMs = 0;
    QString operationKey; ///< empty when no operation was found
    QString note;         ///< why, for the log: "invalid request", "injected 429", "created"…
};

/**
 * The mock back-end without its sockets: routes a request to its operation, checks it, and
 * answers as the document says, or as the options inject. Runs on one thread (the back-end's);
 * not thread-safe.
 */
class MockService
{
    Q_DECLARE_TR_FUNCTIONS(MockService)

public:
    MockService(std::shared_ptr<const Catalog> catalog,
                std::shared_ptr<SchemaSet> schemas,
                MockOptions options = {});

    MockAnswer handle(const MockRequest &request);

    /**
     * The answer the document gives for an operation, as `handle` would serve it after a valid
     * request: `seedKey` varies the generated values (handle uses the request's target).
     */
    MockReply generated(const Operation &operation,
                        const QByteArray &prefer,
                        const QByteArray &seedKey) const;

    /**
     * An example's dates and instants moved by whole days so that the latest falls in the day
     * before `now`: a week of telemetry written once stays "the last seven days", and its
     * hours keep their pattern.
     */
    static QByteArray rebased(const QByteArray &json, const QDateTime &now);

    /** The path prefix of the document's first server ("/api/v1"); requests may omit it. */
    const QString &basePath() const { return m_basePath; }
    const MockOptions &options() const { return m_options; }
    const Catalog &catalog() const { return *m_catalog; }

    /** Problems of a request against its operation: "query parameter limit: …". */
    /** RequestCheck's problems, and the mock's own: "security", "content-type", unreadable JSON. */
    QList<RequestProblem> check(const Operation &operation,
                                const QHash<QString, QString> &pathParameters,
                                const MockRequest &request) const;

    /** Where the mock publishes the document: /openapi.json, /openapi.yaml (and under its base path). */
    static bool isDescriptionPath(const QString &path);
    /**
     * The document as served at those addresses, its servers led by this back-end's (`host` is
     * the request's Host header).
     */
    MockReply description(const QByteArray &host, bool yaml) const;

private:
    struct Collection
    {
        QString idName; ///< the item path's parameter ("case_id")
        QHash<QString, QJsonObject> items;
        QStringList order; ///< ids in the order they were created
        QSet<QString> deleted;
        quint64 creations = 0; ///< varies the generated body of each creation
    };

    /** The answer of the store, when the collection keeps state; nothing otherwise. */
    std::optional<MockAnswer> stateful(const Operation &operation,
                                       const MockRoute &route,
                                       const MockRequest &request,
                                       const QByteArray &prefer);
    /**
     * The answer made about what the request asks: the indicator it names (the example that
     * says the most about it, made about it), one record per item of a bulk request, the values
     * it carries in the members of the same name, and as many records as its `limit` asks for.
     * A change the schema refuses is not made.
     */
    void tailor(const Operation &operation,
                const MockSubject &subject,
                const QByteArray &prefer,
                const QByteArray &seedKey,
                MockReply *reply) const;
    static qsizetype templateIndex(const QList<QPair<QString, QJsonValue>> &templates,
                                   const QString &indicator,
                                   const IndicatorFacts::Facts &facts,
                                   quint64 seed);
    static QString templateFor(const QList<QPair<QString, QJsonValue>> &examples,
                               const QString &indicator,
                               const IndicatorFacts::Facts &facts,
                               quint64 seed);
    QString collectionPathOf(const Operation &operation, QString *idParameter) const;
    QJsonObject conform(QJsonObject value, const QJsonObject &base, const Schema *schema) const;
    MockReply withBody(MockReply reply, const QJsonValue &body) const;

    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<SchemaSet> m_schemas;
    MockOptions m_options;
    MockRouter m_router;
    MockResponder m_responder;
    QString m_basePath;
    QHash<QString, Collection> m_collections;
    /** Generated replies by operation, Prefer and target, while they are few. */
    mutable QHash<QByteArray, MockReply> m_cache;
    /** Latency jitter and injected failures, in request order. */
    RealisticValues m_draws;
    /** The served description, by Host header. */
    mutable QHash<QByteArray, QByteArray> m_descriptions;
    /** What the document's examples say about indicators. */
    IndicatorFacts m_facts;
};

} // namespace Oxa
