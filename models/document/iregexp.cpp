// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "document/iregexp.h"

#include <QHash>
#include <QStringView>

#include <vector>

namespace Oxa::IRegexp {
namespace {

constexpr char32_t kEnd = 0xFFFFFFFF;
constexpr int kMaxGroupDepth = 100;
constexpr quint32 kMaxRepeat = 65535; // PCRE2's own bound on {n,m}

/** Reads one I-Regexp (RFC 9485 §5.3) and writes it in PCRE2 syntax, or fails. */
class Translator
{
public:
    explicit Translator(std::vector<char32_t> text)
        : m_text(std::move(text))
    {}

    bool translate(QString &out)
    {
        if (!regexp(out))
            return false;
        return peek() == kEnd;
    }

private:
    char32_t peek(size_t ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : kEnd;
    }
    char32_t take() { return m_at < m_text.size() ? m_text[m_at++] : kEnd; }

    static void literal(QString &out, char32_t c)
    {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            out += QChar(c);
        } else if (c < 0x80) {
            out += u"\\x{" + QString::number(quint32(c), 16) + u'}';
        } else {
            const char32_t one[1] = {c};
            out += QString::fromUcs4(one, 1);
        }
    }

    bool regexp(QString &out)
    {
        if (++m_depth > kMaxGroupDepth)
            return false;
        if (!branch(out))
            return false;
        while (peek() == u'|') {
            take();
            out += u'|';
            if (!branch(out))
                return false;
        }
        --m_depth;
        return true;
    }

    bool branch(QString &out)
    {
        for (;;) {
            const char32_t c = peek();
            if (c == kEnd || c == u'|' || c == u')')
                return true;
            if (!atom(out))
                return false;
            if (!quantifier(out))
                return false;
        }
    }

    bool quantifier(QString &out)
    {
        const char32_t c = peek();
        if (c == u'*' || c == u'+' || c == u'?') {
            out += QChar(take());
            return true;
        }
        if (c != u'{')
            return true;
        take();
        quint32 low = 0;
        if (!number(low))
            return false;
        out += u'{' + QString::number(low);
        if (peek() == u',') {
            take();
            out += u',';
            if (peek() != u'}') {
                quint32 high = 0;
                if (!number(high) || high < low)
                    return false;
                out += QString::number(high);
            }
        }
        if (take() != u'}')
            return false;
        out += u'}';
        return true;
    }

    bool number(quint32 &value)
    {
        if (peek() < u'0' || peek() > u'9')
            return false;
        value = 0;
        while (peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + quint32(take() - u'0');
            if (value > kMaxRepeat)
                return false;
        }
        return true;
    }

    bool atom(QString &out)
    {
        const char32_t c = take();
        switch (c) {
        case u'(':
            out += u"(?:";
            if (!regexp(out) || take() != u')')
                return false;
            out += u')';
            return true;
        case u'.':
            out += u"[^\\x{a}\\x{d}]";
            return true;
        case u'^':
            out += u"\\A";
            return true;
        case u'$':
            out += u"\\z";
            return true;
        case u'[':
            return characterClass(out);
        case u'\\':
            return escape(out);
        case u')':
        case u'*':
        case u'+':
        case u'?':
        case u']':
        case u'{':
        case u'}':
        case u'|':
            return false;
        default:
            if (c >= 0xD800 && c <= 0xDFFF)
                return false;
            literal(out, c);
            return true;
        }
    }

    /** After a backslash: a single character escape, or \p{..} / \P{..}. */
    bool escape(QString &out, char32_t *single = nullptr)
    {
        const char32_t c = take();
        switch (c) {
        case u'n':
            if (single)
                *single = u'\n';
            literal(out, u'\n');
            return true;
        case u'r':
            if (single)
                *single = u'\r';
            literal(out, u'\r');
            return true;
        case u't':
            if (single)
                *single = u'\t';
            literal(out, u'\t');
            return true;
        case u'(':
        case u')':
        case u'*':
        case u'+':
        case u'-':
        case u'.':
        case u'?':
        case u'[':
        case u'\\':
        case u']':
        case u'^':
        case u'{':
        case u'|':
        case u'}':
            if (single)
                *single = c;
            literal(out, c);
            return true;
        case u'p':
        case u'P':
            if (single)
                return false; // a range cannot end on a category
            return category(out, c == u'P');
        default:
            return false;
        }
    }

    bool category(QString &out, bool complement)
    {
        if (take() != u'{')
            return false;
        const char32_t major = take();
        QString name(1, QChar(major));
        static const QHash<char32_t, QStringView> minors = {
            {u'L', u"lmotu"},
            {u'M', u"cen"},
            {u'N', u"dlo"},
            {u'P', u"cdefios"},
            {u'Z', u"lps"},
            {u'S', u"ckmo"},
            {u'C', u"cfno"},
        };
        const auto allowed = minors.constFind(major);
        if (allowed == minors.cend())
            return false;
        if (peek() != u'}') {
            const char32_t minor = take();
            if (minor >= 0x80 || !allowed->contains(QChar(minor)))
                return false;
            name += QChar(minor);
        }
        if (take() != u'}')
            return false;
        out += (complement ? u"\\P{" : u"\\p{") + name + u'}';
        return true;
    }

    /** One CCchar: any character but - [ \ ], or a single character escape. */
    bool classCharacter(QString &out, char32_t &value)
    {
        const char32_t c = take();
        if (c == kEnd || c == u'-' || c == u'[' || c == u']' || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        if (c == u'\\')
            return escape(out, &value);
        value = c;
        literal(out, c);
        return true;
    }

    bool characterClass(QString &out)
    {
        out += u'[';
        if (peek() == u'^') {
            take();
            out += u'^';
        }
        bool first = true;
        for (;;) {
            const char32_t c = peek();
            if (c == kEnd)
                return false;
            if (c == u']') {
                if (first)
                    return false; // "[]" and "[^]" are not classes
                take();
                out += u']';
                return true;
            }
            if (c == u'-') {
                take();
                literal(out, u'-');
                // A dash only opens the class or closes it.
                if (!first && peek() != u']')
                    return false;
                first = false;
                continue;
            }
            first = false;
            if (c == u'\\' && (peek(1) == u'p' || peek(1) == u'P')) {
                take();
                if (!escape(out))
                    return false;
                continue;
            }
            char32_t low = 0;
            if (!classCharacter(out, low))
                return false;
            if (peek() == u'-' && peek(1) != u']' && peek(1) != kEnd) {
                take();
                out += u'-';
                char32_t high = 0;
                if (!classCharacter(out, high) || high < low)
                    return false;
            }
        }
    }

    std::vector<char32_t> m_text;
    size_t m_at = 0;
    int m_depth = 0;
};

} // namespace

std::optional<QString> toPcre(QStringView pattern, Anchoring anchoring)
{
    std::vector<char32_t> text;
    text.reserve(size_t(pattern.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c.isHighSurrogate() && i + 1 < pattern.size() && pattern[i + 1].isLowSurrogate()) {
            text.push_back(QChar::surrogateToUcs4(c, pattern[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            return std::nullopt; // not a Unicode scalar value
        } else {
            text.push_back(c.unicode());
        }
    }
    QString body;
    body.reserve(pattern.size() * 2);
    if (!Translator(std::move(text)).translate(body))
        return std::nullopt;
    if (anchoring == Anchoring::Whole)
        return u"\\A(?:" + body + u")\\z";
    return u"(?:" + body + u')';
}

} // namespace Oxa::IRegexp
