// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// core/ owns what every other part of models/ shares: errors as values, diagnostics, logging
// categories and a JSON writer that keeps key order.

#include "core/diagnostic.h"

#include <QString>

#include <tl/expected.hpp>

namespace Oxa {

/**
 * A failure returned as a value. The message is translated and shown as is; the pointer is the
 * JSON pointer of the node at fault, when there is one.
 */
struct Error
{
    enum class Code {
        Io,          ///< a file or a stream could not be read
        Parse,       ///< the text is not valid JSON or YAML
        Limit,       ///< a configured limit was reached
        Unsupported, ///< valid input that we cannot handle
        Forbidden,   ///< refused by policy (remote or out-of-folder access)
        Network,     ///< transport failure
        Http,        ///< the server answered with an error status
        Cancelled,   ///< the caller cancelled
    };
    Code code = Code::Io;
    QString message;
    QString pointer;
    qint64 offset = -1; ///< byte offset in the text at fault, or -1
    int line = 0;       ///< 1-based line in the text at fault when offset is unknown, or 0
    int column = 0;     ///< 1-based column, with line
    /** The precise reason, for the diagnostic this error becomes. */
    DiagnosticCode diagnostic = DiagnosticCode::ReadFailed;
};

template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(Error::Code code,
                                       QString message,
                                       qint64 offset = -1,
                                       DiagnosticCode diagnostic = DiagnosticCode::ReadFailed)
{
    return tl::unexpected<Error>(
        Error{code, std::move(message), QString(), offset, 0, 0, diagnostic});
}

} // namespace Oxa
