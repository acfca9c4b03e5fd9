// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QPlainTextEdit>

class QSyntaxHighlighter;

#include <optional>

namespace Oxa {

/**
 * A small editor of JSON text, highlighted line by line with the source view's tokenizer, that
 * says where a syntax error is. For raw request bodies and free-form values.
 */
class JsonEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEdit(QWidget *parent = nullptr);

    /** Shows the value indented (nothing for Undefined). */
    void setJsonValue(const QJsonValue &value);
    /** The text as a value; nothing with `error` set to "Line L, column C: …" when it is not JSON. */
    std::optional<QJsonValue> jsonValue(QString *error) const;
    /** Colours on or off: a long text is shown at once without them. */
    void setHighlighted(bool highlighted);

private:
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Oxa
