// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Oxa {

/**
 * What a diagnostic is about, stable across releases and languages: scripts and tests match on
 * codeName(), people read the translated message.
 */
enum class DiagnosticCode : quint16 {
    // reading and syntax
    ReadFailed,
    NotARegularFile,
    DocumentTooLarge,
    JsonSyntax,
    YamlSyntax,
    Utf16Converted,
    InvalidUtf8,
    DuplicateKey,
    NonScalarKey,
    MultipleYamlDocuments,
    RecursiveAlias,
    UnknownYamlTag,
    MergeKeyApplied,
    // limits
    DepthLimit,
    AliasLimit,
    RefHopLimit,
    OperationLimit,
    DocumentCountLimit,
    // document shape
    NotOpenApi,
    UnknownVersion,
    SwaggerConverted,
    UnexpectedType,
    MissingField,
    // references
    DanglingRef,
    InvalidRef,
    ExternalRefForbidden,
    RemoteRefForbidden,
    ExternalDocumentFailed,
    CircularRefChain,
    RecursiveSchema,
    RefSiblingsIgnored,
    RefNotAllowedHere,
    UnsupportedRef,
    // operations and parameters
    SwaggerStyleParameter,
    NullableNormalised,
    DuplicateParameter,
    MissingPathParameter,
    UndeclaredPathParameter,
    InvalidParameter,
    DuplicateOperationId,
    SynthesisedOperationId,
    UnknownSecurityScheme,
    UnknownCapability,
    UnknownRisk,
    // Arazzo workflow documents
    ArazzoSchema,
    ArazzoVersion,
    ArazzoDuplicateId,
    ArazzoStepTarget,
    ArazzoUnresolved,
    ArazzoGotoTarget,
    ArazzoDependencyCycle,
    ArazzoExpression,
    ArazzoOutputName,
    ArazzoCriterion,
    ArazzoComponent,
    ArazzoSource,
    ArazzoNotRun,
    ArazzoParameter,
    ArazzoExtension,
};

/** The stable, dotted name of a code, for example "ref.dangling". */
const char *codeName(DiagnosticCode code);

/**
 * One finding about a document. The pointer is a JSON pointer inside `source` (the main
 * document when `source` is empty); line and column are 1-based, 0 when unknown.
 */
struct Diagnostic
{
    enum class Severity : quint8 { Error, Warning, Info };

    Severity severity = Severity::Error;
    DiagnosticCode code = DiagnosticCode::ReadFailed;
    QString message;
    QString pointer;
    QString source;
    int line = 0;
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

/** "error", "warning" or "info": the names the CLI prints and scripts match. */
const char *severityName(Diagnostic::Severity severity);

/** The translated severity, for people. */
QString severityText(Diagnostic::Severity severity);

/** Reading order: the main document first, then referenced documents; by line and column. */
void sortDiagnostics(Diagnostics &diagnostics);

/** How many diagnostics of that severity the list holds. */
qsizetype countSeverity(const Diagnostics &diagnostics, Diagnostic::Severity severity);

} // namespace Oxa
