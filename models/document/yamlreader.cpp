// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamlreader.h"

#include "document/containerstack.h"
#include "document/jsontree.h"
#include "document/utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <libfyaml.h>

namespace Oxa {

namespace {

constexpr std::string_view CoreTagPrefix = "tag:yaml.org,2002:";

struct ParserDeleter
{
    void operator()(fy_parser *parser) const { fy_parser_destroy(parser); }
};
struct DiagDeleter
{
    void operator()(fy_diag *diag) const { fy_diag_destroy(diag); }
};

/** What the YAML side tracks for every open container, beside the shared ContainerStack. */
struct YamlFrame
{
    std::string anchor;
    quint64 nodes = 1; // nodes in this subtree, aliases expanded
    bool mapping = false;
    bool expectKey = true;
    bool dropValue = false;  // the key was not a scalar: its value is skipped
    bool mergeValue = false; // the key was a plain "<<"
    std::vector<JsonNode> merges;
};

struct Anchor
{
    JsonNode node;
    quint64 nodes = 1;
};

bool isOneOf(std::string_view text, std::initializer_list<std::string_view> words)
{
    for (std::string_view word : words)
        if (text == word)
            return true;
    return false;
}

bool allDigits(std::string_view text, int base)
{
    if (text.empty())
        return false;
    for (char c : text) {
        const bool ok = base == 8    ? (c >= '0' && c <= '7')
                        : base == 10 ? (c >= '0' && c <= '9')
                                     : ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                                        || (c >= 'A' && c <= 'F'));
        if (!ok)
            return false;
    }
    return true;
}

/** A plain scalar resolved with the YAML 1.2 core schema; nothing when it is a string. */
std::optional<JsonNode> resolveCore(std::string_view text, quint32 offset)
{
    if (text.empty() || isOneOf(text, {"~", "null", "Null", "NULL"}))
        return JsonNode::makeNull(offset);
    if (isOneOf(text, {"true", "True", "TRUE"}))
        return JsonNode::makeBool(true, offset);
    if (isOneOf(text, {"false", "False", "FALSE"}))
        return JsonNode::makeBool(false, offset);
    const char first = text.front();
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')))
        return std::nullopt;

    std::string_view digits = text;
    bool negative = false;
    if (first == '-' || first == '+') {
        negative = first == '-';
        digits.remove_prefix(1);
    }
    if (allDigits(digits, 10)) {
        qint64 value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec == std::errc() && end == digits.data() + digits.size())
            return JsonNode::makeInteger(negative ? -value : value, offset);
        return JsonNode::makeDouble((negative ? -1.0 : 1.0)
                                        * std::strtod(std::string(digits).c_str(), nullptr),
                                    offset);
    }
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
        const int base = text[1] == 'o' ? 8 : 16;
        const std::string_view body = text.substr(2);
        qint64 value = 0;
        if (allDigits(body, base)) {
            const auto [end, ec]
                = std::from_chars(body.data(), body.data() + body.size(), value, base);
            if (ec == std::errc() && end == body.data() + body.size())
                return JsonNode::makeInteger(value, offset);
        }
        return std::nullopt;
    }
    if (isOneOf(digits, {".inf", ".Inf", ".INF"}))
        return JsonNode::makeDouble(negative ? -HUGE_VAL : HUGE_VAL, offset);
    if (isOneOf(text, {".nan", ".NaN", ".NAN"}))
        return JsonNode::makeDouble(std::nan(""), offset);

    // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    size_t i = 0;
    size_t integerDigits = 0;
    size_t fractionDigits = 0;
    while (i < digits.size() && digits[i] >= '0' && digits[i] <= '9')
        ++i, ++integerDigits;
    if (i < digits.size() && digits[i] == '.') {
        ++i;
        while (i < digits.size() && digits[i] >= '0' && digits[i] <= '9')
            ++i, ++fractionDigits;
    }
    if (integerDigits == 0 && fractionDigits == 0)
        return std::nullopt;
    if (i < digits.size() && (digits[i] == 'e' || digits[i] == 'E')) {
        ++i;
        if (i < digits.size() && (digits[i] == '+' || digits[i] == '-'))
            ++i;
        size_t exponentDigits = 0;
        while (i < digits.size() && digits[i] >= '0' && digits[i] <= '9')
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return std::nullopt;
    }
    if (i != digits.size())
        return std::nullopt;
    const double value = std::strtod(std::string(digits).c_str(), nullptr);
    return JsonNode::makeDouble(negative ? -value : value, offset);
}

