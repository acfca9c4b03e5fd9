// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// The measurement behind the choice of YAML library: libfyaml (our YamlReader on its event
// parser) against yaml-cpp, on a large real description (GitHub's, converted to block YAML),
// on deep nesting, on an alias bomb and on a self-referencing alias. Prints Markdown.
//   bench_yaml [--runs N] [JSON_DOCUMENT]

#include "benchmarksupport.h"
#include "document/jsonreader.h"
#include "document/jsontree.h"
#include "document/yamlreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef OXA_HAVE_YAML_CPP
#include <yaml-cpp/yaml.h>
#endif

#include <cstdio>
#include <string>

using namespace Oxa;
using namespace OxaBench;

namespace {

/** Block-style YAML for a JSON tree: strings double-quoted (valid YAML), containers indented. */
void emit(const JsonNode &node, int indent, std::string &out);

void scalar(const JsonNode &node, std::string &out)
{
    switch (node.type()) {
    case JsonNode::Type::Null:
        out += "null";
        break;
    case JsonNode::Type::Bool:
        out += node.toBool() ? "true" : "false";
        break;
    case JsonNode::Type::Integer:
        out += std::to_string(node.toInteger());
        break;
    case JsonNode::Type::Double:
        out += QByteArray::number(node.toDouble(), 'g', 17).toStdString();
        break;
    default: {
        out += '"';
        for (char c : node.stringView()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
                    out += escaped;
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }
    }
}

void key(std::string_view text, std::string &out)
{
    scalar(JsonNode::makeString(text), out);
}

void emit(const JsonNode &node, int indent, std::string &out)
{
    const std::string pad(size_t(indent), ' ');
    if (node.isObject() && node.size() > 0) {
        for (const JsonMember &member : node.members()) {
            out += pad;
            key(member.key(), out);
            out += ':';
            const JsonNode &value = member.value;
            if ((value.isObject() || value.isArray()) && value.size() > 0) {
                out += '\n';
                emit(value, indent + 2, out);
            } else {
                out += ' ';
                if (value.isObject())
                    out += "{}";
                else if (value.isArray())
                    out += "[]";
                else
                    scalar(value, out);
                out += '\n';
            }
        }
    } else if (node.isArray() && node.size() > 0) {
        for (const JsonNode &item : node.items()) {
            out += pad + "-";
            if ((item.isObject() || item.isArray()) && item.size() > 0) {
                out += '\n';
                emit(item, indent + 2, out);
            } else {
                out += ' ';
                if (item.isObject())
                    out += "{}";
                else if (item.isArray())
                    out += "[]";
                else
                    scalar(item, out);
                out += '\n';
            }
        }
    }
}

struct Outcome
{
    double ms = 0;
    QString result;
};

Outcome ours(const QByteArray &yaml, int runs)
{
    Outcome outcome;
    Sample sample;
    for (int i = 0; i < runs; ++i) {
        JsonTree tree(yaml, SourceFormat::Yaml);
        Diagnostics findings;
        Result<void> status;
        sample.values.push_back(
            timeMs([&] { status = YamlReader::read(tree, LoadLimits{}, findings); }));
        outcome.result = status ? QStringLiteral("loaded")
                                : QStringLiteral("refused: ") + status.error().message;
    }
    outcome.ms = sample.median();
    return outcome;
}

#ifdef OXA_HAVE_YAML_CPP
/** Nodes reachable from `node`, walking aliases as a consumer would, up to a budget. */
long long walk(const YAML::Node &node, long long budget, int depth, bool &cycle)
{
    if (budget <= 0 || cycle)
        return 0;
    if (depth > 1000) {
        cycle = true;
        return 0;
    }
    long long count = 1;
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end() && count < budget; ++it)
            count += walk(it->second, budget - count, depth + 1, cycle);
    } else if (node.IsSequence()) {
        for (auto it = node.begin(); it != node.end() && count < budget; ++it)
            count += walk(*it, budget - count, depth + 1, cycle);
    }
    return count;
}

