// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonpointer.h"

#include "document/jsontree.h"

#include <QUrl>

#include <charconv>

namespace Oxa::JsonPointer {

QString unescape(QStringView token)
{
    QString out = token.toString();
    out.replace(QStringLiteral("~1"), QStringLiteral("/"));
    out.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return out;
}

QStringView prefix(QStringView pointer, int tokens)
{
    qsizetype at = 0;
    for (int i = 0; i < tokens; ++i) {
        if (at >= pointer.size())
            return pointer;
        const qsizetype next = pointer.indexOf(u'/', at + 1);
        if (next < 0)
            return pointer;
        at = next;
    }
    return pointer.first(at);
}

QString componentName(QStringView pointer, QStringView prefix)
{
    if (pointer.startsWith(u'#'))
        pointer = pointer.sliced(1);
    if (!pointer.startsWith(prefix))
        return QString();
    const QStringView rest = pointer.sliced(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    return unescape(slash < 0 ? rest : rest.first(slash));
}

QString escape(QStringView token)
{
    QString out;
    out.reserve(token.size());
    for (QChar c : token) {
        if (c == u'~')
            out += u"~0";
        else if (c == u'/')
            out += u"~1";
        else
            out += c;
    }
    return out;
}

std::string escape(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

QString append(const QString &pointer, QStringView token)
{
    return pointer + u'/' + escape(token);
}

QString append(const QString &pointer, std::string_view utf8Token)
{
    return append(pointer, QString::fromUtf8(utf8Token.data(), qsizetype(utf8Token.size())));
}

QString append(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

std::optional<std::vector<std::string>> parse(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer.front() != '/')
        return std::nullopt;
    std::string current;
    for (size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(std::move(current));
            current.clear();
            continue;
        }
        const char c = pointer[i];
        if (c != '~') {
            current += c;
            continue;
        }
        if (i + 1 >= pointer.size())
            return std::nullopt;
        const char next = pointer[++i];
        if (next == '0')
            current += '~';
        else if (next == '1')
            current += '/';
        else
            return std::nullopt;
    }
    return tokens;
}

const JsonNode *MemberIndex::get(const JsonNode &object, std::string_view key)
{
    constexpr quint32 IndexFrom = 32;
    if (object.size() < IndexFrom)
        return object.get(key);
    auto [it, inserted] = m_objects.try_emplace(&object);
    if (inserted) {
        it->second.reserve(object.size());
        for (const JsonMember &member : object.members())
            it->second.emplace(member.key(), &member.value); // keys are unique: readers drop repeats
    }
    const auto found = it->second.find(key);
    return found == it->second.end() ? nullptr : found->second;
}

const JsonNode *evaluate(const JsonNode *root,
                         const std::vector<std::string> &tokens,
                         MemberIndex *memberIndex)
{
    const JsonNode *node = root;
    for (const std::string &token : tokens) {
        if (!node)
            return nullptr;
        if (node->isObject()) {
            node = memberIndex ? memberIndex->get(*node, token) : node->get(token);
        } else if (node->isArray()) {
            if (token.empty() || (token.size() > 1 && token.front() == '0'))
                return nullptr;
            quint32 index = 0;
            const auto [end, ec]
                = std::from_chars(token.data(), token.data() + token.size(), index);
            if (ec != std::errc() || end != token.data() + token.size())
                return nullptr;
            node = node->at(index);
        } else {
            return nullptr;
        }
    }
    return node;
}

std::optional<std::string> fromUriFragment(std::string_view fragment)
{
    std::string out;
    out.reserve(fragment.size());
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < fragment.size(); ++i) {
        if (fragment[i] != '%') {
            out += fragment[i];
            continue;
        }
        if (i + 2 >= fragment.size())
            return std::nullopt;
        const int high = hexValue(fragment[i + 1]);
        const int low = hexValue(fragment[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

QString toUriFragment(const QString &pointer)
{
    // Keep what RFC 3986 allows in a fragment unencoded, so that pointers stay readable.
    return QString::fromLatin1(QUrl::toPercentEncoding(pointer, "/~!$&'()*+,;=:@-._"));
}

} // namespace Oxa::JsonPointer
