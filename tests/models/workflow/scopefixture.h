// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A step's scope as runtime expressions and criteria see it, with a look-up's request and its
// JSON answer, shared by the expression and criterion tests.

#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "workflow/runtimeexpression.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace OxaTest {

inline std::shared_ptr<const Oxa::JsonTree> jsonTree(const QByteArray &text)
{
    auto tree = std::make_shared<Oxa::JsonTree>(text, Oxa::SourceFormat::Json);
    Oxa::Diagnostics findings;
    if (!Oxa::JsonReader::read(*tree, Oxa::LoadLimits(), findings))
        return nullptr;
    return tree;
}

inline QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

struct ScopeFixture
{
    Oxa::MessageView request;
    Oxa::MessageView response;
    QJsonObject inputs = jsonObject(R"({"indicator": "203.0.113.7", "limit": 5,
        "alert": {"id": "a-1", "tags": ["phishing", "mail"]}, "a.b": "dotted",
        "x-api-key": "k", "quote": "say \"hi\" & <go>"})");
    QJsonObject outputs = jsonObject(R"({"verdict": "malicious"})");
    QHash<QString, QJsonObject> steps{
        {QStringLiteral("read"),
         jsonObject(R"({"ids": ["a-1", "a-2"], "count": 2, "first": {"host": "web-01"}})")}};
    QHash<QString, Oxa::WorkflowValues> workflows{
        {QStringLiteral("enrich"),
         {jsonObject(R"({"list": [1, 2, 3]})"), jsonObject(R"({"count": 3})")}}};
    QHash<QString, QJsonObject> sources{
        {QStringLiteral("demo"),
         jsonObject(R"({"name": "demo", "url": "oxa-demo.yaml", "type": "openapi"})")}};
    QJsonObject components
        = jsonObject(R"({"parameters": {"page": {"name": "page", "in": "query", "value": 1}},
        "successActions": {"notify": {"name": "notify", "type": "end"}}})");
    Oxa::ExpressionScope scope;

    explicit ScopeFixture(const QByteArray &body = R"({"alerts": [{"id": "a-1", "severity": 8},
        {"id": "a-2", "severity": 3}], "status": "open", "score": 97.5, "verdict": "Malicious",
        "items": [{"name": "a"}, {"name": "b"}], "pets": [1]})")
    {
        request.headers = {{"Accept", "application/json"}, {"X-Api-Key", "k"}};
        request.query = {{QStringLiteral("limit"), 5}};
        request.path = {{QStringLiteral("id"), QStringLiteral("a-1")}};
        request.bodyValue = jsonObject(R"({"indicator": "203.0.113.7", "user": {"uuid": "u-9"}})");
        request.hasBody = true;
        response.headers
            = {{"Content-Type", "application/json"}, {"X-Rate-Limit", "10"}, {"Retry-After", "3"}};
        response.bodyTree = jsonTree(body);
        if (!response.bodyTree)
            response.bodyText = body;
        response.hasBody = !body.isEmpty();
        scope.url = QStringLiteral("http://127.0.0.1:4010/alerts/a-1?limit=5");
        scope.method = QStringLiteral("GET");
        scope.statusCode = 200;
        scope.request = &request;
        scope.response = &response;
        scope.inputs = &inputs;
        scope.outputs = &outputs;
        scope.steps = &steps;
        scope.workflows = &workflows;
        scope.sources = &sources;
        scope.components = &components;
    }
    ScopeFixture(const ScopeFixture &) = delete;
    ScopeFixture &operator=(const ScopeFixture &) = delete;
};

} // namespace OxaTest
