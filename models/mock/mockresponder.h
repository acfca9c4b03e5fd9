// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/catalog.h"
#include "request/requestcheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <memory>
#include <optional>

namespace Oxa {

class Schema;
class SchemaSet;

/** What the mock answers. */
struct MockReply
{
    int status = 200;
    QByteArray contentType; ///< empty: no body
    QByteArray body;
    QString exampleName; ///< the named example used, if any
    QString note;        ///< why the body is not the document's example, when it is not
    bool fromExample = false;
};

/**
 * The answer of an operation on the mock back-end, as Prism's `Prefer` header chooses it:
 * `code=404` picks a declared response (exact code, then its class, then default), and
 * `example=name` a named example. Otherwise the first success the document declares. The body
 * is the media type's example (named, single, or the first of several), else one generated from
 * its schema; JSON media types are preferred. A code the document does not declare is a 500
 * with a problem description (application/problem+json) that says so.
 */
class MockResponder
{
    Q_DECLARE_TR_FUNCTIONS(MockResponder)

public:
    MockResponder(std::shared_ptr<const Catalog> catalog, std::shared_ptr<SchemaSet> schemas);

    /**
     * With a seed, generated bodies look real and vary with it (ExampleGenerator's options);
     * examples the schema refuses are replaced by generated bodies, and `note` says so.
     */
    MockReply reply(const Operation &operation,
                    const QByteArray &prefer = {},
                    std::optional<quint64> seed = {},
                    const QDateTime &now = {}) const;

    /** An RFC 9457 problem description; `errors`, when given, listed in its "errors". */
    static MockReply problem(int status,
                             const QString &title,
                             const QString &detail,
                             const QJsonArray &errors = {});

    /**
     * The answer to a request the mock refuses with `status` (400, 401, 415, 422…): the
     * operation's own response for it (the exact code, then its class, then default) with a
     * body that fits its schema, the title, detail, status and `errors` written into it where
     * the schema has room for them; an RFC 9457 problem when the operation declares no such
     * response, or one without a body.
     */
    MockReply refusal(const Operation &operation,
                      int status,
                      const QString &title,
                      const QString &detail,
                      const QList<RequestProblem> &problems) const;

    /**
     * The schema of the JSON body an operation declares for `status` (the exact code, then its
     * class, then default); null when it declares none.
     */
    const Schema *responseSchema(const Operation &operation, int status) const;
    /**
     * The named examples of the JSON body an operation declares for `status` that its schema
     * accepts, in document order: what the mock may answer with.
     */
    QList<QPair<QString, QJsonValue>> examples(const Operation &operation, int status) const;
    /** Whether the schema (none: anything) accepts the value, in the response direction. */
    bool fits(const Schema *schema, const QJsonValue &value) const;

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<SchemaSet> m_schemas;
};

} // namespace Oxa
