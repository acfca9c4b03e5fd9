// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diagnostic.h"
#include "document/jsontree.h"

#include <QCoreApplication>

#include <vector>

namespace Oxa {

/**
 * The open arrays and objects of a reader that builds a JsonTree without recursion (the JSON
 * and YAML readers share it). Children accumulate in one flat vector and are copied into the
 * arena when their container closes; duplicate keys are reported there, the last one winning.
 */
class ContainerStack
{
    Q_DECLARE_TR_FUNCTIONS(ContainerStack)

public:
    ContainerStack(JsonTree &tree, Diagnostics &findings)
        : m_tree(tree)
        , m_findings(findings)
    {}

    bool isEmpty() const { return m_frames.empty(); }
    size_t depth() const { return m_frames.size(); }
    bool topIsObject() const { return m_frames.back().object; }

    void open(bool object, quint32 offset)
    {
        m_frames.push_back(Frame{object, m_slots.size(), offset});
    }
    /** The key under which the next add() stores its value in the open object. */
    void setKey(std::string_view key, quint32 keyOffset);
    void add(const JsonNode &value);
    /** The members added so far to the open object. */
    std::span<const JsonMember> openMembers() const;
    /** Closes the open container; extra members (YAML merges) are appended when not present. */
    JsonNode close(std::span<const JsonMember> extraMembers = {});
    /** The JSON pointer of the open container's next child slot's parent. */
    QString pointerOfTop() const;

private:
    struct Frame
    {
        bool object = false;
        size_t firstSlot = 0;
        quint32 offset = 0;
        const char *key = nullptr;
        quint32 keySize = 0;
        quint32 keyOffset = 0;
    };

    quint32 dropDuplicateKeys(JsonMember *members, quint32 count);

    JsonTree &m_tree;
    Diagnostics &m_findings;
    std::vector<Frame> m_frames;
    std::vector<JsonMember> m_slots;
};

} // namespace Oxa
