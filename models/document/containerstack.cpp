// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "containerstack.h"

#include "document/jsonpointer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace Oxa {

void ContainerStack::setKey(std::string_view key, quint32 keyOffset)
{
    Frame &frame = m_frames.back();
    frame.key = key.data();
    frame.keySize = quint32(key.size());
    frame.keyOffset = keyOffset;
}

void ContainerStack::add(const JsonNode &value)
{
    const Frame &frame = m_frames.back();
    m_slots.push_back(JsonMember{frame.key, frame.keySize, frame.keyOffset, value});
}

std::span<const JsonMember> ContainerStack::openMembers() const
{
    const Frame &frame = m_frames.back();
    return std::span<const JsonMember>(m_slots.data() + frame.firstSlot,
                                       m_slots.size() - frame.firstSlot);
}

QString ContainerStack::pointerOfTop() const
{
    QString pointer;
    for (size_t i = 0; i + 1 < m_frames.size(); ++i) {
        const Frame &frame = m_frames[i];
        if (frame.object)
            pointer = JsonPointer::append(pointer, std::string_view(frame.key, frame.keySize));
        else
            pointer = JsonPointer::append(pointer,
                                          qsizetype(m_frames[i + 1].firstSlot - frame.firstSlot));
    }
    return pointer;
}

quint32 ContainerStack::dropDuplicateKeys(JsonMember *members, quint32 count)
{
    bool any = false;
    if (count <= 12) {
        for (quint32 i = 1; i < count && !any; ++i)
            for (quint32 j = 0; j < i && !any; ++j)
                any = members[i].key() == members[j].key();
    } else {
        std::vector<std::string_view> keys;
        keys.reserve(count);
        for (quint32 i = 0; i < count; ++i)
            keys.push_back(members[i].key());
        std::sort(keys.begin(), keys.end());
        any = std::adjacent_find(keys.begin(), keys.end()) != keys.end();
    }
    if (!any)
        return count;

    // Keep the last occurrence of each key (as JSON.parse does) and report every repetition
    // where it stands.
    const QString objectPointer = pointerOfTop();
    std::unordered_map<std::string_view, quint32> latest;
    std::vector<bool> keep(count, true);
    for (quint32 i = 0; i < count; ++i) {
        const auto [it, inserted] = latest.try_emplace(members[i].key(), i);
        if (inserted)
            continue;
        keep[it->second] = false;
        it->second = i;
        const TextPosition position = m_tree.position(members[i].keyOffset);
        m_findings.append(
            Diagnostic{Diagnostic::Severity::Warning,
                       DiagnosticCode::DuplicateKey,
                       tr("Duplicate key \"%1\": this later occurrence replaces the earlier one")
                           .arg(members[i].keyString()),
                       JsonPointer::append(objectPointer, members[i].key()),
                       QString(),
                       position.line,
                       position.column});
    }
    quint32 out = 0;
    for (quint32 i = 0; i < count; ++i)
        if (keep[i])
            members[out++] = members[i];
    return out;
}

JsonNode ContainerStack::close(std::span<const JsonMember> extraMembers)
{
    const Frame frame = m_frames.back();
    const size_t count = m_slots.size() - frame.firstSlot;
    JsonArena &arena = m_tree.arena();
    JsonNode node;
    if (frame.object) {
        auto *members = arena.allocateArray<JsonMember>(count + extraMembers.size());
        std::copy(m_slots.begin() + qsizetype(frame.firstSlot), m_slots.end(), members);
        quint32 kept = count > 1 ? dropDuplicateKeys(members, quint32(count)) : quint32(count);
        if (!extraMembers.empty()) {
            std::unordered_set<std::string_view> present;
            for (quint32 i = 0; i < kept; ++i)
                present.insert(members[i].key());
            for (const JsonMember &extra : extraMembers)
                if (present.insert(extra.key()).second)
                    members[kept++] = extra;
        }
        node = JsonNode::makeObject(members, kept, frame.offset);
    } else {
        auto *items = arena.allocateArray<JsonNode>(count);
        for (size_t i = 0; i < count; ++i)
            items[i] = m_slots[frame.firstSlot + i].value;
        node = JsonNode::makeArray(items, quint32(count), frame.offset);
    }
    m_slots.resize(frame.firstSlot);
    m_frames.pop_back();
    return node;
}

} // namespace Oxa
