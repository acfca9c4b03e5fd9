// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflow/workflowrecorder.h"

#include "catalog/catalog.h"
#include "core/secrets.h"
#include "document/jsonpointer.h"
#include "document/yamlwriter.h"
#include "history/historystore.h"
#include "mock/mockrouter.h"
#include "workflow/arazzodocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <deque>

namespace Oxa {

namespace {

/** Nodes of one answer looked at when matching a value: a bound on hostile answers. */
constexpr int kNodesPerAnswer = 50000;

bool worthFollowing(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size() >= 3;
    if (value.isDouble())
        return std::fabs(value.toDouble()) > 9;
    return false;
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() && b.isString())
        return a.toString() == b.toString();
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return false;
}

QString escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

/** Where `value` is in `answer`, shallowest first ("" for the whole body); empty when nowhere. */
std::optional<QStringList> find(const QJsonValue &answer, const QJsonValue &value)
{
    std::deque<std::pair<QJsonValue, QStringList>> queue{{answer, {}}};
    int visited = 0;
    while (!queue.empty() && visited++ < kNodesPerAnswer) {
        auto [node, tokens] = std::move(queue.front());
        queue.pop_front();
        if (same(node, value))
            return tokens;
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                QStringList next = tokens;
                next.append(it.key());
                queue.emplace_back(it.value(), std::move(next));
            }
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QStringList next = tokens;
                next.append(QString::number(i));
                queue.emplace_back(array.at(i), std::move(next));
            }
        }
    }
    return std::nullopt;
}

/** An output's name from where its value is: its member's name ("items_0" for an item). */
QString outputName(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return QStringLiteral("body");
    QString name = tokens.back();
    bool number = false;
    name.toInt(&number);
    if (number && tokens.size() > 1)
        name = tokens.at(tokens.size() - 2) + u'_' + name;
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(other, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("value") : name;
}

const QStringList &arazzoOrder()
{
    static const QStringList order{
        QStringLiteral("arazzo"),
        QStringLiteral("info"),
        QStringLiteral("sourceDescriptions"),
        QStringLiteral("workflows"),
        QStringLiteral("components"),
        QStringLiteral("workflowId"),
        QStringLiteral("stepId"),
        QStringLiteral("title"),
        QStringLiteral("name"),
        QStringLiteral("summary"),
        QStringLiteral("description"),
        QStringLiteral("version"),
        QStringLiteral("url"),
        QStringLiteral("type"),
        QStringLiteral("operationId"),
        QStringLiteral("operationPath"),
        QStringLiteral("inputs"),
        QStringLiteral("dependsOn"),
        QStringLiteral("parameters"),
        QStringLiteral("in"),
        QStringLiteral("value"),
        QStringLiteral("requestBody"),
        QStringLiteral("contentType"),
        QStringLiteral("payload"),
        QStringLiteral("replacements"),
        QStringLiteral("target"),
        QStringLiteral("successCriteria"),
        QStringLiteral("condition"),
        QStringLiteral("context"),
        QStringLiteral("onSuccess"),
        QStringLiteral("onFailure"),
        QStringLiteral("retryAfter"),
        QStringLiteral("retryLimit"),
        QStringLiteral("criteria"),
        QStringLiteral("steps"),
        QStringLiteral("outputs"),
    };
    return order;
}

QString lowerMethod(const QString &operationKey)
{
    return operationKey.section(u' ', 0, 0).toLower();
}

} // namespace

QString WorkflowRecorder::identifier(const QString &words, const QString &fallback)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    QString out;
    for (const QString &word : words.split(separators, Qt::SkipEmptyParts)) {
        if (out.isEmpty())
            out = word == word.toUpper() ? word.toLower() // "GET", "IOC"
                                         : word.left(1).toLower() + word.mid(1);
        else
            out += word.left(1).toUpper() + word.mid(1);
    }
    if (out.isEmpty() || out.front().isDigit())
        out = fallback + out;
    return out.left(64);
}