Outcome yamlCpp(const QByteArray &yaml, int runs, bool walkIt)
{
    Outcome outcome;
    Sample sample;
    for (int i = 0; i < runs; ++i) {
        try {
            YAML::Node node;
            sample.values.push_back(timeMs([&] { node = YAML::Load(yaml.toStdString()); }));
            outcome.result = QStringLiteral("loaded");
            if (walkIt) {
                bool cycle = false;
                const long long reached = walk(node, 10'000'000, 0, cycle);
                if (cycle)
                    outcome.result = QStringLiteral(
                        "loaded a cycle: a recursive walk never ends (stopped at depth 1000)");
                else if (reached >= 10'000'000)
                    outcome.result
                        = QStringLiteral("loaded; walking it reaches more than 10 million nodes");
            }
        } catch (const std::exception &error) {
            sample.values.push_back(0);
            outcome.result = QStringLiteral("error: ") + QString::fromUtf8(error.what()).left(90);
        }
    }
    outcome.ms = sample.median();
    return outcome;
}
#endif

void row(const char *name, const QByteArray &yaml, int runs, bool walkIt)
{
    const Outcome a = ours(yaml, runs);
    std::printf("| %s | %.1f ms: %s |", name, a.ms, qPrintable(a.result.left(100)));
#ifdef OXA_HAVE_YAML_CPP
    // yaml-cpp recurses on nesting: past a few thousand levels it would overflow the stack.
    const Outcome b = yamlCpp(yaml, runs, walkIt);
    std::printf(" %.1f ms: %s |\n", b.ms, qPrintable(b.result));
#else
    Q_UNUSED(walkIt);
    std::printf(" (yaml-cpp not installed) |\n");
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 5;
    if (arguments.size() >= 2 && arguments.front() == QLatin1String("--runs")) {
        runs = std::max(1, arguments.at(1).toInt());
        arguments = arguments.mid(2);
    }
    const QString source
        = arguments.value(0, QStringLiteral(OXA_BENCHMARK_CORPUS "/api.github.com.json"));
    const QByteArray json = readFile(source);
    std::printf("| input | libfyaml (YamlReader, our limits) | yaml-cpp %s |\n|---|---|---|\n",
#ifdef OXA_HAVE_YAML_CPP
                "(YAML::Load)"
#else
                ""
#endif
    );
    if (!json.isEmpty()) {
        JsonTree tree(json, SourceFormat::Json);
        Diagnostics findings;
        if (JsonReader::read(tree, LoadLimits{}, findings)) {
            std::string yaml;
            yaml.reserve(size_t(json.size()) * 2);
            emit(*tree.root(), 0, yaml);
            const QByteArray bytes = QByteArray::fromStdString(yaml);
            const QString name = QStringLiteral("%1 as block YAML, %2 MB")
                                     .arg(QFileInfo(source).fileName())
                                     .arg(double(bytes.size()) / 1e6, 0, 'f', 1);
            row(qPrintable(name), bytes, runs, false);
        }
    }
    for (int depth : {100, 500, 1000, 5000}) {
        const QByteArray flow = QByteArray(depth, '[') + QByteArray(depth, ']');
        row(qPrintable(QStringLiteral("flow nesting, %1 levels").arg(depth)), flow, runs, false);
    }
    for (int depth : {100, 600, 2000}) {
        QByteArray block;
        for (int i = 0; i < depth; ++i)
            block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        block += QByteArray(depth * 2, ' ') + "leaf: 1\n";
        row(qPrintable(QStringLiteral("block nesting, %1 levels").arg(depth)), block, 1, false);
    }
    QByteArray bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray previous = "*a" + QByteArray::number(i - 1);
        bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + previous;
        for (int j = 1; j < 10; ++j)
            bomb += ", " + previous;
        bomb += "]\n";
    }
    row("alias bomb (10^9 strings once expanded)", bomb, runs, true);
    row("self-referencing alias `&x [*x]`", "&x [*x]\n", runs, true);
    return 0;
}
