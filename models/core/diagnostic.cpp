// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace Oxa {

const char *codeName(DiagnosticCode code)
{
    switch (code) {
    case DiagnosticCode::ReadFailed:
        return "io.read";
    case DiagnosticCode::NotARegularFile:
        return "io.not-a-file";
    case DiagnosticCode::DocumentTooLarge:
        return "limit.size";
    case DiagnosticCode::JsonSyntax:
        return "syntax.json";
    case DiagnosticCode::YamlSyntax:
        return "syntax.yaml";
    case DiagnosticCode::Utf16Converted:
        return "text.utf16";
    case DiagnosticCode::InvalidUtf8:
        return "text.invalid-utf8";
    case DiagnosticCode::DuplicateKey:
        return "syntax.duplicate-key";
    case DiagnosticCode::NonScalarKey:
        return "yaml.non-scalar-key";
    case DiagnosticCode::MultipleYamlDocuments:
        return "yaml.multiple-documents";
    case DiagnosticCode::RecursiveAlias:
        return "yaml.recursive-alias";
    case DiagnosticCode::UnknownYamlTag:
        return "yaml.unknown-tag";
    case DiagnosticCode::MergeKeyApplied:
        return "yaml.merge-key";
    case DiagnosticCode::DepthLimit:
        return "limit.depth";
    case DiagnosticCode::AliasLimit:
        return "limit.aliases";
    case DiagnosticCode::RefHopLimit:
        return "limit.ref-hops";
    case DiagnosticCode::OperationLimit:
        return "limit.operations";
    case DiagnosticCode::DocumentCountLimit:
        return "limit.documents";
    case DiagnosticCode::NotOpenApi:
        return "spec.not-openapi";
    case DiagnosticCode::UnknownVersion:
        return "spec.unknown-version";
    case DiagnosticCode::SwaggerConverted:
        return "spec.swagger-converted";
    case DiagnosticCode::UnexpectedType:
        return "spec.unexpected-type";
    case DiagnosticCode::MissingField:
        return "spec.missing-field";
    case DiagnosticCode::DanglingRef:
        return "ref.dangling";
    case DiagnosticCode::InvalidRef:
        return "ref.invalid";
    case DiagnosticCode::ExternalRefForbidden:
        return "ref.outside-folder";
    case DiagnosticCode::RemoteRefForbidden:
        return "ref.remote-forbidden";
    case DiagnosticCode::ExternalDocumentFailed:
        return "ref.document-failed";
    case DiagnosticCode::CircularRefChain:
        return "ref.circular-chain";
    case DiagnosticCode::RecursiveSchema:
        return "ref.recursive-schema";
    case DiagnosticCode::RefSiblingsIgnored:
        return "ref.siblings-ignored";
    case DiagnosticCode::RefNotAllowedHere:
        return "ref.not-allowed-here";
    case DiagnosticCode::UnsupportedRef:
        return "ref.unsupported";
    case DiagnosticCode::SwaggerStyleParameter:
        return "param.swagger-style";
    case DiagnosticCode::NullableNormalised:
        return "schema.nullable";
    case DiagnosticCode::DuplicateParameter:
        return "param.duplicate";
    case DiagnosticCode::MissingPathParameter:
        return "param.path-missing";
    case DiagnosticCode::UndeclaredPathParameter:
        return "param.path-undeclared";
    case DiagnosticCode::InvalidParameter:
        return "param.invalid";
    case DiagnosticCode::DuplicateOperationId:
        return "operation.duplicate-id";
    case DiagnosticCode::SynthesisedOperationId:
        return "operation.synthesised-id";
    case DiagnosticCode::UnknownSecurityScheme:
        return "security.unknown-scheme";
    case DiagnosticCode::UnknownCapability:
        return "oxa.unknown-capability";
    case DiagnosticCode::UnknownRisk:
        return "oxa.unknown-risk";
    case DiagnosticCode::ArazzoSchema:
        return "arazzo.schema";
    case DiagnosticCode::ArazzoVersion:
        return "arazzo.version";
    case DiagnosticCode::ArazzoDuplicateId:
        return "arazzo.duplicate-id";
    case DiagnosticCode::ArazzoStepTarget:
        return "arazzo.step-target";
    case DiagnosticCode::ArazzoUnresolved:
        return "arazzo.unresolved";
    case DiagnosticCode::ArazzoGotoTarget:
        return "arazzo.goto-target";
    case DiagnosticCode::ArazzoDependencyCycle:
        return "arazzo.dependency-cycle";
    case DiagnosticCode::ArazzoExpression:
        return "arazzo.expression";
    case DiagnosticCode::ArazzoOutputName:
        return "arazzo.output-name";
    case DiagnosticCode::ArazzoCriterion:
        return "arazzo.criterion";
    case DiagnosticCode::ArazzoComponent:
        return "arazzo.component";
    case DiagnosticCode::ArazzoSource:
        return "arazzo.source";
    case DiagnosticCode::ArazzoNotRun:
        return "arazzo.not-run";
    case DiagnosticCode::ArazzoParameter:
        return "arazzo.parameter";
    case DiagnosticCode::ArazzoExtension:
        return "arazzo.extension";
    }
    return "unknown";
}

const char *severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return "error";
    case Diagnostic::Severity::Warning:
        return "warning";
    case Diagnostic::Severity::Info:
        return "info";
    }
    return "error";
}

QString severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QCoreApplication::translate("Oxa::Diagnostic", "error");
    case Diagnostic::Severity::Warning:
        return QCoreApplication::translate("Oxa::Diagnostic", "warning");
    case Diagnostic::Severity::Info:
        return QCoreApplication::translate("Oxa::Diagnostic", "info");
    }
    return QString();
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(),
                     diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.source != b.source)
                             return a.source.isEmpty()
                                    || (!b.source.isEmpty() && a.source < b.source);
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
}

qsizetype countSeverity(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(), [severity](const auto &d) {
        return d.severity == severity;
    });
}

} // namespace Oxa
