// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "sourcetokens.h"

namespace Oxa {

namespace {

using Kind = SourceToken::Kind;

bool isNumberStart(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.';
}

/** The end of a quoted string starting at `i` (the quote), or the end of the line. */
int quotedEnd(QStringView line, int i)
{
    const QChar quote = line[i];
    int j = i + 1;
    while (j < line.size()) {
        if (quote == u'"' && line[j] == u'\\') {
            j += 2;
            continue;
        }
        if (line[j] == quote) {
            // YAML doubles a single quote to escape it.
            if (quote == u'\'' && j + 1 < line.size() && line[j + 1] == u'\'') {
                j += 2;
                continue;
            }
            return j + 1;
        }
        ++j;
    }
    return int(line.size());
}

Kind scalarKind(QStringView word)
{
    static const QStringView keywords[]
        = {u"true", u"false", u"null", u"True", u"False", u"Null", u"TRUE", u"FALSE", u"NULL", u"~"};
    for (QStringView keyword : keywords) {
        if (word == keyword)
            return Kind::Keyword;
    }
    if (!word.isEmpty() && isNumberStart(word.front())) {
        bool ok = false;
        static_cast<void>(word.toDouble(&ok));
        if (ok)
            return Kind::Number;
    }
    return Kind::String;
}

void tokenizeJson(QStringView line, QList<SourceToken> &tokens)
{
    const int size = int(line.size());
    bool nextIsReference = false;
    for (int i = 0; i < size;) {
        const QChar c = line[i];
        if (c == u'"') {
            const int end = quotedEnd(line, i);
            int after = end;
            while (after < size && line[after].isSpace())
                ++after;
            const bool isKey = after < size && line[after] == u':';
            Kind kind = isKey ? Kind::Key : (nextIsReference ? Kind::Reference : Kind::String);
            nextIsReference = isKey && line.sliced(i, end - i) == u"\"$ref\"";
            tokens.append({i, end - i, kind});
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':') {
            tokens.append({i, 1, Kind::Punctuation});
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else {
            int end = i;
            while (end < size && !line[end].isSpace() && line[end] != u',' && line[end] != u'}'
                   && line[end] != u']')
                ++end;
            const Kind kind = scalarKind(line.sliced(i, end - i));
            if (kind != Kind::String)
                tokens.append({i, end - i, kind});
            i = end;
        }
    }
}

void tokenizeYaml(QStringView line, QList<SourceToken> &tokens)
{
    const int size = int(line.size());
    int i = 0;
    while (i < size && line[i].isSpace())
        ++i;
    if (i < size && line[i] == u'#') {
        tokens.append({i, size - i, Kind::Comment});
        return;
    }
    if (line.sliced(i).startsWith(u"---") || line.sliced(i).startsWith(u"...")) {
        tokens.append({i, 3, Kind::Punctuation});
        return;
    }
    // Sequence dashes.
    while (i + 1 < size && line[i] == u'-' && line[i + 1] == u' ') {
        tokens.append({i, 1, Kind::Punctuation});
        i += 2;
        while (i < size && line[i] == u' ')
            ++i;
    }
    if (i < size && (line[i] == u'{' || line[i] == u'[')) {
        // A flow collection: close enough to JSON to colour it the same way.
        QList<SourceToken> flow;
        tokenizeJson(line.sliced(i), flow);
        for (SourceToken token : std::as_const(flow)) {
            token.start += i;
            tokens.append(token);
        }
        return;
    }
    // A key: up to ": " or a final ":", outside quotes.
    bool reference = false;
    int keyEnd = -1;
    if (i < size && (line[i] == u'"' || line[i] == u'\'')) {
        const int end = quotedEnd(line, i);
        if (end < size && line[end] == u':')
            keyEnd = end;
    } else {
        for (int j = i; j < size; ++j) {
            if (line[j] == u':' && (j + 1 == size || line[j + 1] == u' ')) {
                keyEnd = j;
                break;
            }
            if (line[j] == u' ' && j + 1 < size && line[j + 1] == u'#')
                break;
        }
    }
    if (keyEnd > i) {
        tokens.append({i, keyEnd - i, Kind::Key});
        tokens.append({keyEnd, 1, Kind::Punctuation});
        const QStringView key = line.sliced(i, keyEnd - i);
        reference = key == u"$ref" || key == u"\"$ref\"" || key == u"'$ref'";
        i = keyEnd + 1;
        while (i < size && line[i] == u' ')
            ++i;
    }
    if (i >= size)
        return;
    if (line[i] == u'{' || line[i] == u'[') {
        QList<SourceToken> flow;
        tokenizeJson(line.sliced(i), flow);
        for (SourceToken token : std::as_const(flow)) {
            token.start += i;
            tokens.append(token);
        }
        return;
    }
    if (line[i] == u'|' || line[i] == u'>' || line[i] == u'&' || line[i] == u'*'
        || line[i] == u'!') {
        int end = i;
        while (end < size && line[end] != u' ')
            ++end;
        tokens.append({i, end - i, Kind::Punctuation});
        i = end;
        while (i < size && line[i] == u' ')
            ++i;
        if (i >= size)
            return;
    }
    // The value, then an optional comment.
    int valueEnd = size;
    if (line[i] == u'"' || line[i] == u'\'') {
        valueEnd = quotedEnd(line, i);
    } else {
        for (int j = i; j < size; ++j) {
            if (line[j] == u'#' && j > i && line[j - 1] == u' ') {
                valueEnd = j - 1;
                break;
            }
        }
        while (valueEnd > i && line[valueEnd - 1] == u' ')
            --valueEnd;
    }
    const QStringView value = line.sliced(i, valueEnd - i);
    const Kind kind = reference                               ? Kind::Reference
                      : (line[i] == u'"' || line[i] == u'\'') ? Kind::String
                                                              : scalarKind(value);
    tokens.append({i, valueEnd - i, kind});
    for (int j = valueEnd; j < size; ++j) {
        if (line[j] == u'#') {
            tokens.append({j, size - j, Kind::Comment});
            break;
        }
    }
}

} // namespace

QList<SourceToken> tokenizeSourceLine(QStringView line, SourceSyntax syntax, int maxLength)
{
    QList<SourceToken> tokens;
    if (line.size() > maxLength)
        return tokens;
    if (syntax == SourceSyntax::Json)
        tokenizeJson(line, tokens);
    else
        tokenizeYaml(line, tokens);
    return tokens;
}

} // namespace Oxa
