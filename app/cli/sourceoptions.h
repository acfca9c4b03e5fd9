// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The options that say which source descriptions of an Arazzo document may be read, the same
// for oxa-cli run and oxa-cli validate.

#include "workflow/workflowsources.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Oxa::Cli {

class SourceOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    SourceOptions();
    void addOptions(QCommandLineParser &parser) const;
    /** Sets `options` from the parsed command line; an exit status when an option is wrong. */
    std::optional<int> apply(const QCommandLineParser &parser, WorkflowSourceOptions &options) const;

private:
    QCommandLineOption m_source;
    QCommandLineOption m_remote;
    QCommandLineOption m_outside;
};

} // namespace Oxa::Cli
