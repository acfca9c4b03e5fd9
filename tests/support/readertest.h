// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the JSON and YAML reader tests: parse a text with a reader, and mutate a seed text
// at random to check that no input crashes a reader.

#include "core/diagnostic.h"
#include "core/error.h"
#include "document/jsontree.h"
#include "document/textlimits.h"

#include <QRandomGenerator>

#include <memory>

namespace OxaTest {

struct Parsed
{
    std::unique_ptr<Oxa::JsonTree> tree;
    Oxa::Result<void> status;
    Oxa::Diagnostics findings;
};

using ReadFunction
    = Oxa::Result<void> (*)(Oxa::JsonTree &, const Oxa::LoadLimits &, Oxa::Diagnostics &);

inline Parsed parseWith(ReadFunction read,
                        Oxa::SourceFormat format,
                        const QByteArray &text,
                        const Oxa::LoadLimits &limits)
{
    Parsed parsed;
    parsed.tree = std::make_unique<Oxa::JsonTree>(text, format);
    parsed.status = read(*parsed.tree, limits, parsed.findings);
    return parsed;
}

/** Calls `check` with `rounds` copies of `seed`, each with one to three random edits. */
template<typename Check>
void forEachMutation(
    const QByteArray &seed, const QByteArray &alphabet, int rounds, quint32 randomSeed, Check check)
{
    QRandomGenerator random(randomSeed);
    for (int round = 0; round < rounds; ++round) {
        QByteArray mutated = seed;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            if (mutated.isEmpty()) { // a short seed may lose its last byte
                mutated.append(c);
                continue;
            }
            const auto at = qsizetype(random.bounded(int(mutated.size())));
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = c;
                break;
            case 1:
                mutated.insert(at, c);
                break;
            default:
                mutated.remove(at, 1);
                break;
            }
        }
        check(mutated);
    }
}

} // namespace OxaTest