class Builder
{
public:
    Builder(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings)
        : m_tree(tree)
        , m_limits(limits)
        , m_findings(findings)
        , m_stack(tree, findings)
    {}

    Result<void> run();

private:
    Result<void> onEvent(fy_event *event);
    Result<void> openContainer(bool mapping, fy_token *anchor, const fy_mark *mark);
    Result<void> closeContainer();
    Result<void> onScalar(fy_event *event);
    Result<void> onAlias(fy_event *event);
    Result<void> deliver(const JsonNode &node, quint64 nodes);
    void finding(Diagnostic::Severity severity,
                 DiagnosticCode code,
                 const QString &message,
                 quint32 offset);
    tl::unexpected<Error> fail(DiagnosticCode code,
                               const QString &message,
                               const fy_mark *mark) const;
    tl::unexpected<Error> fail(DiagnosticCode code, const QString &message, quint32 offset) const;
    quint32 aliasOffset(const fy_mark *mark) const;
    std::string_view keepText(const char *text, size_t length);
    std::optional<std::string_view> singleQuoted(fy_event *event, fy_scalar_style style);
    quint32 offsetOf(const fy_mark *mark) const
    {
        return mark ? quint32(std::min<size_t>(mark->input_pos, size_t(m_tree.text().size()))) : 0;
    }

    JsonTree &m_tree;
    const LoadLimits &m_limits;
    Diagnostics &m_findings;
    ContainerStack m_stack;
    std::vector<YamlFrame> m_frames;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::unordered_set<std::string> m_unknownTags;
    quint64 m_aliasNodes = 0;
    int m_documents = 0;
    bool m_rootDone = false;
    bool m_mergeReported = false;
};

std::string_view Builder::keepText(const char *text, size_t length)
{
    const char *begin = m_tree.text().constData();
    const char *end = begin + m_tree.text().size();
    if (text >= begin && text + length <= end)
        return std::string_view(text, length); // plain text still points into the document
    return m_tree.arena().copyString(std::string_view(text, length));
}

void Builder::finding(Diagnostic::Severity severity,
                      DiagnosticCode code,
                      const QString &message,
                      quint32 offset)
{
    const TextPosition position = m_tree.position(offset);
    m_findings.append(Diagnostic{severity,
                                 code,
                                 message,
                                 m_stack.pointerOfTop(),
                                 QString(),
                                 position.line,
                                 position.column});
}

tl::unexpected<Error> Builder::fail(DiagnosticCode code,
                                    const QString &message,
                                    const fy_mark *mark) const
{
    return fail(code, message, offsetOf(mark));
}

tl::unexpected<Error> Builder::fail(DiagnosticCode code,
                                    const QString &message,
                                    quint32 offset) const
{
    const bool limit = code == DiagnosticCode::DepthLimit || code == DiagnosticCode::AliasLimit;
    return makeError(limit ? Error::Code::Limit : Error::Code::Parse, message, qint64(offset), code);
}

quint32 Builder::aliasOffset(const fy_mark *mark) const
{
    // libfyaml marks an alias at its name; point at the '*' that starts it.
    const quint32 offset = offsetOf(mark);
    return (offset > 0 && m_tree.text().at(offset - 1) == '*') ? offset - 1 : offset;
}

