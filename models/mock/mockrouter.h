// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// mock/ serves a document as a back-end on loopback (issue 7). The router comes first: which
// operation a request is for.

#include "catalog/catalog.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace Oxa {

/** The operation a request reaches, with its path parameters decoded. */
struct MockRoute
{
    const Operation *operation = nullptr;
    QHash<QString, QString> pathParameters;
};

/**
 * Finds the operation of a request from the catalog's path templates. Literal segments win over
 * templated ones, segment by segment ("/alerts/count" before "/alerts/{id}"), as OpenAPI asks.
 * A path that exists with another method says so (405 rather than 404). Percent-encoded
 * segments are decoded after matching, so an encoded "/" stays inside its parameter.
 */
class MockRouter
{
public:
    explicit MockRouter(std::shared_ptr<const Catalog> catalog);

    enum class Miss : quint8 { NoPath, NoMethod };
    /** The route, or why there is none. `path` is the request's path, percent-encoded. */
    std::variant<MockRoute, Miss> route(const QString &method, const QString &path) const;
    /** The methods a path accepts, sorted (for a 405's Allow header). */
    QStringList methodsFor(const QString &path) const;

private:
    struct Template
    {
        QStringList segments; ///< "{id}" for a parameter
        QString method;
        const Operation *operation = nullptr;
    };
    /** Templates matching the path, best first; the parameters of the first. */
    QList<const Template *> matches(const QStringList &segments) const;

    std::shared_ptr<const Catalog> m_catalog;
    QList<Template> m_templates;
};

} // namespace Oxa
