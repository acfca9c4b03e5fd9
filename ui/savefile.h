// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Oxa {

/**
 * The one way the console saves a file a person asked for (records, a chart, a body, a report):
 * the file dialog opens in the folder last saved to, in this session or an earlier one, with a
 * suggested name; the outcome is said, a warning for a problem, "Saved …" in the window's
 * status bar otherwise. Settings key: "files/saveFolder".
 */
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)

public:
    /** Writes the file at a path; returns the problem, or an empty text when it was written. */
    using Writer = std::function<QString(const QString &path, const QString &chosenFilter)>;

    /** Asks where, writes with `write`, says how it went. Returns the path written, or "". */
    static QString save(QWidget *parent,
                        const QString &title,
                        const QString &suggestedName,
                        const QString &filters,
                        const Writer &write);

    /** The folder the next file dialog opens in: the last one saved to, else Documents. */
    static QString folder();
    /** Remembers the folder of a file just saved. */
    static void remember(const QString &path);
    /** Says the outcome in `parent`'s window: a warning, or a status bar message. */
    static void report(QWidget *parent,
                       const QString &title,
                       const QString &path,
                       const QString &problem);
};

} // namespace Oxa