Result<void> Builder::deliver(const JsonNode &node, quint64 nodes)
{
    if (m_frames.empty()) {
        m_tree.setRoot(node);
        m_rootDone = true;
        return {};
    }
    YamlFrame &frame = m_frames.back();
    frame.nodes += nodes;
    if (frame.mapping && frame.expectKey) {
        // Scalar keys are taken in onScalar(); anything arriving here is a non-scalar key.
        finding(Diagnostic::Severity::Error,
                DiagnosticCode::NonScalarKey,
                YamlReader::tr("A mapping key that is not a scalar cannot be represented in "
                               "JSON; the entry is ignored"),
                node.offset());
        frame.expectKey = false;
        frame.dropValue = true;
        return {};
    }
    if (frame.mapping) {
        frame.expectKey = true;
        if (frame.dropValue) {
            frame.dropValue = false;
            return {};
        }
        if (frame.mergeValue) {
            frame.mergeValue = false;
            frame.merges.push_back(node);
            return {};
        }
    }
    m_stack.add(node);
    return {};
}

Result<void> Builder::openContainer(bool mapping, fy_token *anchor, const fy_mark *mark)
{
    if (m_stack.depth() >= m_limits.maxDepth)
        return fail(DiagnosticCode::DepthLimit,
                    YamlReader::tr("Nesting is deeper than the limit of %1 levels")
                        .arg(m_limits.maxDepth),
                    mark);
    YamlFrame frame;
    frame.mapping = mapping;
    if (anchor) {
        size_t length = 0;
        const char *text = fy_token_get_text(anchor, &length);
        frame.anchor.assign(text, length);
    }
    m_frames.push_back(std::move(frame));
    m_stack.open(mapping, offsetOf(mark));
    return {};
}

Result<void> Builder::closeContainer()
{
    YamlFrame frame = std::move(m_frames.back());
    m_frames.pop_back();
    std::vector<JsonMember> merged;
    for (const JsonNode &source : frame.merges) {
        auto mergeFrom = [&merged](const JsonNode &mapping) {
            for (const JsonMember &member : mapping.members())
                merged.push_back(member);
        };
        if (source.isObject()) {
            mergeFrom(source);
        } else if (source.isArray()) {
            for (const JsonNode &item : source.items()) {
                if (item.isObject())
                    mergeFrom(item);
            }
        } else {
            finding(Diagnostic::Severity::Warning,
                    DiagnosticCode::MergeKeyApplied,
                    YamlReader::tr("The value of a merge key (<<) must be a mapping or a list of "
                                   "mappings; it is ignored"),
                    source.offset());
        }
    }
    if (!merged.empty() && !m_mergeReported) {
        m_mergeReported = true;
        finding(Diagnostic::Severity::Info,
                DiagnosticCode::MergeKeyApplied,
                YamlReader::tr("Merge keys (<<, from YAML 1.1) were applied"),
                merged.front().keyOffset);
    }
    const JsonNode node = m_stack.close(merged);
    if (!frame.anchor.empty())
        m_anchors[frame.anchor] = Anchor{node, frame.nodes};
    return deliver(node, frame.nodes);
}

/**
 * libfyaml 0.7.12 decodes a run of five or more '' escapes wrongly (and leaks a buffer doing it;
 * found by tests/fuzz), so single-quoted scalars are decoded here, from the text between the
 * event's marks (which span the content, the quotes just outside): '' is ', and lines fold as in
 * YAML 1.2 section 7.3.2. Nothing when the marks do not frame a single-quoted scalar.
 */