QJsonObject WorkflowRecorder::workflow(const QList<RecordedCall> &calls,
                                       const QString &sourceName,
                                       const QString &workflowId,
                                       const QString &summary)
{
    QStringList stepIds;
    QList<QJsonObject> outputs;              // by step
    QList<QHash<QString, QString>> outputOf; // by step: pointer → output name
    QJsonArray steps;
    for (const RecordedCall &call : calls) {
        const qsizetype index = stepIds.size();
        // A step's id from its operation, unique in the workflow.
        const QString base
            = identifier(call.operationId.isEmpty() ? call.operationKey : call.operationId,
                         QStringLiteral("step"));
        QString stepId = base;
        for (int n = 2; stepIds.contains(stepId); ++n)
            stepId = base + QString::number(n);
        stepIds.append(stepId);
        outputs.append(QJsonObject());
        outputOf.append(QHash<QString, QString>());

        // A value an earlier answer held becomes an expression pointing at it.
        const auto follow = [&](const QJsonValue &value) -> QJsonValue {
            if (!worthFollowing(value))
                return value;
            for (qsizetype j = index - 1; j >= 0; --j) {
                const auto tokens = find(calls.at(j).response, value);
                if (!tokens)
                    continue;
                QString pointer;
                for (const QString &token : *tokens)
                    pointer += u'/' + escapeToken(token);
                QString name = outputOf[j].value(pointer);
                if (name.isEmpty()) {
                    const QString wanted = outputName(*tokens);
                    name = wanted;
                    for (int n = 2; outputs[j].contains(name); ++n)
                        name = wanted + QString::number(n);
                    outputs[j].insert(name, QString(QStringLiteral("$response.body#") + pointer));
                    outputOf[j].insert(pointer, name);
                }
                return QStringLiteral("$steps.%1.outputs.%2").arg(stepIds.at(j), name);
            }
            return value;
        };
        std::function<QJsonValue(const QJsonValue &)> followAll
            = [&](const QJsonValue &value) -> QJsonValue {
            if (value.isObject()) {
                QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    it.value() = followAll(it.value());
                return object;
            }
            if (value.isArray()) {
                QJsonArray array = value.toArray();
                for (auto it = array.begin(); it != array.end(); ++it)
                    *it = followAll(*it);
                return array;
            }
            return follow(value);
        };

        QJsonObject step{{QStringLiteral("stepId"), stepId}};
        if (!call.operationId.isEmpty()) {
            step.insert(QStringLiteral("operationId"), call.operationId);
        } else {
            const QString path = call.operationKey.section(u' ', 1);
            step.insert(QStringLiteral("operationPath"),
                        QStringLiteral("{$sourceDescriptions.%1.url}#/paths/%2/%3")
                            .arg(sourceName, escapeToken(path), lowerMethod(call.operationKey)));
        }
        QJsonArray parameters;
        const std::pair<const char *, const QJsonObject *> places[]
            = {{"path", &call.values.path},
               {"query", &call.values.query},
               {"header", &call.values.header},
               {"cookie", &call.values.cookie}};
        for (const auto &[in, given] : places) {
            for (auto it = given->begin(); it != given->end(); ++it)
                parameters.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                              {QStringLiteral("in"), QLatin1String(in)},
                                              {QStringLiteral("value"), followAll(it.value())}});
        }
        if (!parameters.isEmpty())
            step.insert(QStringLiteral("parameters"), parameters);
        if (!call.values.body.isUndefined()) {
            QJsonObject body{{QStringLiteral("payload"), followAll(call.values.body)}};
            if (!call.values.mediaType.isEmpty())
                body.insert(QStringLiteral("contentType"), call.values.mediaType);
            step.insert(QStringLiteral("requestBody"), body);
        }
        if (call.status > 0)
            step.insert(QStringLiteral("successCriteria"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("condition"),
                                         QStringLiteral("$statusCode == %1").arg(call.status)}}});
        steps.append(step);
    }
    // The outputs found while later steps were written.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (outputs.at(i).isEmpty())
            continue;
        QJsonObject step = steps.at(i).toObject();
        step.insert(QStringLiteral("outputs"), outputs.at(i));
        steps[i] = step;
    }
    QJsonObject workflow{{QStringLiteral("workflowId"), workflowId},
                         {QStringLiteral("steps"), steps}};
    if (!summary.isEmpty())
        workflow.insert(QStringLiteral("summary"), summary);
    return workflow;
}

QJsonObject WorkflowRecorder::document(const QList<RecordedCall> &calls,
                                       const Source &source,
                                       const QString &workflowId,
                                       const QString &summary)
{
    return QJsonObject{
        {QStringLiteral("arazzo"), QStringLiteral("1.0.1")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), summary.isEmpty() ? workflowId : summary},
                     {QStringLiteral("version"), QStringLiteral("1.0.0")}}},
        {QStringLiteral("sourceDescriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), source.name},
                                {QStringLiteral("url"), source.url},
                                {QStringLiteral("type"), QStringLiteral("openapi")}}}},
        {QStringLiteral("workflows"), QJsonArray{workflow(calls, source.name, workflowId, summary)}},
    };
}

QByteArray WorkflowRecorder::yaml(const QJsonValue &value, int indent)
{
    return yamlText(
        value,
        [](QStringView key) {
            const qsizetype at = arazzoOrder().indexOf(key);
            return at < 0 ? int(arazzoOrder().size()) : int(at);
        },
        indent);
}

