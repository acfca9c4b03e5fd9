// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "parameterstyle.h"

#include "core/enumnames.h"
#include "schema/jsonvalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace Oxa {

namespace {

/** A scalar as text; containers inside containers as compact JSON. */
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compactJson(value));
    default:
        return QString();
    }
}

/** Items of an array, or keys and values of an object, encoded. */
struct Pieces
{
    QStringList values;                 // array items
    QList<QPair<QString, QString>> kvs; // object members
    bool object = false;
};

Pieces piecesOf(const QJsonValue &value, ParameterEncoding encoding, const QStringList &keyOrder)
{
    Pieces pieces;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            pieces.values << percentEncode(scalarText(item), encoding);
    } else if (value.isObject()) {
        pieces.object = true;
        // The declared order first (QJsonObject sorts its keys), then the others by name.
        const QJsonObject object = value.toObject();
        QStringList keys;
        for (const QString &key : keyOrder) {
            if (object.contains(key) && !keys.contains(key))
                keys << key;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
        for (const QString &key : keys)
            pieces.kvs.append({percentEncode(key, encoding),
                               percentEncode(scalarText(object.value(key)), encoding)});
    }
    return pieces;
}

QString joinFlat(const Pieces &pieces, const QString &separator)
{
    if (!pieces.object)
        return pieces.values.join(separator);
    QStringList flat;
    for (const auto &[key, value] : pieces.kvs)
        flat << key << value;
    return flat.join(separator);
}

QString joinPairs(const Pieces &pieces, const QString &separator, const QString &prefix = QString())
{
    QStringList pairs;
    for (const auto &[key, value] : pieces.kvs)
        pairs << prefix + key + u'=' + value;
    return pairs.join(separator);
}

} // namespace

std::optional<ParameterStyle> parameterStyleNamed(QStringView name)
{
    static constexpr NamedValue<ParameterStyle> kStyles[] = {
        {ParameterStyle::Matrix, "matrix"},
        {ParameterStyle::Label, "label"},
        {ParameterStyle::Form, "form"},
        {ParameterStyle::Simple, "simple"},
        {ParameterStyle::SpaceDelimited, "spaceDelimited"},
        {ParameterStyle::PipeDelimited, "pipeDelimited"},
        {ParameterStyle::DeepObject, "deepObject"},
    };
    return valueNamed(kStyles, name);
}

ParameterStyle defaultParameterStyle(ParameterLocation location)
{
    return location == ParameterLocation::Query || location == ParameterLocation::Cookie
               ? ParameterStyle::Form
               : ParameterStyle::Simple;
}

bool defaultExplode(ParameterStyle style)
{
    return style == ParameterStyle::Form;
}

QString percentEncode(const QString &text, ParameterEncoding encoding)
{
    if (encoding == ParameterEncoding::None)
        return text;
    static const QByteArray reserved = QByteArrayLiteral(":/?#[]@!$&'()*+,;=");
    const QByteArray utf8 = text.toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                                || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_'
                                || u == '~';
        if (unreserved || (encoding == ParameterEncoding::AllowReserved && reserved.contains(c)))
            out += QLatin1Char(char(u));
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString serializeParameter(const QString &rawName,
                           const QJsonValue &value,
                           ParameterStyle style,
                           bool explode,
                           ParameterEncoding encoding,
                           const QStringList &keyOrder)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    const QString name = percentEncode(rawName, encoding);
    const bool container = value.isArray() || value.isObject();
    const QString scalar = container ? QString() : percentEncode(scalarText(value), encoding);
    const Pieces pieces = piecesOf(value, encoding, keyOrder);
    switch (style) {
    case ParameterStyle::Matrix:
        if (!container)
            return scalar.isEmpty() ? QString(u';' + name) : QString(u';' + name + u'=' + scalar);
        if (!explode)
            return u';' + name + u'=' + joinFlat(pieces, QStringLiteral(","));
        if (pieces.object)
            return u';' + joinPairs(pieces, QStringLiteral(";"));
        return u';' + name + u'=' + pieces.values.join(u';' + name + u'=');
    case ParameterStyle::Label:
        if (!container)
            return u'.' + scalar;
        if (!explode)
            return u'.' + joinFlat(pieces, QStringLiteral(","));
        return u'.'
               + (pieces.object ? joinPairs(pieces, QStringLiteral(".")) : pieces.values.join(u'.'));
    case ParameterStyle::Simple:
        if (!container)
            return scalar;
        if (explode && pieces.object)
            return joinPairs(pieces, QStringLiteral(","));
        return joinFlat(pieces, QStringLiteral(","));
    case ParameterStyle::SpaceDelimited:
    case ParameterStyle::PipeDelimited:
        if (container && !explode)
            return name + u'='
                   + joinFlat(pieces,
                              style == ParameterStyle::SpaceDelimited ? QStringLiteral("%20")
                                                                      : QStringLiteral("|"));
        Q_FALLTHROUGH(); // primitives, and exploded ones, are written as form writes them
    case ParameterStyle::Form:
        if (!container)
            return name + u'=' + scalar;
        if (!explode)
            return name + u'=' + joinFlat(pieces, QStringLiteral(","));
        if (pieces.object)
            return joinPairs(pieces, QStringLiteral("&"));
        {
            QStringList pairs;
            for (const QString &item : pieces.values)
                pairs << name + u'=' + item;
            return pairs.join(u'&');
        }
    case ParameterStyle::DeepObject: {
        if (!pieces.object)
            return name + u'=' + (container ? joinFlat(pieces, QStringLiteral(",")) : scalar);
        QStringList pairs;
        for (const auto &[key, item] : pieces.kvs)
            pairs << name + u'[' + key + QStringLiteral("]=") + item;
        return pairs.join(u'&');
    }
    }
    return QString();
}

} // namespace Oxa
