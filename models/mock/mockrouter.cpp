// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockrouter.h"

#include <QUrl>

#include <algorithm>

namespace Oxa {

namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

QStringList segmentsOf(const QString &path)
{
    QStringList out = path.split(u'/', Qt::SkipEmptyParts);
    return out;
}

} // namespace

MockRouter::MockRouter(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{
    if (!m_catalog)
        return;
    for (const Operation &op : m_catalog->operations()) {
        if (op.webhook)
            continue; // webhooks are sent by the back-end, never served
        m_templates.append({segmentsOf(op.path), op.method, &op});
    }
}

QList<const MockRouter::Template *> MockRouter::matches(const QStringList &segments) const
{
    QList<const Template *> out;
    for (const Template &t : m_templates) {
        if (t.segments.size() != segments.size())
            continue;
        bool ok = true;
        for (qsizetype i = 0; ok && i < segments.size(); ++i)
            ok = isParameter(t.segments.at(i)) || t.segments.at(i) == segments.at(i);
        if (ok)
            out << &t;
    }
    // Literal segments first, position by position.
    std::stable_sort(out.begin(), out.end(), [](const Template *a, const Template *b) {
        for (qsizetype i = 0; i < a->segments.size(); ++i) {
            const bool pa = isParameter(a->segments.at(i));
            const bool pb = isParameter(b->segments.at(i));
            if (pa != pb)
                return !pa;
        }
        return false;
    });
    return out;
}

std::variant<MockRoute, MockRouter::Miss> MockRouter::route(const QString &method,
                                                            const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    const QList<const Template *> found = matches(segments);
    if (found.isEmpty())
        return Miss::NoPath;
    for (const Template *t : found) {
        if (t->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        MockRoute route;
        route.operation = t->operation;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &segment = t->segments.at(i);
            if (isParameter(segment))
                route.pathParameters.insert(segment.mid(1, segment.size() - 2),
                                            QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
        }
        return route;
    }
    return Miss::NoMethod;
}

QStringList MockRouter::methodsFor(const QString &path) const
{
    QStringList out;
    for (const Template *t : matches(segmentsOf(path))) {
        if (!out.contains(t->method))
            out << t->method;
    }
    out.sort();
    return out;
}

} // namespace Oxa
