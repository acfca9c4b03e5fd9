// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "classification.h"

#include "core/enumnames.h"

namespace Oxa {

namespace {

constexpr NamedValue<Capability> kCapabilities[] = {
    {Capability::Enrichment, "enrichment"},
    {Capability::Response, "response"},
    {Capability::Telemetry, "telemetry"},
    {Capability::Administration, "administration"},
    {Capability::Other, "other"},
};

constexpr NamedValue<Risk> kRisks[] = {
    {Risk::Read, "read"},
    {Risk::Write, "write"},
    {Risk::Response, "response"},
    {Risk::Destructive, "destructive"},
};

} // namespace

const char *capabilityName(Capability capability)
{
    return nameOf(kCapabilities, capability, "other");
}

const char *riskName(Risk risk)
{
    return nameOf(kRisks, risk, "read");
}

std::optional<Capability> capabilityFromName(QStringView name)
{
    return valueNamed(kCapabilities, name, Qt::CaseInsensitive);
}

std::optional<Risk> riskFromName(QStringView name)
{
    return valueNamed(kRisks, name, Qt::CaseInsensitive);
}

QString capabilityText(Capability capability)
{
    switch (capability) {
    case Capability::Enrichment:
        return OperationClassifier::tr("Enrichment");
    case Capability::Response:
        return OperationClassifier::tr("Response");
    case Capability::Telemetry:
        return OperationClassifier::tr("Telemetry");
    case Capability::Administration:
        return OperationClassifier::tr("Administration");
    case Capability::Other:
        return OperationClassifier::tr("Other");
    }
    return QString();
}

QString riskText(Risk risk)
{
    switch (risk) {
    case Risk::Read:
        return OperationClassifier::tr("Read");
    case Risk::Write:
        return OperationClassifier::tr("Write");
    case Risk::Response:
        return OperationClassifier::tr("Response");
    case Risk::Destructive:
        return OperationClassifier::tr("Destructive");
    }
    return QString();
}

namespace {

using Words = std::initializer_list<QStringView>;

// Vocabularies, in whole lower-case words. Keep them sorted by theme, not alphabetically: the
// comments say why a word is where it is.
constexpr Words ReadMethods = {u"GET", u"HEAD", u"OPTIONS", u"TRACE"};
constexpr Words Filler = {u"a",
                          u"an",
                          u"the",
                          u"bulk",
                          u"batch",
                          u"mass",
                          u"async",
                          u"asynchronously",
                          u"please",
                          u"new"};
constexpr Words ReadVerbs
    = {u"get",      u"gets",     u"list",    u"lists",   u"retrieve",  u"retrieves", u"search",
       u"searches", u"find",     u"finds",   u"count",   u"counts",    u"lookup",    u"look",
       u"query",    u"fetch",    u"fetches", u"show",    u"shows",     u"read",      u"reads",
       u"consume",  u"download", u"check",   u"checks",  u"validate",  u"verify",    u"parse",
       u"preview",  u"describe", u"return",  u"returns", u"resolve",   u"enrich",    u"match",
       u"browse",   u"view",     u"extract", u"compute", u"calculate", u"estimate",  u"analyze",
       u"analyse",  u"evaluate", u"inspect", u"explain", u"test"};
// Verbs that change state.
constexpr Words ChangeVerbs
    = {u"update",   u"updates",    u"edit",   u"modify",  u"patch",   u"change", u"set",
       u"delete",   u"remove",     u"cancel", u"stop",    u"disable", u"enable", u"rename",
       u"replace",  u"add",        u"revoke", u"restore", u"merge",   u"attach", u"detach",
       u"purge",    u"upload",     u"import", u"reset",   u"save",    u"store",  u"register",
       u"assign",   u"associate",  u"link",   u"unlink",  u"send",    u"define", u"request",
       u"generate", u"process",    u"login",  u"logout",  u"refresh", u"switch", u"approve",
       u"activate", u"deactivate", u"deny",   u"post",    u"put",     u"create", u"creates"};
// Path words that make a POST without a telling verb a read: it searches, looks up or counts.
constexpr Words SearchWords
    = {u"search", u"lookup", u"count", u"counters", u"find", u"enrich", u"enrichment", u"reputation"};
// Running one of these is a search, even when the summary says "create" or "execute".
constexpr Words SearchNouns
    = {u"search", u"searches", u"query", u"queries", u"hunt", u"hunting", u"lookup", u"lookups"};
constexpr Words SearchStarters
    = {u"create", u"creates", u"run", u"execute", u"start", u"submit", u"launch", u"trigger"};
constexpr Words RunVerbs
    = {u"run", u"rerun", u"execute", u"launch", u"trigger", u"triggers", u"re"};

// Telemetry words anywhere (path, operationId, summary, tags)…
constexpr Words TelemetryWords = {u"telemetry",
                                  u"statistics",
                                  u"statistic",
                                  u"stats",
                                  u"counters",
                                  u"counter",
                                  u"metrics",
                                  u"metric",
                                  u"histogram",
                                  u"histograms",
                                  u"timeseries",
                                  u"heatmap",
                                  u"aggregation",
                                  u"aggregations"};
// …and words that only say "telemetry" in the path ("top-10 similar terms" in a summary does not).
constexpr Words PathTelemetryWords = {u"top", u"count", u"counts", u"usage", u"trends", u"trend"};

// Acting on the defended estate.
constexpr Words EstateActions
    = {u"isolate",      u"unisolate",   u"deisolate", u"isolation", u"quarantine",
       u"unquarantine", u"block",       u"unblock",   u"blocklist", u"contain",
       u"containment",  u"kill",        u"terminate", u"ban",       u"unban",
       u"remediate",    u"remediation", u"disinfect", u"sinkhole",  u"respond"};
constexpr Words CountermeasureWords = {u"countermeasure", u"countermeasures"};
constexpr Words DecisionVerbs
    = {u"activate", u"deny", u"apply", u"approve", u"reject", u"execute", u"run", u"trigger"};
constexpr Words AutomationNouns = {u"playbook",
                                   u"playbooks",
                                   u"automation",
                                   u"automations",
                                   u"remediation",
                                   u"remediations",
                                   u"script",
                                   u"scripts",
                                   u"actions",
                                   u"action"};
constexpr Words CaseNouns = {u"case",
                             u"cases",
                             u"alert",
                             u"alerts",
                             u"incident",
                             u"incidents",
                             u"investigation",
                             u"investigations"};

constexpr Words DeleteVerbs
    = {u"delete", u"deletes", u"remove", u"removes", u"purge", u"destroy", u"erase", u"wipe", u"drop"};

// Path segments that mean "configuration" wherever the rest points.
constexpr Words ConfigurationSegments = {u"conf",
                                         u"config",
                                         u"configuration",
                                         u"configurations",
                                         u"settings",
                                         u"admin",
                                         u"administration"};
// Path words that never decide: namespaces and versions.
constexpr Words Namespaces = {u"api",
                              u"apis",
                              u"rest",
                              u"v1",
                              u"v2",
                              u"v3",
                              u"v4",
                              u"cti",
                              u"management",
                              u"public",
                              u"internal"};

constexpr Words AdministrationNouns
    = {u"user",        u"users",        u"role",           u"roles",          u"permission",
       u"permissions", u"organization", u"organizations",  u"organisation",   u"organisations",
       u"customer",    u"customers",    u"keys",           u"license",        u"licenses",
       u"invitation",  u"invitations",  u"plan",           u"plans",          u"avatar",
       u"avatars",     u"auth",         u"authentication", u"login",          u"logout",
       u"password",    u"mfa",          u"jwks",           u"session",        u"sessions",
       u"connector",   u"connectors",   u"format",         u"formats",        u"rule",
       u"rules",       u"playbook",     u"playbooks",      u"module",         u"modules",
       u"trigger",     u"triggers",     u"configuration",  u"configurations", u"setting",
       u"settings",    u"ssh",          u"views",          u"generation",     u"optimization",
       u"datasource",  u"datasources",  u"ingestion",      u"feed",           u"feeds",
       u"webhook",     u"webhooks",     u"integration",    u"integrations",   u"template",
       u"templates",   u"parser",       u"parsers",        u"tenant",         u"tenants",
       u"policy",      u"policies",     u"workspace",      u"workspaces",     u"profile",
       u"profiles",    u"entity",       u"entities",       u"catalog",        u"orchestration",
       u"automation",  u"automations",  u"action",         u"actions",        u"runs"};

constexpr Words EnrichmentNouns = {u"observable",
                                   u"observables",
                                   u"indicator",
                                   u"indicators",
                                   u"ioc",
                                   u"iocs",
                                   u"stix",
                                   u"object",
                                   u"objects",
                                   u"relationship",
                                   u"relationships",
                                   u"report",
                                   u"reports",
                                   u"sector",
                                   u"sectors",
                                   u"vulnerability",
                                   u"vulnerabilities",
                                   u"killchain",
                                   u"bundle",
                                   u"bundles",
                                   u"collection",
                                   u"collections",
                                   u"misp",
                                   u"taxii",
                                   u"threat",
                                   u"threats",
                                   u"alert",
                                   u"alerts",
                                   u"case",
                                   u"cases",
                                   u"event",
                                   u"events",
                                   u"asset",
                                   u"assets",
                                   u"atom",
                                   u"atoms",
                                   u"host",
                                   u"hosts",
                                   u"account",
                                   u"accounts",
                                   u"comment",
                                   u"comments",
                                   u"timeline",
                                   u"history",
                                   u"context",
                                   u"reputation",
                                   u"sighting",
                                   u"sightings",
                                   u"intel",
                                   u"intelligence",
                                   u"enrichment",
                                   u"lookup",
                                   u"search",
                                   u"note",
                                   u"notes",
                                   u"domain",
                                   u"domains",
                                   u"ip",
                                   u"ips",
                                   u"url",
                                   u"urls",
                                   u"hash",
                                   u"hashes",
                                   u"file",
                                   u"files",
                                   u"detection",
                                   u"detections",
                                   u"incident",
                                   u"incidents",
                                   u"investigation",
                                   u"investigations",
                                   u"notebook",
                                   u"notebooks",
                                   u"query",
                                   u"queries",
                                   u"export",
                                   u"exports",
                                   u"countermeasure",
                                   u"countermeasures",
                                   u"graph",
                                   u"graphs",
                                   u"label",
                                   u"labels",
                                   u"source",
                                   u"sources",
                                   u"target",
                                   u"targets",
                                   u"malware",
                                   u"campaign",
                                   u"campaigns",
                                   u"actor",
                                   u"actors",
                                   u"technique",
                                   u"techniques",
                                   u"mitre",
                                   u"verdict",
                                   u"verdicts",
                                   u"whois",
                                   u"dns",
                                   u"geoip",
                                   u"device",
                                   u"devices",
                                   u"endpoint",
                                   u"endpoints",
                                   u"process",
                                   u"processes",
                                   u"identity",
                                   u"identities"};

bool contains(Words words, QStringView word)
{
    for (QStringView w : words)
        if (w == word)
            return true;
    return false;
}

/** The first word of `list` that is in `words`, or an empty string. */
QString firstIn(const QStringList &list, Words words)
{
    for (const QString &word : list)
        if (contains(words, word))
            return word;
    return QString();
}

/** Lower-case words: split on anything that is not a letter or a digit, and on camelCase. */
QStringList splitWords(QStringView text)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (c.isUpper() && !current.isEmpty()
            && (current.back().isLower() || (i + 1 < text.size() && text[i + 1].isLower())))
            flush();
        current += c;
    }
    flush();
    return words;
}

