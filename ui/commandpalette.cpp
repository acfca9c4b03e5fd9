// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "commandpalette.h"

#include "catalog/catalog.h"
#include "catalog/operationdelegate.h"
#include "core/fuzzymatch.h"
#include "safetext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace Oxa {

namespace {

/** Draws a result with the characters the query matched highlighted. */
class PaletteDelegate final : public SafeToolTipDelegate
{
public:
    using SafeToolTipDelegate::SafeToolTipDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const auto positions
            = index.data(CommandPalette::MatchPositionsRole).value<QList<qsizetype>>();
        drawMarkedText(painter,
                       rect,
                       rect.left(),
                       text,
                       textRuns(positions),
                       matchHighlight(opt.palette));
        painter->restore();
    }
};

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setPlaceholderText(tr("Go to operation: type part of a summary, path or operationId"));
    m_query->setAccessibleName(tr("Go to operation"));
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("paletteResults"));
    m_results->setAccessibleName(tr("Matching operations"));
    m_results->setItemDelegate(new PaletteDelegate(m_results));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results, 1);
    hide();

    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::choose);
    m_query->installEventFilter(this);
    m_results->installEventFilter(this);
}

void CommandPalette::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = std::move(catalog);
    m_texts.clear();
    m_lastNeedle.clear();
    m_lastMatches.clear();
    if (isVisible())
        search(m_query->text());
}

void CommandPalette::popup()
{
    QWidget *host = parentWidget();
    const int width = std::min(720, host->width() - 40);
    const int height = std::min(420, host->height() - 80);
    setGeometry((host->width() - width) / 2, 40, width, height);
    m_query->clear();
    search(QString());
    show();
    raise();
    m_query->setFocus();
}

QStringList CommandPalette::resultKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_results->count(); ++row)
        keys << m_results->item(row)->data(Qt::UserRole).toString();
    return keys;
}

QString CommandPalette::shownText(const Operation &op)
{
    const QString title = op.summary.isEmpty() ? op.operationId : op.summary;
    return title + u"    " + op.method + u' ' + op.path;
}

void CommandPalette::search(const QString &query)
{
    m_results->clear();
    if (!m_catalog)
        return;
    const QList<Operation> &operations = m_catalog->operations();
    if (m_texts.empty()) {
        // One text per operation, so that a query can mix words of the summary and of the
        // path; the operationId, last, is matched but not shown (it is the tooltip).
        m_texts.clear();
        m_texts.reserve(size_t(operations.size()));
        for (const Operation &op : operations)
            m_texts.push_back(shownText(op) + u"  " + op.operationId);
        m_lastNeedle.clear();
    }
    // A longer query matches a subset of what the shorter one matched: while the user types,
    // only the previous matches are searched again.
    const QString needle = fuzzyNeedle(query);
    const bool narrowing = !m_lastNeedle.isEmpty() && needle.startsWith(m_lastNeedle);
    struct Hit
    {
        MatchTier tier;
        int score;
        int index;
        QList<qsizetype> positions;
    };
    std::vector<Hit> hits;
    std::vector<int> matched;
    const TierQuery tierQuery(query);
    auto consider = [&](int index) {
        FuzzyMatch match = fuzzyMatch(query, m_texts[size_t(index)]);
        if (!match.matched())
            return;
        matched.push_back(index);
        // "List alerts" is List alerts, before List alert sources: exact, prefix, word starts,
        // and only then the fuzzy score.
        const Operation &op = operations.at(index);
        const MatchTier tier = matchTier(tierQuery, {op.summary, op.operationId, op.path, op.key});
        hits.push_back({tier, match.score, index, std::move(match.positions)});
    };
    if (narrowing) {
        for (const int index : m_lastMatches)
            consider(index);
    } else {
        for (int index = 0; index < int(m_texts.size()); ++index)
            consider(index);
    }
    m_lastNeedle = needle;
    m_lastMatches = std::move(matched);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.tier != b.tier)
            return a.tier > b.tier;
        return a.score > b.score || (a.score == b.score && a.index < b.index);
    });
    const int shown = std::min<int>(kMaxResults, int(hits.size()));
    for (int i = 0; i < shown; ++i) {
        const Hit &hit = hits[size_t(i)];
        const Operation &op = operations.at(hit.index);
        auto *item = new QListWidgetItem(shownText(op), m_results);
        item->setData(Qt::UserRole, op.key);
        item->setData(MatchPositionsRole, QVariant::fromValue(hit.positions));
        item->setToolTip(op.operationId);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void CommandPalette::choose()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    hide();
    Q_EMIT operationChosen(key);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
        if (watched == m_query && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row
                = std::clamp(m_results->currentRow() + step, 0, std::max(0, m_results->count() - 1));
            m_results->setCurrentRow(row);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && watched == m_query) {
        // Clicking elsewhere closes it, as a popup would.
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus != m_results && !isAncestorOf(focus))
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Oxa
