// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Names of enum values, both ways, from one table per enum: the names a document or a command
// line spells (OpenAPI's "query", Arazzo's "onSuccess"…), written once.
//
//     constexpr NamedValue<Risk> kRisks[] = {{Risk::Read, "read"}, {Risk::Write, "write"}};
//     nameOf(kRisks, Risk::Write)            // "write"
//     valueNamed(kRisks, u"write")           // Risk::Write
//
// A value may have several names (the first is the one written); a name, one value.

#include <QLatin1StringView>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace Oxa {

template<typename Enum>
struct NamedValue
{
    Enum value;
    const char *name; ///< Latin-1
};

/** The first name of `value` in `table`; `otherwise` when it has none. */
template<typename Enum, std::size_t N>
constexpr const char *nameOf(const NamedValue<Enum> (&table)[N],
                             Enum value,
                             const char *otherwise = "")
{
    for (const NamedValue<Enum> &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return otherwise;
}

/** The value `name` names in `table`; nothing when none does. */
template<typename Enum, std::size_t N>
std::optional<Enum> valueNamed(const NamedValue<Enum> (&table)[N],
                               QStringView name,
                               Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const NamedValue<Enum> &entry : table) {
        if (name.compare(QLatin1StringView(entry.name), sensitivity) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace Oxa
