// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "request/requestvalues.h"
#include "schema/schemavalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Oxa {

class JsonNode;
class Schema;
class SchemaSet;

/** One thing wrong with a request's values, where it is and what it is. */
struct RequestProblem
{
    QString in;      ///< "path", "query", "header", "cookie", "body"
    QString name;    ///< the parameter; empty for the body
    QString pointer; ///< inside the value ("/items/0/ip"); empty for the whole value
    QString message; ///< for people, translated

    /** "query limit", "body /items/0/ip": where, for a list of problems. */
    QString where() const;
    /** "query limit: must be at most 100". */
    QString text() const;
    /** {"in", "name", "pointer", "message"}, the name and pointer when there are: as oxa-cli
     *  call --json and the mock's refusals list them. */
    QJsonObject toJson() const;
};

/**
 * Whether a request's values are acceptable for an operation, and what an acceptable request
 * looks like; the one rule for the form, the mock, `oxa-cli call` (which checks before sending
 * unless `--no-check`) and the runners of workflows and batches.
 *
 * Acceptable: every required parameter given (a path parameter always is), each parameter's
 * value accepted by its schema, a required body given, and a JSON, form or multipart body
 * accepted by the schema of its media type (text and binary bodies are not looked into). The
 * validator reads the schemas in the request direction (readOnly properties are not wanted).
 *
 * The example: for each parameter the document's example, else its first named example, else
 * its schema's default, else (when it is required) one generated from its schema; for the body
 * the media type's example when its schema accepts it, else its first named example that it
 * accepts, else one generated. The thread that owns `schemas`.
 */
class RequestCheck
{
    Q_DECLARE_TR_FUNCTIONS(RequestCheck)

public:
    RequestCheck(SchemaSet &schemas, const Operation &operation, int maxErrors = 50);

    const Operation &operation() const { return m_operation; }

    /** Every problem of `values`, parameters in the document's order, then the body. */
    QList<RequestProblem> check(const RequestValues &values) const;
    /** The problems of the parameters alone. */
    QList<RequestProblem> parameterProblems(const RequestValues &values) const;
    /** The problems of the body alone (missing when required, or refused by its schema). */
    QList<RequestProblem> bodyProblems(const RequestValues &values) const;

    /** Whether a parameter must be given (required, or in the path). */
    static bool isRequired(const Parameter &parameter);
    /** The compiled schema of a parameter; null when it has none. */
    const Schema *schemaOf(const Parameter &parameter) const;
    /** The compiled schema of the body's media type (requestMedia()); null when none. */
    const Schema *bodySchema(const QString &mediaType) const;
    /** Whether a body of this media type is looked into (JSON, form, multipart). */
    static bool checksBody(const QString &mediaType);

    /** What a parameter's schema says of a value given for it. */
    QList<ValidationError> parameterErrors(const Parameter &parameter,
                                           const QJsonValue &value) const;
    /** What the media type's schema says of a body; nothing for bodies not looked into. */
    QList<ValidationError> bodyErrors(const QString &mediaType, const QJsonValue &body) const;
    QList<ValidationError> bodyErrors(const QString &mediaType, const JsonNode &body) const;

    /** A parameter's example (see the class); Undefined when it has none and is optional. */
    QJsonValue parameterExample(const Parameter &parameter) const;
    /** A body for the media type (see the class); Undefined when it has no schema. */
    QJsonValue bodyExample(const QString &mediaType) const;
    /** The example request: each parameter's example and the body's, for `mediaType`. */
    RequestValues example(const QString &mediaType = QString()) const;

private:
    SchemaSet &m_schemas;
    const Operation &m_operation;
    SchemaValidator m_validator;
};

} // namespace Oxa
