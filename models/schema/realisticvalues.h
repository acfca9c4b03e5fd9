// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

namespace Oxa {

/**
 * What a field's name suggests, for generated values: "src_ip" an IPv4 address, "sha256" a
 * hash, "created_at" an instant, "assignee" a user… Worked out once per name and thread.
 */
enum class FieldNameKind : quint8 {
    None,
    Ipv4,
    Ipv6,
    Sha256,
    Sha1,
    Md5,
    Email,
    Uuid,
    Domain,
    Host,
    Url,
    User,
    Detection,
    Process,
    Tactic,
    Technique,
    Sentence,
    Country,
    Instant
};
FieldNameKind fieldNameKind(const QString &name);
/** The string format a kind stands for ("ipv4", "sha256", "date-time"…); null for the others. */
const char *formatOf(FieldNameKind kind);

/**
 * Values that look like a security back-end's, drawn from a seeded generator: addresses from the
 * documentation ranges (RFC 5737, RFC 3849), names under the reserved example domains
 * (RFC 2606), random hashes and version 4 UUIDs, instants spread over the week before `now`,
 * severities that are more often low than critical. The same seed gives the same sequence.
 * Used by ExampleGenerator when its options carry a seed (the mock back-end does).
 */
class RealisticValues
{
public:
    RealisticValues(quint64 seed, QDateTime now);

    quint64 next();
    /** A number in [0, bound). */
    quint32 below(quint32 bound);
    double unit();

    /** A value for a string format; null when the format is not one we know. */
    QString forFormat(std::string_view format);
    /**
     * A value suggested by a field's name ("src_ip", "sha256", "hostname"…), read with the name
     * of the object or list that holds it when the name alone says little ("name" of a "rule",
     * "id" of "ttps"); null if the name says nothing at all.
     */
    QString forName(const QString &name, const QString &parent = QString());
    /**
     * Readable text for any field, when neither its format nor its name suggest a value: the
     * name in words and a number ("Connector 12"), never a placeholder such as "string".
     */
    QString readable(const QString &name, const QString &parent);
    /** A number suggested by a field's name ("severity", "score", "port"…) within bounds. */
    std::optional<double> numberForName(const QString &name, double low, double high, bool integer);
    /** Which of `count` enumeration values; "severity"-like names favour the first ones. */
    quint32 choice(quint32 count, const QString &name);
    /**
     * How many items an array gets, within its bounds: up to a dozen for the records of an
     * answer, up to three for a list nested in a record.
     */
    quint32 arrayLength(quint32 minimum, quint32 maximum, bool nested = false);

private:
    QString ipv4();
    QString ipv6();
    QString hex(int digits);
    QString uuid();
    QString hostname();
    QString instant();

    quint64 m_state;
    QDateTime m_now;
};

} // namespace Oxa