std::optional<std::string_view> Builder::singleQuoted(fy_event *event, fy_scalar_style style)
{
    if (style != FYSS_SINGLE_QUOTED)
        return std::nullopt;
    const fy_mark *start = fy_event_start_mark(event);
    const fy_mark *end = fy_event_end_mark(event);
    const QByteArray &source = m_tree.text();
    if (!start || !end || start->input_pos == 0 || end->input_pos < start->input_pos
        || end->input_pos >= size_t(source.size())
        || source.at(qsizetype(start->input_pos) - 1) != '\''
        || source.at(qsizetype(end->input_pos)) != '\'')
        return std::nullopt;
    const std::string_view inner(source.constData() + start->input_pos,
                                 end->input_pos - start->input_pos);
    if (inner.find('\'') == std::string_view::npos && inner.find('\n') == std::string_view::npos
        && inner.find('\r') == std::string_view::npos)
        return inner; // nothing to unescape or fold: point into the text

    auto trimLeft = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        return s;
    };
    auto trimRight = [](std::string_view s) {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    };
    std::string out;
    auto unescape = [&out](std::string_view s) {
        for (size_t i = 0; i < s.size(); ++i) {
            out += s[i];
            if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'')
                ++i;
        }
    };
    std::vector<std::string_view> lines;
    size_t lineStart = 0;
    for (size_t i = 0; i <= inner.size(); ++i) {
        if (i < inner.size() && inner[i] != '\n')
            continue;
        std::string_view line = inner.substr(lineStart, i - lineStart);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        lineStart = i + 1;
    }
    if (lines.size() == 1) {
        unescape(lines.front());
    } else {
        // Trailing blanks end a line, leading blanks start the next: a line break between two
        // lines of text is a space, each empty line in between a line feed.
        unescape(trimRight(lines.front()));
        size_t emptyLines = 0;
        for (size_t i = 1; i < lines.size(); ++i) {
            const bool last = i + 1 == lines.size();
            std::string_view line = trimLeft(lines[i]);
            if (!last)
                line = trimRight(line);
            if (!last && line.empty()) {
                ++emptyLines;
                continue;
            }
            if (emptyLines > 0)
                out.append(emptyLines, '\n');
            else
                out += ' ';
            emptyLines = 0;
            unescape(line);
        }
    }
    return m_tree.arena().copyString(out);
}

Result<void> Builder::onScalar(fy_event *event)
{
    const fy_mark *mark = fy_event_start_mark(event);
    const quint32 offset = offsetOf(mark);
    fy_token *value = event->scalar.value;
    const fy_scalar_style style = fy_token_scalar_style(value);
    std::string_view text;
    if (auto decoded = singleQuoted(event, style)) {
        text = *decoded;
    } else {
        size_t length = 0;
        const char *raw = fy_token_get_text(value, &length);
        text = raw ? keepText(raw, length) : std::string_view();
    }

    if (!m_frames.empty() && m_frames.back().mapping && m_frames.back().expectKey) {
        YamlFrame &frame = m_frames.back();
        frame.expectKey = false;
        frame.nodes += 1;
        if (style == FYSS_PLAIN && text == "<<" && !event->scalar.tag) {
            frame.mergeValue = true;
        } else {
            m_stack.setKey(text, offset);
        }
        if (event->scalar.anchor) {
            size_t anchorLength = 0;
            const char *anchorText = fy_token_get_text(event->scalar.anchor, &anchorLength);
            m_anchors[std::string(anchorText, anchorLength)]
                = Anchor{JsonNode::makeString(text, offset), 1};
        }
        return {};
    }

    std::string_view tag;
    if (event->scalar.tag) {
        size_t tagLength = 0;
        const char *tagText = fy_token_get_text(event->scalar.tag, &tagLength);
        tag = std::string_view(tagText, tagLength);
    }

    JsonNode node = JsonNode::makeString(text, offset);
    if (tag.empty()) {
        if (style == FYSS_PLAIN) {
            if (auto resolved = resolveCore(text, offset))
                node = *resolved;
        }
    } else if (tag.substr(0, CoreTagPrefix.size()) == CoreTagPrefix) {
        const std::string_view name = tag.substr(CoreTagPrefix.size());
        if (name == "null") {
            node = JsonNode::makeNull(offset);
        } else if (name == "bool" || name == "int" || name == "float") {
            const auto resolved = resolveCore(text, offset);
            const bool fits = resolved
                              && (name == "bool"  ? resolved->isBool()
                                  : name == "int" ? resolved->isInteger()
                                                  : resolved->isNumber());
            if (fits)
                node = name == "float" ? JsonNode::makeDouble(resolved->toDouble(), offset)
                                       : *resolved;
            else
                finding(Diagnostic::Severity::Warning,
                        DiagnosticCode::UnknownYamlTag,
                        YamlReader::tr("\"%1\" is not a valid !!%2; it is read as a string")
                            .arg(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                 QString::fromUtf8(name.data(), qsizetype(name.size()))),
                        offset);
        }
        // str, binary, timestamp and the others stay strings
    } else if (tag != "!") {
        if (m_unknownTags.insert(std::string(tag)).second)
            finding(Diagnostic::Severity::Info,
                    DiagnosticCode::UnknownYamlTag,
                    YamlReader::tr("Unknown tag %1: the value is read as if it had none")
                        .arg(QString::fromUtf8(tag.data(), qsizetype(tag.size()))),
                    offset);
        if (style == FYSS_PLAIN) {
            if (auto resolved = resolveCore(text, offset))
                node = *resolved;
        }
    }
    if (event->scalar.anchor) {
        size_t anchorLength = 0;
        const char *anchorText = fy_token_get_text(event->scalar.anchor, &anchorLength);
        m_anchors[std::string(anchorText, anchorLength)] = Anchor{node, 1};
    }
    return deliver(node, 1);
}

