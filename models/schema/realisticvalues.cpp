// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "realisticvalues.h"

#include "core/fuzzymatch.h"

#include <QHash>
#include <QLatin1StringView>

#include <array>
#include <cmath>

namespace Oxa {

namespace {

template<size_t N>
QString pick(RealisticValues &random, const std::array<const char *, N> &words)
{
    return QString::fromLatin1(words[random.below(quint32(N))]);
}

constexpr std::array<const char *, 8>
    kHostPrefixes{"ws", "lt", "srv-db", "srv-web", "dc", "vpn-gw", "build", "kiosk"};
constexpr std::array<const char *, 4> kInternalDomains{"corp.example",
                                                       "lab.example",
                                                       "eu.corp.example",
                                                       "us.corp.example"};
constexpr std::array<const char *, 12> kDomains{"login-update.example.net",
                                                "cdn-assets.example.com",
                                                "secure-paypa1.example.org",
                                                "mail.example.com",
                                                "telemetry.example.net",
                                                "update-check.example.org",
                                                "files.example.com",
                                                "dl.example.net",
                                                "auth-portal.example.org",
                                                "static.example.com",
                                                "c2-relay.example.net",
                                                "news.example.org"};
constexpr std::array<const char *, 10> kUsers{"a.martin",
                                              "j.nguyen",
                                              "s.okafor",
                                              "m.rossi",
                                              "l.schmidt",
                                              "k.tanaka",
                                              "svc-backup",
                                              "r.silva",
                                              "admin",
                                              "e.dubois"};
constexpr std::array<const char *, 10> kDetections{"Suspicious PowerShell download cradle",
                                                   "Beaconing to a rarely seen domain",
                                                   "Credential dumping from LSASS memory",
                                                   "New service installed by a script",
                                                   "Impossible travel sign-in",
                                                   "Office application spawned a shell",
                                                   "DNS tunnelling pattern",
                                                   "Ransomware file rename burst",
                                                   "Brute force against VPN gateway",
                                                   "Outbound SMB to the internet"};
constexpr std::array<const char *, 8> kProcesses{"powershell.exe",
                                                 "rundll32.exe",
                                                 "cmd.exe",
                                                 "svchost.exe",
                                                 "wscript.exe",
                                                 "python3",
                                                 "curl",
                                                 "excel.exe"};
constexpr std::array<const char *, 8> kTactics{"initial-access",
                                               "execution",
                                               "persistence",
                                               "privilege-escalation",
                                               "defense-evasion",
                                               "credential-access",
                                               "lateral-movement",
                                               "command-and-control"};
constexpr std::array<const char *, 8> kTechniques{"T1059.001",
                                                  "T1071.001",
                                                  "T1003.001",
                                                  "T1543.003",
                                                  "T1078",
                                                  "T1566.001",
                                                  "T1021.002",
                                                  "T1486"};
constexpr std::array<const char *, 6>
    kSentences{"Seen from two hosts in the finance network.",
               "Matches the indicators of last week's phishing wave.",
               "Escalated by the night shift.",
               "Confirmed by a sandbox detonation.",
               "Probably a false positive: a backup job.",
               "Contained; waiting for the reimage."};
constexpr std::array<const char *, 8> kCountries{"FR", "DE", "US", "BR", "JP", "NG", "IN", "NL"};
constexpr std::array<const char *, 8> kTechniqueNames{"Command and Scripting Interpreter",
                                                      "Application Layer Protocol",
                                                      "OS Credential Dumping",
                                                      "Create or Modify System Process",
                                                      "Valid Accounts",
                                                      "Spearphishing Attachment",
                                                      "SMB/Windows Admin Shares",
                                                      "Data Encrypted for Impact"};
// Made-up groups: no real actor is named by a mock.
constexpr std::array<const char *, 6> kActors{"Example Spider",
                                              "Demo Panda",
                                              "Sample Bear",
                                              "Placeholder Kitten",
                                              "Test Chollima",
                                              "Mock Typhoon"};
constexpr std::array<const char *, 6> kOrganizations{"Example Corp",
                                                     "Example Bank EU",
                                                     "Demo Hospital",
                                                     "Sample Logistics",
                                                     "Example University",
                                                     "Test Energy Grid"};
constexpr std::array<const char *, 6> kProducts{"EDR sensor",
                                                "Mail gateway",
                                                "Firewall",
                                                "Cloud audit",
                                                "DNS resolver",
                                                "Identity provider"};
constexpr std::array<const char *, 5> kStatuses{"new",
                                                "in_progress",
                                                "on_hold",
                                                "resolved",
                                                "closed"};
constexpr std::array<const char *, 6> kCategories{"malware",
                                                  "phishing",
                                                  "intrusion",
                                                  "policy-violation",
                                                  "reconnaissance",
                                                  "exfiltration"};
constexpr std::array<const char *, 8> kTags{"c2",
                                            "phishing",
                                            "ransomware",
                                            "lateral-movement",
                                            "vip",
                                            "false-positive",
                                            "cobalt-strike",
                                            "newly-registered"};
constexpr std::array<const char *, 3> kActorKinds{"user", "api-key", "system"};
constexpr std::array<const char *, 5> kUrgencies{"Low", "Moderate", "High", "Major", "Urgent"};
constexpr std::array<const char *, 4> kQueries{"process.name == \"powershell.exe\"",
                                               "dns.question.name endswith \".example.net\"",
                                               "event.action == \"logon-failed\" | count() > 20",
                                               "file.extension in (\"exe\", \"dll\")"};
constexpr std::array<const char *, 4> kPaths{"C:\\Users\\a.martin\\Downloads\\invoice_2026-11.xlsm",
                                             "/tmp/.cache/update.sh",
                                             "C:\\ProgramData\\svc\\beacon.dll",
                                             "/var/log/auth.log"};
constexpr std::array<int, 10> kPorts{443, 80, 53, 22, 445, 3389, 8080, 25, 123, 4444};

bool hasAny(const QString &lower, std::initializer_list<const char *> parts)
{
    for (const char *part : parts) {
        if (lower.contains(QLatin1StringView(part)))
            return true;
    }
    return false;
}

} // namespace

RealisticValues::RealisticValues(quint64 seed, QDateTime now)
    : m_state(seed ^ 0x9e3779b97f4a7c15ULL)
    , m_now(std::move(now))
{}

quint64 RealisticValues::next()
{
    // splitmix64: small, fast, and good enough for made-up data.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint32 RealisticValues::below(quint32 bound)
{
    return bound == 0 ? 0 : quint32(next() % bound);
}

double RealisticValues::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

QString RealisticValues::ipv4()
{
    static constexpr std::array<const char *, 3> ranges{"192.0.2.", "198.51.100.", "203.0.113."};
    return QString::fromLatin1(ranges[below(3)]) + QString::number(1 + below(254));
}

QString RealisticValues::ipv6()
{
    return QStringLiteral("2001:db8:%1::%2").arg(below(0x10000), 0, 16).arg(1 + below(0xfffe), 0, 16);
}

QString RealisticValues::hex(int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QString out(digits, u'0');
    for (int i = 0; i < digits; ++i)
        out[i] = QLatin1Char(alphabet[below(16)]);
    return out;
}

QString RealisticValues::uuid()
{
    QString h = hex(32);
    h[12] = u'4';
    h[16] = QLatin1Char("89ab"[below(4)]);
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-'
           + h.mid(20);
}

QString RealisticValues::hostname()
{
    return pick(*this, kHostPrefixes) + u'-'
           + QStringLiteral("%1").arg(below(400), 3, 10, QLatin1Char('0')) + u'.'
           + pick(*this, kInternalDomains);
}

QString RealisticValues::instant()
{
    // One of the last seven days, in working hours three times out of four, to the second.
    const QDateTime now = m_now.toUTC();
    const int hour = below(4) != 0 ? 8 + int(below(11)) : int(below(24));
    QDateTime at(now.date().addDays(-qint64(below(7))),
                 QTime(hour, int(below(60)), int(below(60))),
                 Qt::UTC);
    if (at > now)
        at = at.addDays(-1);
    return at.toString(Qt::ISODate);
}

QString RealisticValues::forFormat(std::string_view format)
{
    if (format == "date-time")
        return instant();
    if (format == "date")
        return instant().left(10);
    if (format == "ipv4")
        return ipv4();
    if (format == "ipv6")
        return ipv6();
    if (format == "uuid")
        return uuid();
    if (format == "hostname" || format == "idn-hostname")
        return below(2) ? hostname() : pick(*this, kDomains);
    if (format == "email" || format == "idn-email")
        return pick(*this, kUsers) + QStringLiteral("@corp.example");
    if (format == "uri" || format == "url" || format == "iri")
        return QStringLiteral("https://") + pick(*this, kDomains) + QStringLiteral("/") + hex(8);
    if (format == "md5")
        return hex(32);
    if (format == "sha1" || format == "sha-1")
        return hex(40);
    if (format == "sha256" || format == "sha-256")
        return hex(64);
    if (format == "sha512" || format == "sha-512")
        return hex(128);
    return QString();
}

namespace {

FieldNameKind classify(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.isEmpty())
        return FieldNameKind::None;
    if (lower == u"ip" || hasAny(lower, {"ipaddress", "ip_address", "ipv4"})
        || lower.endsWith(QLatin1StringView("_ip"))
        || (lower.endsWith(QLatin1StringView("ip")) && lower.size() <= 5))
        return FieldNameKind::Ipv4;
    if (hasAny(lower, {"ipv6"}))
        return FieldNameKind::Ipv6;
    if (hasAny(lower, {"sha256"}) || lower == u"hash" || lower.endsWith(QLatin1StringView("_hash")))
        return FieldNameKind::Sha256;
    if (hasAny(lower, {"sha1"}))
        return FieldNameKind::Sha1;
    if (hasAny(lower, {"md5"}))
        return FieldNameKind::Md5;
    if (hasAny(lower, {"email", "mail"}))
        return FieldNameKind::Email;
    if (hasAny(lower, {"uuid", "guid"}))
        return FieldNameKind::Uuid;
    if (hasAny(lower, {"domain", "fqdn"}))
        return FieldNameKind::Domain;
    if (hasAny(lower, {"hostname", "host_name", "device", "endpoint", "asset"}) || lower == u"host")
        return FieldNameKind::Host;
    if (lower == u"url" || lower == u"uri" || lower.endsWith(QLatin1StringView("url")))
        return FieldNameKind::Url;
    if (hasAny(lower, {"user", "account", "owner", "assignee", "analyst"}))
        return FieldNameKind::User;
    if (hasAny(lower, {"rule", "title", "signature", "detection"}))
        return FieldNameKind::Detection;
    if (hasAny(lower, {"process", "image"}))
        return FieldNameKind::Process;
    if (hasAny(lower, {"tactic"}))
        return FieldNameKind::Tactic;
    if (hasAny(lower, {"technique"}))
        return FieldNameKind::Technique;
    if (hasAny(lower, {"description", "comment", "summary", "reason", "note", "message"}))
        return FieldNameKind::Sentence;
    if (hasAny(lower, {"country"}))
        return FieldNameKind::Country;
    if (lower.endsWith(QLatin1StringView("_at")) || lower.endsWith(QLatin1StringView("time"))
        || lower == u"timestamp")
        return FieldNameKind::Instant;
    return FieldNameKind::None;
}

} // namespace

FieldNameKind fieldNameKind(const QString &name)
{
    thread_local QHash<QString, FieldNameKind> known;
    if (const auto it = known.constFind(name); it != known.constEnd())
        return *it;
    if (known.size() > 20'000)
        known.clear();
    const FieldNameKind kind = classify(name);
    known.insert(name, kind);
    return kind;
}

const char *formatOf(FieldNameKind kind)
{
    switch (kind) {
    case FieldNameKind::Ipv4:
        return "ipv4";
    case FieldNameKind::Ipv6:
        return "ipv6";
    case FieldNameKind::Sha256:
        return "sha256";
    case FieldNameKind::Sha1:
        return "sha1";
    case FieldNameKind::Md5:
        return "md5";
    case FieldNameKind::Email:
        return "email";
    case FieldNameKind::Uuid:
        return "uuid";
    case FieldNameKind::Host:
        return "hostname";
    case FieldNameKind::Url:
        return "uri";
    case FieldNameKind::Instant:
        return "date-time";
    default:
        return nullptr;
    }
}

namespace {

/** Names that say where a value sits, not what it is: their parent says more. */
bool isContainerName(const QString &lower)
{
    return lower.isEmpty() || lower == u"items" || lower == u"data" || lower == u"results"
           || lower == u"records" || lower == u"list" || lower == u"objects" || lower == u"rows"
           || lower == u"entries" || lower == u"hits" || lower == u"values";
}

} // namespace

QString RealisticValues::readable(const QString &name, const QString &parent)
{
    QStringList words = identifierWords(name);
    if (words.isEmpty() || isContainerName(name.toLower()))
        words = identifierWords(parent);
    if (words.isEmpty() || isContainerName(words.join(u'_')))
        words = {QStringLiteral("item")};
    QString text = words.join(u' ');
    text[0] = text.at(0).toUpper();
    return text + u' ' + QString::number(1 + below(99));
}

QString RealisticValues::forName(const QString &name, const QString &parent)
{
    const QString lower = name.toLower();
    const QString around = parent.toLower();
    const QStringList words = identifierWords(name);
    const bool byKind = lower.endsWith(QLatin1StringView("by_type"))
                        || lower.endsWith(QLatin1StringView("bytype"));
    if (byKind)
        return pick(*this, kActorKinds);
    if (lower.endsWith(QLatin1StringView("_by")) || lower == u"by" || lower == u"author"
        || lower == u"creator" || lower == u"reporter")
        return pick(*this, kUsers);
    // Generic names ("name", "id", "type", "value"…) take their meaning from their holder.
    const bool generic = lower == u"name" || lower == u"title" || lower == u"label"
                         || lower == u"value" || lower == u"display" || lower == u"display_name"
                         || lower == u"displayname";
    if (generic || lower == u"id" || lower == u"type" || lower == u"kind" || lower == u"category") {
        const bool identifier = lower == u"id";
        const bool type = lower == u"type" || lower == u"kind" || lower == u"category";
        if (hasAny(around, {"ttp", "technique", "attack_pattern", "mitre"}))
            return identifier
                       ? pick(*this, kTechniques)
                       : (type ? QStringLiteral("attack-pattern") : pick(*this, kTechniqueNames));
        if (hasAny(around, {"tactic", "kill_chain", "killchain"}))
            return identifier ? QStringLiteral("TA%1").arg(1 + below(11), 4, 10, QLatin1Char('0'))
                              : pick(*this, kTactics);
        if (hasAny(around, {"adversar", "actor", "intrusion", "group", "threat"}))
            return identifier ? QStringLiteral("G%1").arg(below(10000), 4, 10, QLatin1Char('0'))
                              : (type ? QStringLiteral("intrusion-set") : pick(*this, kActors));
        if (identifier)
            return QString();
        if (hasAny(around, {"urgency", "severity", "priority", "criticity"}))
            return pick(*this, kUrgencies);
        if (hasAny(around, {"status", "state", "workflow"}))
            return type ? pick(*this, kCategories) : pick(*this, kStatuses);
        if (hasAny(around, {"rule", "detection", "signature", "alert"}))
            return type ? pick(*this, kCategories) : pick(*this, kDetections);
        if (type)
            return pick(*this, kCategories);
        if (hasAny(around, {"host", "asset", "device", "endpoint", "node", "agent", "machine"}))
            return hostname();
        if (hasAny(around, {"user", "analyst", "owner", "assignee", "member", "account"}))
            return pick(*this, kUsers);
        if (hasAny(around, {"entity", "organization", "organisation", "tenant", "customer", "org"}))
            return pick(*this, kOrganizations);
        if (hasAny(around, {"source", "connector", "integration", "sensor", "product", "vendor"}))
            return pick(*this, kProducts);
        if (hasAny(around, {"tag", "label"}))
            return pick(*this, kTags);
        if (hasAny(around, {"case", "incident", "investigation"}))
            return pick(*this, kDetections) + QStringLiteral(" – investigation");
        if (lower == u"title")
            return pick(*this, kDetections);
        return QString();
    }
    const FieldNameKind kind = fieldNameKind(name);
    if (const char *format = formatOf(kind))
        return forFormat(format);
    switch (kind) {
    case FieldNameKind::Domain:
        return pick(*this, kDomains);
    case FieldNameKind::User:
        return pick(*this, kUsers);
    case FieldNameKind::Detection:
        return pick(*this, kDetections);
    case FieldNameKind::Process:
        return pick(*this, kProcesses);
    case FieldNameKind::Tactic:
        return pick(*this, kTactics);
    case FieldNameKind::Technique:
        return pick(*this, kTechniques);
    case FieldNameKind::Sentence:
        return pick(*this, kSentences);
    case FieldNameKind::Country:
        return pick(*this, kCountries);
    default:
        break;
    }
    if (lower == u"status" || lower == u"state")
        return pick(*this, kStatuses);
    if (lower == u"source" || lower == u"target" || lower == u"src" || lower == u"dst"
        || lower == u"destination" || lower == u"origin")
        return below(2) ? hostname() : ipv4();
    const auto hasWord = [&](std::initializer_list<const char *> wanted) {
        for (const char *w : wanted) {
            if (words.contains(QLatin1StringView(w)))
                return true;
        }
        return false;
    };
    if (hasWord({"tag", "tags", "label", "labels"}))
        return pick(*this, kTags);
    if (hasWord({"pattern", "query", "expression", "filter", "condition"}))
        return pick(*this, kQueries);
    if (hasWord({"path", "filename", "file", "filepath"}))
        return pick(*this, kPaths);
    if (lower == u"version" || lower.endsWith(QLatin1StringView("_version")))
        return QStringLiteral("%1.%2.%3").arg(1 + below(4)).arg(below(12)).arg(below(30));
    if (hasWord({"details", "detail", "comment", "content", "body", "text"}))
        return pick(*this, kSentences);
    if (words.size() > 1 && words.back() == u"id") {
        // "short_id", "kill_chain_short_id": a short reference, its prefix from the name.
        QString prefix;
        for (const QString &word : words.mid(0, words.size() - 1)) {
            if (word != u"short" && word != u"external" && word != u"display")
                prefix += word.at(0).toUpper();
        }
        if (prefix.isEmpty()) {
            for (const QString &word : identifierWords(parent)) {
                if (!isContainerName(word))
                    prefix += word.at(0).toUpper();
            }
        }
        if (prefix.isEmpty())
            prefix = QStringLiteral("ID");
        return QStringLiteral("%1-%2").arg(prefix.left(3)).arg(10000 + below(90000));
    }
    return QString();
}

namespace {

enum class NumberKind : quint8 {
    Plain,
    Severity,
    Score,
    EpochSeconds,
    EpochMs,
    Duration,
    Port,
    Count
};

NumberKind classifyNumber(const QString &name)
{
    const QString lower = name.toLower();
    // "time_to_detect", "duration", "ttl": seconds that pass, not instants.
    if (hasAny(lower,
               {"time_to",
                "timeto",
                "duration",
                "elapsed",
                "latency",
                "delay",
                "ttl",
                "timeout",
                "uptime",
                "dwell",
                "interval",
                "period"}))
        return NumberKind::Duration;
    if (hasAny(lower, {"severity", "priority", "level"}))
        return NumberKind::Severity;
    if (hasAny(lower, {"score", "confidence", "risk", "percent", "reputation"}))
        return NumberKind::Score;
    if (hasAny(lower, {"date", "time"}) || lower.endsWith(QLatin1StringView("_at")))
        return lower.contains(QLatin1StringView("ms")) ? NumberKind::EpochMs
                                                       : NumberKind::EpochSeconds;
    if (lower == u"port" || lower.endsWith(QLatin1StringView("_port")))
        return NumberKind::Port;
    if (hasAny(lower, {"count", "total", "hits", "events", "size", "bytes"}))
        return NumberKind::Count;
    return NumberKind::Plain;
}

NumberKind numberKindOf(const QString &name)
{
    thread_local QHash<QString, NumberKind> known;
    if (const auto it = known.constFind(name); it != known.constEnd())
        return *it;
    if (known.size() > 20'000)
        known.clear();
    const NumberKind kind = classifyNumber(name);
    known.insert(name, kind);
    return kind;
}

} // namespace

std::optional<double> RealisticValues::numberForName(const QString &name,
                                                     double low,
                                                     double high,
                                                     bool integer)
{
    std::optional<double> v;
    NumberKind kind = numberKindOf(name);
    if ((kind == NumberKind::EpochSeconds || kind == NumberKind::EpochMs) && std::isfinite(high))
        kind = NumberKind::Plain;
    switch (kind) {
    case NumberKind::Severity: {
        const double from = std::isfinite(low) ? low : 1;
        const double to = std::isfinite(high) ? high : 10;
        // Low severities are common, critical ones rare.
        v = from + std::floor((to - from + 1) * unit() * unit());
        break;
    }
    case NumberKind::Score: {
        const double from = std::isfinite(low) ? low : 0;
        const double to = std::isfinite(high) ? high : 100;
        v = from + (to - from) * unit();
        break;
    }
    case NumberKind::EpochSeconds:
    case NumberKind::EpochMs: {
        // In the last week.
        const double seconds = std::floor(double(m_now.toSecsSinceEpoch()) - 7 * 86400 * unit());
        v = kind == NumberKind::EpochMs ? seconds * 1000 : seconds;
        break;
    }
    case NumberKind::Duration: {
        // Thirty seconds to two days, short ones more often.
        const double from = std::isfinite(low) ? std::max(low, 30.0) : 30;
        const double to = std::isfinite(high) ? high : 2 * 86400;
        v = to <= from ? from : std::floor(from * std::exp(unit() * std::log(to / from)));
        break;
    }
    case NumberKind::Port:
        v = kPorts[below(quint32(kPorts.size()))];
        break;
    case NumberKind::Count:
        v = std::floor(std::exp(unit() * std::log(5000.0)));
        break;
    case NumberKind::Plain: {
        const double from = std::isfinite(low) ? low : 1;
        const double to = std::isfinite(high) ? high : std::max(from + 1, 100.0);
        v = from + (to - from) * unit();
        break;
    }
    }
    if (integer)
        v = std::round(*v);
    else
        v = std::round(*v * 100) / 100;
    if ((std::isfinite(low) && *v < low) || (std::isfinite(high) && *v > high))
        return std::nullopt;
    return v;
}

quint32 RealisticValues::choice(quint32 count, const QString &name)
{
    // Severities and priorities: the first values (low) often, the last (critical) rarely.
    const NumberKind kind = numberKindOf(name);
    if (kind == NumberKind::Severity
        || (kind == NumberKind::Score && name.contains(u"risk", Qt::CaseInsensitive)))
        return std::min(count - 1, quint32(count * unit() * unit()));
    return below(count);
}

quint32 RealisticValues::arrayLength(quint32 minimum, quint32 maximum, bool nested)
{
    const quint32 from = std::max<quint32>(minimum, 1);
    const quint32 to = std::max(from, std::min<quint32>(maximum, nested ? 3 : 12));
    return from + below(to - from + 1);
}

} // namespace Oxa