RecordedCall WorkflowRecorder::fromHistory(const HistoryRecord &record, const Catalog *catalog)
{
    RecordedCall call;
    call.operationKey = record.context.operationKey;
    if (catalog) {
        if (const Operation *operation = catalog->operationByKey(call.operationKey))
            call.operationId = operation->operationId;
    }
    call.values = RequestValues::fromJson(record.context.values);
    call.status = record.status;
    QJsonParseError error;
    const QJsonDocument answer = QJsonDocument::fromJson("[" + record.responseBody + "]", &error);
    if (error.error == QJsonParseError::NoError && !record.responseBody.trimmed().isEmpty())
        call.response = answer.array().at(0);
    return call;
}

WorkflowRecorder::Source WorkflowRecorder::sourceFor(const Catalog &catalog,
                                                     const QString &workflowPath)
{
    Source source;
    source.name = identifier(catalog.info().title, QStringLiteral("api"));
    const QUrl url = catalog.document().main().url();
    source.url
        = url.isLocalFile()
              ? QDir(QFileInfo(workflowPath).absolutePath()).relativeFilePath(url.toLocalFile())
              : url.toString(QUrl::RemoveUserInfo);
    return source;
}

namespace {

/**
 * `text` with `item` (YAML of one sequence item, at column 0) added at the end of the block
 * sequence whose last item starts on `lastLine` (1-based); nothing when that sequence is not
 * in block style (a flow sequence cannot take a block item).
 */
std::optional<QByteArray> appendItem(const QByteArray &text, int lastLine, const QByteArray &item)
{
    QList<QByteArray> lines = text.split('\n');
    if (lastLine < 1 || lastLine > lines.size())
        return std::nullopt;
    // The item's dash, and how far in it is.
    const QByteArray &first = lines.at(lastLine - 1);
    qsizetype dash = 0;
    while (dash < first.size() && first.at(dash) == ' ')
        ++dash;
    if (dash >= first.size() || first.at(dash) != '-')
        return std::nullopt;
    // The sequence ends before the next line that starts less indented than its dashes.
    qsizetype end = lastLine;
    for (; end < lines.size(); ++end) {
        const QByteArray &line = lines.at(end);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        if (indent < dash || (indent == dash && line.at(indent) != '-'))
            break;
    }
    // Blank lines and comments just before the next key stay with it.
    while (end > lastLine && lines.at(end - 1).trimmed().isEmpty())
        --end;
    QList<QByteArray> added = item.split('\n');
    if (!added.isEmpty() && added.back().isEmpty())
        added.removeLast();
    for (QByteArray &line : added)
        line.prepend(QByteArray(dash, ' '));
    for (qsizetype i = 0; i < added.size(); ++i)
        lines.insert(end + i, added.at(i));
    return lines.join('\n');
}

} // namespace