struct Evidence
{
    QStringList segments;  // literal path segments, lower-case, in order
    QStringList pathWords; // their words, in order
    QStringList idWords;
    QStringList summaryWords;
    QStringList tagWords;
    QString verb;
    bool readMethod = false;

    QStringList all() const { return pathWords + idWords + summaryWords + tagWords; }
};

Evidence gather(const ClassificationInput &input)
{
    Evidence e;
    for (const QString &segment : input.path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment.startsWith(u'{'))
            continue;
        e.segments << segment.toLower();
        e.pathWords << splitWords(segment);
    }
    e.idWords = splitWords(input.operationId);
    while (!e.idWords.isEmpty()
           && (e.idWords.last() == u"resource" || e.idWords.last() == u"resources"
               || e.idWords.last() == u"ressource"))
        e.idWords.removeLast();
    e.summaryWords = splitWords(input.summary);
    for (const QString &tag : input.tags)
        e.tagWords << splitWords(tag);
    for (QStringList *list : {&e.pathWords, &e.idWords, &e.summaryWords, &e.tagWords}) {
        for (qsizetype i = 0; i + 1 < list->size(); ++i) {
            // "kill-chains" are threat intelligence, not an order to kill anything.
            if (list->at(i) == u"kill" && list->at(i + 1).startsWith(u"chain"))
                (*list)[i] = QStringLiteral("killchain");
            // "counter_measures" are countermeasures, not counters.
            if (list->at(i) == u"counter" && list->at(i + 1).startsWith(u"measure")) {
                (*list)[i] = QStringLiteral("countermeasures");
                list->removeAt(i + 1);
            }
        }
    }
    e.readMethod = contains(ReadMethods, input.method);

    auto verbOf = [](const QStringList &words, QStringView skip) {
        for (const QString &word : words) {
            if (contains(Filler, word) || word == skip)
                continue;
            return word;
        }
        return QString();
    };
    e.verb = verbOf(e.summaryWords, QStringView());
    if (e.verb.isEmpty()) {
        // operationIds often start with the method (post_threat_impact): that says nothing.
        const QString method = input.method.toLower();
        const QString first = verbOf(e.idWords, method);
        if (contains(ReadVerbs, first) || contains(ChangeVerbs, first) || contains(RunVerbs, first)
            || contains(DeleteVerbs, first))
            e.verb = first;
    }
    return e;
}

