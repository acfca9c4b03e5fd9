// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "results/resulttable.h"

#include <QIODevice>

namespace Oxa {

/**
 * Writes the rows a table shows (filtered and sorted as they are) to a file or buffer, a row at
 * a time, so that a million records never need a second copy in memory.
 */
namespace ResultExport {

struct CsvOptions
{
    /** A UTF-8 byte order mark first: spreadsheet programs then read the accents right. */
    bool byteOrderMark = false;
    /**
     * Texts that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
     * get a leading apostrophe: a response is data from elsewhere, never a formula to run.
     */
    bool guardFormulas = true;
    /** The columns written, in this order; empty: all of them. */
    std::vector<qsizetype> columns;
};

/** RFC 4180: a header line of column names, CRLF line ends, fields quoted when they must be. */
bool writeCsv(const ResultTable &table, QIODevice &out, const CsvOptions &options);
/** The records as one JSON array, each as it was in the body. */
bool writeJson(const ResultTable &table, QIODevice &out);
/** One record per line (JSON Lines). */
bool writeJsonLines(const ResultTable &table, QIODevice &out);

/** Reads CSV as written above (for tests and round trips): rows of fields. */
QList<QStringList> readCsv(const QByteArray &text);

} // namespace ResultExport

} // namespace Oxa