Result<void> Builder::onAlias(fy_event *event)
{
    const quint32 offset = aliasOffset(fy_event_start_mark(event));
    size_t length = 0;
    const char *text = fy_token_get_text(event->alias.anchor, &length);
    const std::string name(text ? text : "", text ? length : 0);
    const QString shown = QString::fromStdString(name);
    for (const YamlFrame &open : m_frames) {
        if (open.anchor == name)
            return fail(DiagnosticCode::RecursiveAlias,
                        YamlReader::tr("The alias *%1 refers to a node that contains it: recursive "
                                       "structures cannot be represented")
                            .arg(shown),
                        offset);
    }
    const auto it = m_anchors.find(name);
    if (it == m_anchors.end())
        return fail(DiagnosticCode::YamlSyntax,
                    YamlReader::tr("The alias *%1 has no anchor before it").arg(shown),
                    offset);
    const Anchor anchor = it->second;
    m_aliasNodes += anchor.nodes;
    if (m_aliasNodes > m_limits.maxAliasExpansion)
        return fail(DiagnosticCode::AliasLimit,
                    YamlReader::tr("Aliases expand to more than %1 nodes (the alias expansion "
                                   "limit): the document looks like an alias bomb")
                        .arg(m_limits.maxAliasExpansion),
                    offset);
    if (!m_frames.empty() && m_frames.back().mapping && m_frames.back().expectKey) {
        YamlFrame &frame = m_frames.back();
        if (!anchor.node.isString()) {
            return deliver(anchor.node, anchor.nodes); // reported as a non-scalar key
        }
        frame.expectKey = false;
        frame.nodes += 1;
        m_stack.setKey(anchor.node.stringView(), offset);
        return {};
    }
    return deliver(anchor.node, anchor.nodes);
}

Result<void> Builder::onEvent(fy_event *event)
{
    switch (event->type) {
    case FYET_DOCUMENT_START:
        ++m_documents;
        return {};
    case FYET_MAPPING_START:
        return openContainer(true, event->mapping_start.anchor, fy_event_start_mark(event));
    case FYET_SEQUENCE_START:
        return openContainer(false, event->sequence_start.anchor, fy_event_start_mark(event));
    case FYET_MAPPING_END:
    case FYET_SEQUENCE_END:
        return closeContainer();
    case FYET_SCALAR:
        return onScalar(event);
    case FYET_ALIAS:
        return onAlias(event);
    default:
        return {};
    }
}