QString WorkflowRecorder::save(const QString &path,
                               const QList<RecordedCall> &calls,
                               const Catalog &catalog,
                               QString &workflowId,
                               const QString &summary)
{
    if (calls.isEmpty())
        return tr("There is no call to write.");
    Source source = sourceFor(catalog, path);
    QByteArray text;
    if (!QFileInfo::exists(path)) {
        text = yaml(document(calls, source, workflowId, summary));
    } else {
        // A collection: one more workflow in it, the rest of its text as it is.
        const auto loaded = ArazzoDocument::load(path);
        if (!loaded.document)
            return tr("%1 is not an Arazzo document: choose another file, or a new one.")
                .arg(QFileInfo(path).fileName());
        const ArazzoDocument &collection = *loaded.document;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(path, file.errorString());
        text = file.readAll();
        if (!text.endsWith('\n'))
            text += '\n';
        QStringList taken;
        for (const ArazzoWorkflow &each : collection.workflows())
            taken << each.workflowId;
        const QString wanted = workflowId;
        for (int n = 2; taken.contains(workflowId); ++n)
            workflowId = wanted + QString::number(n);
        // The description's source when the collection has it, else one more.
        const QUrl described = catalog.document().main().url();
        bool found = false;
        for (const ArazzoSource &each : collection.sources()) {
            if (each.type == u"openapi" && collection.sourceUrl(each) == described) {
                source.name = each.name;
                found = true;
            }
        }
        if (!found) {
            QStringList names;
            for (const ArazzoSource &each : collection.sources())
                names << each.name;
            const QString base = source.name;
            for (int n = 2; names.contains(source.name); ++n)
                source.name = base + QString::number(n);
            const QByteArray item = yaml(
                QJsonArray{QJsonObject{{QStringLiteral("name"), source.name},
                                       {QStringLiteral("url"), source.url},
                                       {QStringLiteral("type"), QStringLiteral("openapi")}}});
            const int last = collection
                                 .position(QStringLiteral("/sourceDescriptions/%1")
                                               .arg(collection.sources().size() - 1))
                                 .line;
            const auto added
                = collection.sources().isEmpty() ? std::nullopt : appendItem(text, last, item);
            if (!added)
                return tr("%1 lists its sources in a way the console cannot add to (flow "
                          "style): add the source \"%2\" by hand, or choose another file.")
                    .arg(QFileInfo(path).fileName(), source.name);
            text = *added;
        }
        const QByteArray item = yaml(QJsonArray{workflow(calls, source.name, workflowId, summary)});
        // Positions are the text as it was read; the source added above is before them when
        // sourceDescriptions comes first, so the workflows are found again in the new text.
        const auto reread = ArazzoDocument::fromBytes(text, QUrl::fromLocalFile(path));
        if (!reread.document || reread.document->workflows().isEmpty())
            return tr("%1 has no workflows list the console can add to.")
                .arg(QFileInfo(path).fileName());
        const int last
            = reread.document
                  ->position(
                      QStringLiteral("/workflows/%1").arg(reread.document->workflows().size() - 1))
                  .line;
        const auto added = appendItem(text, last, item);
        if (!added)
            return tr("%1 lists its workflows in a way the console cannot add to (flow style): "
                      "choose another file.")
                .arg(QFileInfo(path).fileName());
        text = *added;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return QString();
}

QList<RecordedCall> WorkflowRecorder::fromHar(const QJsonObject &har,
                                              const std::shared_ptr<const Catalog> &catalog,
                                              int *skipped)
{
    QList<RecordedCall> calls;
    int missed = 0;
    const MockRouter router(catalog);
    const QJsonArray entries = har.value(u"log").toObject().value(u"entries").toArray();
    for (const QJsonValue &each : entries) {
        const QJsonObject entry = each.toObject();
        const QJsonObject request = entry.value(u"request").toObject();
        const QString method = request.value(u"method").toString().toUpper();
        const QUrl url(request.value(u"url").toString());
        // The operation, whatever base path the back-end serves it under.
        const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
        std::optional<MockRoute> route;
        for (qsizetype from = 0; from <= segments.size() && !route; ++from) {
            const auto found = router.route(method, u'/' + segments.mid(from).join(u'/'));
            if (const auto *matched = std::get_if<MockRoute>(&found))
                route = *matched;
        }
        if (!route || !route->operation) {
            ++missed;
            continue;
        }
        const Operation &operation = *route->operation;
        RecordedCall call;
        call.operationKey = operation.key;
        call.operationId = operation.operationId;
        for (auto it = route->pathParameters.cbegin(); it != route->pathParameters.cend(); ++it)
            call.values.path.insert(it.key(), it.value());
        const QUrlQuery query(url);
        QHash<QString, QString> headers;
        for (const QJsonValue &header : request.value(u"headers").toArray())
            headers.insert(header.toObject().value(u"name").toString().toLower(),
                           header.toObject().value(u"value").toString());
        for (const Parameter &parameter : operation.parameters) {
            // Credentials are the environment's and the keychain's: never written in a file.
            if (isSecretName(parameter.name))
                continue;
            if (parameter.location == ParameterLocation::Query
                && query.hasQueryItem(parameter.name)) {
                const QStringList values
                    = query.allQueryItemValues(parameter.name, QUrl::FullyDecoded);
                call.values.query.insert(parameter.name,
                                         values.size() == 1
                                             ? QJsonValue(values.front())
                                             : QJsonValue(QJsonArray::fromStringList(values)));
            } else if (parameter.location == ParameterLocation::Header
                       && headers.contains(parameter.name.toLower())) {
                call.values.header.insert(parameter.name, headers.value(parameter.name.toLower()));
            }
        }
        const QJsonObject posted = request.value(u"postData").toObject();
        if (posted.contains(u"text")) {
            const QString text = posted.value(u"text").toString();
            call.values.mediaType
                = posted.value(u"mimeType").toString().section(u';', 0, 0).trimmed();
            QJsonParseError error;
            const QJsonDocument parsed
                = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
            call.values.body
                = error.error == QJsonParseError::NoError ? parsed.array().at(0) : QJsonValue(text);
        }
        const QJsonObject response = entry.value(u"response").toObject();
        call.status = response.value(u"status").toInt();
        const QJsonObject content = response.value(u"content").toObject();
        QByteArray body = content.value(u"text").toString().toUtf8();
        if (content.value(u"encoding").toString() == u"base64")
            body = QByteArray::fromBase64(body);
        QJsonParseError error;
        const QJsonDocument answer = QJsonDocument::fromJson("[" + body + "]", &error);
        if (error.error == QJsonParseError::NoError && !body.trimmed().isEmpty())
            call.response = answer.array().at(0);
        calls.append(call);
    }
    if (skipped)
        *skipped = missed;
    return calls;
}

} // namespace Oxa