QString quoted(const QString &word)
{
    return u'"' + word + u'"';
}

} // namespace

Classification OperationClassifier::classify(const ClassificationInput &input)
{
    const Evidence e = gather(input);
    const QStringList everything = e.all();
    const QString searchNoun = firstIn(e.pathWords, SearchNouns);
    const QString caseNoun = firstIn(e.pathWords, CaseNouns);
    const QString configurationSegment = firstIn(e.segments, ConfigurationSegments);
    const bool configuration = !configurationSegment.isEmpty();
    const bool firstSegmentIsConfiguration
        = configuration && e.segments.first() == configurationSegment;
    QString telemetry = firstIn(everything, TelemetryWords);
    if (telemetry.isEmpty())
        telemetry = firstIn(e.pathWords + QStringList{e.verb}, PathTelemetryWords);
    Classification result;

    // Does it change state?
    bool changes = true;
    QString changeReason;
    if (e.readMethod) {
        changes = false;
        changeReason = tr("%1 reads").arg(input.method);
    } else if (contains(ReadVerbs, e.verb)) {
        changes = false;
        changeReason = tr("%1 that only reads (%2)").arg(input.method, quoted(e.verb));
    } else if ((e.verb.isEmpty() || contains(SearchStarters, e.verb)) && !searchNoun.isEmpty()) {
        changes = false;
        changeReason = tr("%1 that runs a search (%2)").arg(input.method, quoted(searchNoun));
    } else if (!contains(ChangeVerbs, e.verb) && !contains(DeleteVerbs, e.verb)
               && !contains(RunVerbs, e.verb)) {
        const QString search = firstIn(e.pathWords, SearchWords);
        if (!search.isEmpty()) {
            changes = false;
            changeReason = tr("%1 that searches or counts (%2)").arg(input.method, quoted(search));
        }
    }
    if (changes)
        changeReason = tr("%1 changes state").arg(input.method);

    // Does it act on the defended estate?
    QString estateAction = firstIn(everything, EstateActions);
    if (estateAction.isEmpty()
        && !firstIn(e.pathWords + e.summaryWords, CountermeasureWords).isEmpty()) {
        const QString decision
            = firstIn(e.pathWords + QStringList{e.verb} + e.idWords, DecisionVerbs);
        if (!decision.isEmpty())
            estateAction = decision + u' ' + tr("a countermeasure");
    }
    if (estateAction.isEmpty()) {
        const QString run = contains(RunVerbs, e.verb) ? e.verb : firstIn(e.pathWords, RunVerbs);
        const QString automation = firstIn(e.pathWords, AutomationNouns);
        if (!run.isEmpty() && !automation.isEmpty()
            && !(run == u"trigger" && automation == u"action"))
            estateAction = (run == u"re" ? QStringLiteral("re-run") : run) + u' ' + automation;
    }

    // Capability.
    if (input.capability) {
        result.capability = *input.capability;
        result.capabilityReason = tr("x-oxa-capability on the operation");
    } else if (input.tagCapability) {
        result.capability = *input.tagCapability;
        result.capabilityReason
            = tr("x-oxa-capability on the tag %1").arg(quoted(input.tagWithCapability));
    } else if (!changes && !telemetry.isEmpty()) {
        result.capability = Capability::Telemetry;
        result.capabilityReason = tr("reads counts or statistics (%1)").arg(quoted(telemetry));
    } else if (!changes && !searchNoun.isEmpty()) {
        result.capability = Capability::Enrichment;
        result.capabilityReason = tr("searches (%1)").arg(quoted(searchNoun));
    } else if (changes && !firstSegmentIsConfiguration && !estateAction.isEmpty()) {
        result.capability = Capability::Response;
        result.capabilityReason = tr("acts on the defended estate (%1)").arg(quoted(estateAction));
    } else if (changes && !configuration && !caseNoun.isEmpty()) {
        result.capability = Capability::Response;
        result.capabilityReason = tr("changes a case or an alert (%1)").arg(quoted(caseNoun));
    } else if (configuration) {
        result.capability = Capability::Administration;
        result.capabilityReason = tr("configuration (%1)").arg(quoted(u'/' + configurationSegment));
    } else {
        // The first word that names a domain decides: path first, then tags, operationId, summary.
        Capability found = Capability::Other;
        QString word;
        for (const QStringList *list : {&e.pathWords, &e.tagWords, &e.idWords, &e.summaryWords}) {
            for (const QString &w : *list) {
                if (contains(Namespaces, w))
                    continue;
                if (contains(AdministrationNouns, w)) {
                    found = Capability::Administration;
                } else if (contains(EnrichmentNouns, w)) {
                    found = changes ? Capability::Administration : Capability::Enrichment;
                } else {
                    continue;
                }
                word = w;
                break;
            }
            if (!word.isEmpty())
                break;
        }
        if (word.isEmpty() && e.segments.value(0) == u"cti") {
            found = changes ? Capability::Administration : Capability::Enrichment;
            word = QStringLiteral("cti");
        }
        result.capability = found;
        if (found == Capability::Enrichment)
            result.capabilityReason = tr("reads security data (%1)").arg(quoted(word));
        else if (found == Capability::Administration && changes
                 && !contains(AdministrationNouns, word))
            result.capabilityReason = tr("changes data (%1)").arg(quoted(word));
        else if (found == Capability::Administration)
            result.capabilityReason = tr("manages configuration (%1)").arg(quoted(word));
        else
            result.capabilityReason = tr("no recognised domain in its path, tags or names");
    }

    // Risk.
    const QString deleting = input.method == u"DELETE"
                                 ? QStringLiteral("DELETE")
                                 : (contains(DeleteVerbs, e.verb) ? e.verb : QString());
    if (input.risk) {
        result.risk = *input.risk;
        result.riskReason = tr("x-oxa-risk on the operation");
    } else if (input.tagRisk) {
        result.risk = *input.tagRisk;
        result.riskReason = tr("x-oxa-risk on the tag %1").arg(quoted(input.tagWithRisk));
    } else if (!deleting.isEmpty() && changes) {
        result.risk = Risk::Destructive;
        result.riskReason = tr("deletes (%1)").arg(quoted(deleting));
    } else if (!changes) {
        result.risk = Risk::Read;
        result.riskReason = changeReason;
    } else if (result.capability == Capability::Response && !estateAction.isEmpty()) {
        result.risk = Risk::Response;
        result.riskReason = tr("acts on the defended estate (%1)").arg(quoted(estateAction));
    } else {
        result.risk = Risk::Write;
        result.riskReason = changeReason;
    }
    return result;
}

} // namespace Oxa
