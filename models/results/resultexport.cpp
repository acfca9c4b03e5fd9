// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "resultexport.h"

#include "schema/jsonvalues.h"

#include <limits>

namespace Oxa::ResultExport {

namespace {

/** Rows are buffered up to this size before each write. */
constexpr qsizetype kChunk = 1024 * 1024;

QByteArray csvField(const QString &text, bool guard)
{
    QByteArray field = text.toUtf8();
    if (guard && !field.isEmpty()
        && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@'
            || field[0] == '\t' || field[0] == '\r'))
        field.prepend('\'');
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        return '"' + field + '"';
    }
    return field;
}

bool flush(QIODevice &out, QByteArray &buffer, bool force)
{
    if (!force && buffer.size() < kChunk)
        return true;
    const bool written = out.write(buffer) == buffer.size();
    buffer.clear();
    return written;
}

/** The whole record as compact JSON. */
QByteArray recordJson(const ResultTable &table, qsizetype row)
{
    return jsonText(table.record(row), std::numeric_limits<qsizetype>::max()).toUtf8();
}

} // namespace

bool writeCsv(const ResultTable &table, QIODevice &out, const CsvOptions &options)
{
    std::vector<qsizetype> columns = options.columns;
    if (columns.empty()) {
        for (qsizetype c = 0; c < table.columnCount(); ++c)
            columns.push_back(c);
    }
    QByteArray buffer;
    if (options.byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    for (size_t i = 0; i < columns.size(); ++i)
        buffer += (i ? "," : "") + csvField(table.column(columns[i]).name, options.guardFormulas);
    buffer += "\r\n";
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i)
                buffer += ',';
            const bool number = table.column(columns[i]).type == ColumnType::Number;
            buffer += csvField(table.text(row, columns[i]), options.guardFormulas && !number);
        }
        buffer += "\r\n";
        if (!flush(out, buffer, false))
            return false;
    }
    return flush(out, buffer, true);
}

bool writeJson(const ResultTable &table, QIODevice &out)
{
    QByteArray buffer = "[";
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        buffer += (row ? ",\n" : "\n") + recordJson(table, row);
        if (!flush(out, buffer, false))
            return false;
    }
    buffer += "\n]\n";
    return flush(out, buffer, true);
}

bool writeJsonLines(const ResultTable &table, QIODevice &out)
{
    QByteArray buffer;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        buffer += recordJson(table, row) + '\n';
        if (!flush(out, buffer, false))
            return false;
    }
    return flush(out, buffer, true);
}

QList<QStringList> readCsv(const QByteArray &input)
{
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row << QString::fromUtf8(field);
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << QString::fromUtf8(field);
        rows << row;
    }
    return rows;
}

} // namespace Oxa::ResultExport
