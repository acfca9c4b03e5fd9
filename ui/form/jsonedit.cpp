// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonedit.h"

#include "catalog/sourcetokens.h"
#include "schema/jsonvalues.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace Oxa {

namespace {

class JsonHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        const bool dark = document() && qGray(QPalette().color(QPalette::Base).rgb()) < 128;
        for (const SourceToken &token : tokenizeSourceLine(text, SourceSyntax::Json, 4000)) {
            QTextCharFormat format;
            switch (token.kind) {
            case SourceToken::Kind::Key:
                format.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
                break;
            case SourceToken::Kind::String:
            case SourceToken::Kind::Reference:
                format.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
                break;
            case SourceToken::Kind::Number:
                format.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
                break;
            case SourceToken::Kind::Keyword:
                format.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
                break;
            default:
                continue;
            }
            setFormat(token.start, token.length, format);
        }
    }
};

} // namespace

JsonEdit::JsonEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new JsonHighlighter(document());
}

void JsonEdit::setHighlighted(bool highlighted)
{
    m_highlighter->setDocument(highlighted ? document() : nullptr);
}

void JsonEdit::setJsonValue(const QJsonValue &value)
{
    setPlainText(indentedJson(value));
}

std::optional<QJsonValue> JsonEdit::jsonValue(QString *error) const
{
    return parseJsonText(toPlainText(), error);
}

} // namespace Oxa
