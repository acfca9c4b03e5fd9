// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "indicators.h"

#include "schema/formats.h"

#include <QRegularExpression>

namespace Oxa {

namespace {

bool allHex(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return false;
    }
    return true;
}

/** A name on the internet: a hostname with a dot whose last label is a top-level domain. */
bool isDomainName(const std::string &name)
{
    if (!Formats::isHostname(name) || name.find('.') == std::string::npos)
        return false;
    const std::string_view top = std::string_view(name).substr(name.rfind('.') + 1);
    if (top.size() > 4 && top.substr(0, 4) == "xn--")
        return true;
    if (top.size() < 2)
        return false;
    for (char c : top) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

bool isCidr(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash <= 0 || slash == value.size() - 1)
        return false;
    bool ok = false;
    const int bits = value.mid(slash + 1).toInt(&ok);
    const std::string address = value.left(slash).toStdString();
    if (!ok || bits < 0 || value.mid(slash + 1).startsWith(u'+'))
        return false;
    if (Formats::isIpv4(address))
        return bits <= 32;
    return Formats::isIpv6(address) && bits <= 128;
}

bool isWebUrl(const QString &value)
{
    static const QRegularExpression
        shape(QStringLiteral(
                  "^(?:https?|ftp|sftp|wss?)://([^/?#\\s@]+@)?([^/?#\\s:]+|\\[[0-9a-fA-F:.]+\\])"
                  "(?::\\d{1,5})?(?:[/?#]\\S*)?$"),
              QRegularExpression::CaseInsensitiveOption);
    const auto match = shape.match(value);
    if (!match.hasMatch())
        return false;
    QString host = match.captured(2);
    if (host.startsWith(u'['))
        return Formats::isIpv6(host.mid(1, host.size() - 2).toStdString());
    const std::string h = host.toStdString();
    return Formats::isIpv4(h) || isDomainName(h)
           || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

} // namespace

IndicatorKind indicatorKind(const QString &value)
{
    if (value.isEmpty() || value.size() > 8192)
        return IndicatorKind::None;
    for (const QChar c : value) {
        if (c.isSpace())
            return IndicatorKind::None;
    }
    if (value.contains(QStringLiteral("://")))
        return isWebUrl(value) ? IndicatorKind::Url : IndicatorKind::None;
    if (allHex(value)) {
        switch (value.size()) {
        case 32:
            return IndicatorKind::Md5;
        case 40:
            return IndicatorKind::Sha1;
        case 64:
            return IndicatorKind::Sha256;
        case 128:
            return IndicatorKind::Sha512;
        default:
            break;
        }
    }
    static const QRegularExpression cve(QStringLiteral("^CVE-\\d{4}-\\d{4,}$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (cve.match(value).hasMatch())
        return IndicatorKind::Cve;
    const std::string text = value.toStdString();
    if (Formats::isIpv4(text))
        return IndicatorKind::Ipv4;
    if (Formats::isIpv6(text))
        return IndicatorKind::Ipv6;
    if (value.contains(u'/'))
        return isCidr(value) ? IndicatorKind::Cidr : IndicatorKind::None;
    if (value.contains(u'@')) {
        const std::string domain = text.substr(text.rfind('@') + 1);
        return Formats::isEmail(text) && isDomainName(domain) ? IndicatorKind::Email
                                                              : IndicatorKind::None;
    }
    std::string name = text;
    if (name.size() > 1 && name.back() == '.')
        name.pop_back(); // the root's dot
    return isDomainName(name) ? IndicatorKind::Domain : IndicatorKind::None;
}

QString indicatorKindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Ipv4:
        return QStringLiteral("ipv4");
    case IndicatorKind::Ipv6:
        return QStringLiteral("ipv6");
    case IndicatorKind::Cidr:
        return QStringLiteral("cidr");
    case IndicatorKind::Domain:
        return QStringLiteral("domain");
    case IndicatorKind::Url:
        return QStringLiteral("url");
    case IndicatorKind::Email:
        return QStringLiteral("email");
    case IndicatorKind::Md5:
        return QStringLiteral("md5");
    case IndicatorKind::Sha1:
        return QStringLiteral("sha1");
    case IndicatorKind::Sha256:
        return QStringLiteral("sha256");
    case IndicatorKind::Sha512:
        return QStringLiteral("sha512");
    case IndicatorKind::Cve:
        return QStringLiteral("cve");
    case IndicatorKind::None:
        break;
    }
    return QString();
}

bool isHashKind(IndicatorKind kind)
{
    return kind == IndicatorKind::Md5 || kind == IndicatorKind::Sha1
           || kind == IndicatorKind::Sha256 || kind == IndicatorKind::Sha512;
}

QString refanged(QString value)
{
    static const QRegularExpression dot(QStringLiteral(
                                            "\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression at(QStringLiteral("\\[@\\]|\\[at\\]|\\(at\\)"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(QStringLiteral("^h(?:xx|\\*\\*)p(s?)(?:\\[:\\]|:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    value.replace(dot, QStringLiteral("."));
    value.replace(at, QStringLiteral("@"));
    if (const auto match = scheme.match(value); match.hasMatch())
        value.replace(0, match.capturedLength(), u"http" + match.captured(1).toLower() + u':');
    value.replace(QStringLiteral("[:]"), QStringLiteral(":"));
    value.replace(QStringLiteral("[/]"), QStringLiteral("/"));
    return value;
}

namespace {

/** Text without the quotes around it ("x", 'x'), however many pairs. */
QString unquoted(QString item)
{
    while (item.size() >= 2
           && ((item.startsWith(u'"') && item.endsWith(u'"'))
               || (item.startsWith(u'\'') && item.endsWith(u'\''))))
        item = item.mid(1, item.size() - 2).trimmed();
    return item;
}

/**
 * A piece of a pasted list without its quotes, brackets and trailing separators; quotes are
 * taken off before and after an unbalanced bracket (`["a"` and `"a"]` of a JSON array).
 */
QString cleaned(QString item)
{
    item = item.trimmed();
    while (item.endsWith(u',') || item.endsWith(u';'))
        item.chop(1);
    item = unquoted(item.trimmed());
    if (item.startsWith(u'[') && !item.contains(u']'))
        item.remove(0, 1);
    if (item.endsWith(u']') && !item.contains(u'['))
        item.chop(1);
    return unquoted(item.trimmed());
}

} // namespace

QStringList splitPastedList(const QString &text, bool refang)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r?\\n|\\r"));
    static const QRegularExpression commas(QStringLiteral("[,;]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*\\x{2022}]\\s+|\\d+[.)]\\s+)"));
    QStringList out;
    const auto keep = [&](QString item) {
        item = cleaned(item);
        if (refang)
            item = refanged(item);
        if (!item.isEmpty() && item != u"[" && item != u"]")
            out.append(item);
    };
    for (QString line : text.split(lineBreak)) {
        line = line.trimmed();
        line.remove(bullet);
        for (const QString &chunk : line.split(commas, Qt::SkipEmptyParts)) {
            // Spaces separate indicators, but not the words of free text.
            const QStringList pieces = chunk.split(spaces, Qt::SkipEmptyParts);
            bool anyIndicator = false;
            for (const QString &piece : pieces) {
                const QString item = cleaned(piece);
                if (!anyIndicator
                    && indicatorKind(refang ? refanged(item) : item) != IndicatorKind::None)
                    anyIndicator = true;
            }
            if (pieces.size() > 1 && !anyIndicator) {
                keep(chunk);
                continue;
            }
            for (const QString &piece : pieces)
                keep(piece);
        }
    }
    return out;
}

} // namespace Oxa
