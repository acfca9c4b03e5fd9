// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// catalog/ owns the operations of a document as the console, the CLI, the forms and the
// workflows see them: parameters after the path-level merge, bodies, responses, security,
// effective servers, and each operation's OXA capability and risk.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Oxa {

/** What an operation is for, in OXA's terms. */
enum class Capability : quint8 {
    Enrichment, ///< read-only look-ups and searches: observables, indicators, assets, alerts, context
    Response,   ///< actions on security controls or cases: countermeasures, isolation, playbooks
    Telemetry,      ///< counters, time series, statistics
    Administration, ///< configuration and data management: users, rules, connectors…
    Other,
};

/** What calling an operation may do. */
enum class Risk : quint8 {
    Read,        ///< changes nothing
    Write,       ///< changes configuration or data
    Response,    ///< acts on the defended estate
    Destructive, ///< deletes
};

/** "enrichment", "response", "telemetry", "administration", "other". */
const char *capabilityName(Capability capability);
/** "read", "write", "response", "destructive". */
const char *riskName(Risk risk);
std::optional<Capability> capabilityFromName(QStringView name);
std::optional<Risk> riskFromName(QStringView name);
/** Translated names, for people. */
QString capabilityText(Capability capability);
QString riskText(Risk risk);

/** What the classifier looks at. */
struct ClassificationInput
{
    QString method; ///< upper case
    QString path;
    QString operationId;
    QString summary;
    QStringList tags;
    /** x-oxa-capability / x-oxa-risk on the operation, when valid. */
    std::optional<Capability> capability;
    std::optional<Risk> risk;
    /** x-oxa-capability / x-oxa-risk of the first of its tags that has one, and that tag. */
    std::optional<Capability> tagCapability;
    std::optional<Risk> tagRisk;
    QString tagWithCapability;
    QString tagWithRisk;
};

struct Classification
{
    Capability capability = Capability::Other;
    Risk risk = Risk::Read;
    QString capabilityReason; ///< translated: why this capability
    QString riskReason;       ///< translated: why this risk
};

/**
 * Decides an operation's capability and risk. Explicit annotations win: `x-oxa-capability` and
 * `x-oxa-risk` on the operation, then on its tags. Otherwise, documented heuristics:
 *
 * - An operation changes state unless its method is GET, HEAD, OPTIONS or TRACE, or its summary
 *   starts with a reading verb (get, list, search, count, look up…), or its path or operationId
 *   names a search, look-up or count, or it runs a query. So a POST that only searches or counts
 *   is enrichment or telemetry, not a change of state.
 * - Telemetry: a read that names counters, statistics, metrics, histograms, time series, heat
 *   maps, usage, top-N or counts.
 * - Response: a change that acts on the defended estate (isolate, quarantine, block, contain,
 *   kill, ban, remediate; activate or deny a countermeasure; run a playbook or an action), or
 *   that changes a case, an alert or an incident — unless the path is configuration (/conf…).
 * - Administration: configuration and its data (users, roles, keys, connectors, formats, rules,
 *   playbooks, modules, triggers, settings, authentication…), and any other change of data.
 * - Enrichment: a read of security data (observables, indicators, IOCs, CTI objects, assets,
 *   alerts, cases, events, threats, vulnerabilities, context…).
 * - Path segments decide first, in order (namespaces such as /api, /v1 or /cti do not decide),
 *   then tags, then the operationId and the summary. Nothing recognised: other.
 *
 * Risk: DELETE, or a change whose verb deletes (delete, remove, purge…), is destructive; a read
 * is read; a response that acts on the estate is response; any other change is write.
 */
class OperationClassifier
{
    Q_DECLARE_TR_FUNCTIONS(OperationClassifier)

public:
    static Classification classify(const ClassificationInput &input);
};

} // namespace Oxa
