// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "specloader.h"

#include "document/documentfetcher.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "document/referencewalker.h"
#include "document/specdocument.h"
#include "document/swaggerconverter.h"
#include "document/utf8.h"
#include "document/yamlreader.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace Oxa {

namespace {

Diagnostic errorDiagnostic(DiagnosticCode code,
                           const QString &message,
                           const QString &source = QString())
{
    Diagnostic diagnostic;
    diagnostic.code = code;
    diagnostic.message = message;
    diagnostic.source = source;
    return diagnostic;
}

/** UTF-16 and UTF-32 texts (with a byte order mark) become UTF-8; nothing otherwise. */
std::optional<QByteArray> convertToUtf8(const QByteArray &bytes)
{
    const auto encoding = QStringConverter::encodingForData(bytes);
    if (!encoding || *encoding == QStringConverter::Utf8)
        return std::nullopt;
    QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    return text.toUtf8();
}

std::shared_ptr<DocumentFetcher> fetcherFor(const LoadOptions &options)
{
    return options.fetcher ? options.fetcher : std::make_shared<DefaultDocumentFetcher>();
}

bool looksLikeJson(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

QUrl SpecLoader::urlFromLocation(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"file"))
        return url;
    return QUrl::fromLocalFile(QFileInfo(location).absoluteFilePath());
}

LoadResult SpecLoader::load(const QString &location, const LoadOptions &options)
{
    return load(urlFromLocation(location), options);
}

LoadResult SpecLoader::load(const QUrl &url, const LoadOptions &options)
{
    if (options.progress)
        options.progress(LoadStage::Reading);
    auto fetched = fetcherFor(options)->fetch(url,
                                              options.limits.maxDocumentBytes,
                                              options.limits.networkTimeoutSeconds,
                                              options.cancel);
    if (!fetched) {
        LoadResult result;
        result.cancelled = fetched.error().code == Error::Code::Cancelled;
        result.diagnostics.append(
            errorDiagnostic(fetched.error().diagnostic, fetched.error().message));
        return result;
    }
    return loadBytes(std::move(fetched->bytes),
                     fetched->url.isValid() ? fetched->url : url,
                     options);
}