Result<void> Builder::run()
{
    fy_diag_cfg diagConfig;
    fy_diag_cfg_default(&diagConfig);
    diagConfig.fp = nullptr;
    diagConfig.output_fn = [](fy_diag *, void *, const char *, size_t) {};
    diagConfig.colorize = false;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagConfig));
    if (!diag)
        return makeError(Error::Code::Io, YamlReader::tr("The YAML reader could not start"));
    fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg config{};
    // Duplicate keys are ours to report (with a pointer), not a reason to stop.
    config.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2
                                      | FYPCF_ALLOW_DUPLICATE_KEYS | FYPCF_DISABLE_MMAP_OPT);
    config.diag = diag.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser)
        return makeError(Error::Code::Io, YamlReader::tr("The YAML reader could not start"));
    const QByteArray &text = m_tree.text();
    if (fy_parser_set_string(parser.get(), text.constData(), size_t(text.size())) != 0)
        return makeError(Error::Code::Io, YamlReader::tr("The YAML reader could not start"));

    Result<void> status;
    while (fy_event *event = fy_parser_parse(parser.get())) {
        if (m_rootDone && event->type == FYET_DOCUMENT_START) {
            fy_parser_event_free(parser.get(), event);
            finding(Diagnostic::Severity::Warning,
                    DiagnosticCode::MultipleYamlDocuments,
                    YamlReader::tr("The text holds several YAML documents; only the first is read"),
                    0);
            break;
        }
        status = onEvent(event);
        fy_parser_event_free(parser.get(), event);
        if (!status)
            return status;
    }

    if (fy_parser_get_stream_error(parser.get())) {
        void *iterator = nullptr;
        Error error{Error::Code::Parse,
                    YamlReader::tr("Invalid YAML"),
                    QString(),
                    -1,
                    0,
                    0,
                    DiagnosticCode::YamlSyntax};
        if (fy_diag_error *first = fy_diag_errors_iterate(diag.get(), &iterator)) {
            error.message = YamlReader::tr("Invalid YAML: %1").arg(QString::fromUtf8(first->msg));
            error.line = std::max(first->line, 1);
            error.column = std::max(first->column, 1);
        }
        return tl::unexpected<Error>(std::move(error));
    }
    if (!m_rootDone) {
        if (m_documents == 0)
            return makeError(Error::Code::Parse,
                             YamlReader::tr("The document is empty"),
                             0,
                             DiagnosticCode::YamlSyntax);
        m_tree.setRoot(JsonNode::makeNull());
    }
    return {};
}

} // namespace

Result<void> YamlReader::read(JsonTree &tree, const LoadLimits &limits, Diagnostics &findings)
{
    // libfyaml 0.7.12 (Debian 12) can loop forever on invalid UTF-8 (upstream issues #101 and
    // #370, fixed later), and reads a NUL as the end of the text: neither reaches it.
    const QByteArray &text = tree.text();
    if (const qsizetype invalid = Utf8::firstInvalid(text.constData(), text.size()); invalid >= 0)
        return makeError(Error::Code::Parse,
                         tr("Invalid YAML: the text is not valid UTF-8"),
                         invalid,
                         DiagnosticCode::YamlSyntax);
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return makeError(Error::Code::Parse,
                         tr("Invalid YAML: a NUL character is not allowed"),
                         nul,
                         DiagnosticCode::YamlSyntax);
    if (quint64(tree.text().size()) >= quint64(std::numeric_limits<quint32>::max()))
        return makeError(Error::Code::Limit,
                         tr("The document is larger than 4 GiB"),
                         -1,
                         DiagnosticCode::DocumentTooLarge);
    Builder builder(tree, limits, findings);
    return builder.run();
}

} // namespace Oxa