Result<std::unique_ptr<JsonTree>> SpecLoader::parseText(QByteArray bytes,
                                                        const QUrl &url,
                                                        const LoadLimits &limits,
                                                        Diagnostics &findings,
                                                        const QString &sourceName)
{
    if (bytes.size() > limits.maxDocumentBytes)
        return makeError(Error::Code::Limit,
                         tr("The document is %1 bytes long, more than the limit of %2 bytes")
                             .arg(bytes.size())
                             .arg(limits.maxDocumentBytes),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    if (auto converted = convertToUtf8(bytes)) {
        bytes = std::move(*converted);
        Diagnostic note
            = errorDiagnostic(DiagnosticCode::Utf16Converted,
                              tr("The text is UTF-16 or UTF-32; it was converted to UTF-8"),
                              sourceName);
        note.severity = Diagnostic::Severity::Info;
        findings.append(note);
    }
    if (const qsizetype invalid = Utf8::firstInvalid(bytes.constData(), bytes.size());
        invalid >= 0) {
        // Read what can be read: each invalid sequence becomes U+FFFD (lines stay where they are).
        const TextPosition position = textPosition(bytes, invalid);
        Diagnostic note
            = errorDiagnostic(DiagnosticCode::InvalidUtf8,
                              tr("The text is not valid UTF-8; invalid bytes were replaced with "
                                 "U+FFFD, the first one here"),
                              sourceName);
        note.severity = Diagnostic::Severity::Warning;
        note.line = position.line;
        note.column = position.column;
        findings.append(note);
        bytes = QString::fromUtf8(bytes).toUtf8();
    }
    const QString path = url.path().toLower();
    const bool jsonName = path.endsWith(u".json");
    const bool tryJsonFirst = jsonName || looksLikeJson(bytes);

    auto attempt
        = [&](SourceFormat format, Diagnostics &found) -> Result<std::unique_ptr<JsonTree>> {
        auto tree = std::make_unique<JsonTree>(bytes, format);
        const Result<void> status = format == SourceFormat::Json
                                        ? JsonReader::read(*tree, limits, found)
                                        : YamlReader::read(*tree, limits, found);
        if (!status) {
            Error error = status.error();
            if (error.offset >= 0 && error.line == 0) {
                const TextPosition position = tree->position(quint32(error.offset));
                error.line = position.line;
                error.column = position.column;
            }
            return tl::unexpected<Error>(error);
        }
        return tree;
    };

    Diagnostics firstFindings;
    auto first = attempt(tryJsonFirst ? SourceFormat::Json : SourceFormat::Yaml, firstFindings);
    if (!first && tryJsonFirst && !jsonName && first.error().code == Error::Code::Parse) {
        // JSON-looking text may still be YAML flow style ({a: 1}).
        Diagnostics yamlFindings;
        if (auto yaml = attempt(SourceFormat::Yaml, yamlFindings)) {
            for (Diagnostic &finding : yamlFindings)
                finding.source = sourceName;
            findings.append(yamlFindings);
            return yaml;
        }
    }
    for (Diagnostic &finding : firstFindings)
        finding.source = sourceName;
    findings.append(firstFindings);
    return first;
}

LoadResult SpecLoader::loadBytes(QByteArray bytes, const QUrl &url, const LoadOptions &options)
{
    LoadResult result;
    auto document = std::make_shared<SpecDocument>();
    Diagnostics &diagnostics = document->m_diagnostics;

    if (options.progress)
        options.progress(LoadStage::Parsing);
    auto parsed = parseText(std::move(bytes), url, options.limits, diagnostics, QString());
    if (!parsed) {
        const Error &error = parsed.error();
        Diagnostic diagnostic = errorDiagnostic(error.diagnostic, error.message);
        diagnostic.line = error.line;
        diagnostic.column = error.column;
        result.diagnostics = diagnostics;
        result.diagnostics.append(diagnostic);
        return result;
    }
    document->m_sources.push_back(std::make_unique<SourceDocument>(url, std::move(*parsed)));
    SourceDocument &main = *document->m_sources.front();
    const JsonNode *root = main.tree().root();
    document->m_root = root;

    auto fail = [&](DiagnosticCode code, const QString &message) {
        result.diagnostics = diagnostics;
        result.diagnostics.append(document->diagnostic(Diagnostic::Severity::Error,
                                                       code,
                                                       message,
                                                       QString(),
                                                       NodeRef{&main, root}));
        return result;
    };
    if (!root->isObject())
        return fail(DiagnosticCode::NotOpenApi,
                    tr("This is not an OpenAPI description: the document is a %1, not an object")
                        .arg(QString::fromLatin1(JsonNode::typeName(root->type()))));

    // Which version, and how to read it.
    const NodeRef openapi = NodeRef{&main, root->get("openapi")};
    const NodeRef swagger = NodeRef{&main, root->get("swagger")};
    auto note = [&](Diagnostic::Severity severity,
                    DiagnosticCode code,
                    const QString &message,
                    const QString &pointer,
                    const NodeRef &at) {
        diagnostics.append(document->diagnostic(severity, code, message, pointer, at));
    };
    if (openapi) {
        const QString version = scalarText(openapi);
        document->m_versionText = version;
        if (version.startsWith(u"3.0")) {
            document->m_version = SpecVersion::OpenApi30;
        } else if (version.startsWith(u"3.1")) {
            document->m_version = SpecVersion::OpenApi31;
        } else if (version.startsWith(u'3')) {
            document->m_version = SpecVersion::OpenApi31;
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnknownVersion,
                 tr("OpenAPI %1 is not a version we know; it is read as OpenAPI 3.1").arg(version),
                 QStringLiteral("/openapi"),
                 openapi);
        } else {
            document->m_version = SpecVersion::OpenApi30;
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnknownVersion,
                 tr("\"openapi: %1\" is not a version we know; it is read as OpenAPI 3.0")
                     .arg(version),
                 QStringLiteral("/openapi"),
                 openapi);
        }
    } else if (swagger) {
        const QString version = scalarText(swagger);
        document->m_versionText = version;
        document->m_version = SpecVersion::Swagger20;
        if (version != u"2.0")
            note(Diagnostic::Severity::Warning,
                 DiagnosticCode::UnknownVersion,
                 tr("\"swagger: %1\" is not a version we know; it is read as Swagger 2.0")
                     .arg(version),
                 QStringLiteral("/swagger"),
                 swagger);
    } else if (root->get("paths")) {
        document->m_version = SpecVersion::OpenApi30;
        note(Diagnostic::Severity::Warning,
             DiagnosticCode::UnknownVersion,
             tr("The document says neither \"openapi\" nor \"swagger\"; it is read as OpenAPI 3.0"),
             QString(),
             NodeRef{&main, root});
    } else {
        return fail(DiagnosticCode::NotOpenApi,
                    tr("This is not an OpenAPI description: it has no \"openapi\", \"swagger\" or "
                       "\"paths\" field"));
    }

    if (document->m_version == SpecVersion::Swagger20) {
        document->m_root
            = main.tree().store(SwaggerConverter::convert(main.tree(), url, diagnostics));
        note(Diagnostic::Severity::Info,
             DiagnosticCode::SwaggerConverted,
             tr("Swagger 2.0 description converted to OpenAPI 3.0"),
             QStringLiteral("/swagger"),
             swagger);
    }

    // Resolve every reference, loading referenced documents on demand.
    const std::shared_ptr<DocumentFetcher> fetcher = fetcherFor(options);
    SpecDocument *raw = document.get();
    auto loader = [raw, fetcher, &options](const QUrl &target) -> Result<const SourceDocument *> {
        auto fetched = fetcher->fetch(target,
                                      options.limits.maxDocumentBytes,
                                      options.limits.networkTimeoutSeconds,
                                      options.cancel);
        if (!fetched)
            return tl::unexpected<Error>(fetched.error());
        const QString name = raw->displayName(target);
        auto tree
            = parseText(std::move(fetched->bytes), target, options.limits, raw->m_diagnostics, name);
        if (!tree) {
            Error error = tree.error();
            if (error.line > 0)
                error.message = tr("line %1, column %2: %3")
                                    .arg(error.line)
                                    .arg(error.column)
                                    .arg(error.message);
            return tl::unexpected<Error>(error);
        }
        raw->m_sources.push_back(std::make_unique<SourceDocument>(target, std::move(*tree)));
        return raw->m_sources.back().get();
    };
    if (options.progress)
        options.progress(LoadStage::ResolvingReferences);
    ReferenceWalker walker(*document, options, loader);
    if (!walker.run()) {
        result.cancelled = true;
        result.diagnostics = diagnostics;
        return result;
    }

    sortDiagnostics(diagnostics);
    result.diagnostics = diagnostics;
    result.document = std::move(document);
    return result;
}

} // namespace Oxa
