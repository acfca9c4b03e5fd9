// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "workflowdiagram.h"

#include "appearance.h"
#include "catalog/operationdelegate.h"
#include "safetext.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Oxa {

namespace {

constexpr qreal kCardWidth = 340;
constexpr qreal kCardHeight = 58;
constexpr qreal kRowHeight = 92;
constexpr qreal kTerminalWidth = 132;
constexpr qreal kTerminalHeight = 30;
constexpr qreal kLaneGap = 18;
constexpr qreal kArrow = 7;

QColor successColour(const QPalette &palette)
{
    return Appearance::isDark(palette) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor failureColour(const QPalette &palette)
{
    return Appearance::isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

/** Card borders and plain edges: between the text's colour and the page's, on any theme. */
QColor lineColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.45 + base.redF() * 0.55,
                            text.greenF() * 0.45 + base.greenF() * 0.55,
                            text.blueF() * 0.45 + base.blueF() * 0.55);
}

bool isTerminal(const WorkflowGraph::Node &node)
{
    return node.kind == WorkflowGraph::Node::Kind::End
           || node.kind == WorkflowGraph::Node::Kind::Failed;
}

/** Where a node is drawn. */
QRectF nodeRect(const WorkflowGraph::Node &node)
{
    const qreal top = node.row * kRowHeight;
    if (isTerminal(node))
        return QRectF((kCardWidth - kTerminalWidth) / 2,
                      top + (kCardHeight - kTerminalHeight) / 2,
                      kTerminalWidth,
                      kTerminalHeight);
    return QRectF(0, top, kCardWidth, kCardHeight);
}

QPainterPath arrowHead(QPointF tip, QPointF from)
{
    QLineF line(tip, from);
    line.setLength(kArrow);
    QLineF left = line;
    left.setAngle(line.angle() + 28);
    QLineF right = line;
    right.setAngle(line.angle() - 28);
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(left.p2());
    head.lineTo(right.p2());
    head.closeSubpath();
    return head;
}

/** A short text for a node's markers: what a person should notice before it runs. */
QStringList markers(const WorkflowGraph::Node &node)
{
    QStringList out;
    if (node.confirm)
        out << WorkflowDiagram::tr("confirm");
    if (node.prompts > 0)
        out << WorkflowDiagram::tr("asks");
    if (!node.foreach.isEmpty())
        out << WorkflowDiagram::tr("each");
    if (node.kind == WorkflowGraph::Node::Kind::Workflow)
        out << WorkflowDiagram::tr("workflow");
    return out;
}

QString nodeToolTip(const WorkflowGraph::Node &node)
{
    QStringList lines;
    switch (node.kind) {
    case WorkflowGraph::Node::Kind::End:
        return WorkflowDiagram::tr("The workflow ends here, succeeded.");
    case WorkflowGraph::Node::Kind::Failed:
        return WorkflowDiagram::tr("The workflow ends here, failed.");
    case WorkflowGraph::Node::Kind::Unresolved:
        lines << WorkflowDiagram::tr("%1 calls %2, which cannot be found: %3")
                     .arg(node.stepId, node.target, node.problem);
        break;
    case WorkflowGraph::Node::Kind::Workflow:
        lines << WorkflowDiagram::tr("%1 runs the workflow %2").arg(node.stepId, node.target);
        break;
    case WorkflowGraph::Node::Kind::Operation:
        lines << (node.method.isEmpty()
                      ? WorkflowDiagram::tr("%1 calls %2").arg(node.stepId, node.target)
                      : WorkflowDiagram::tr("%1 calls %2 (%3 %4)")
                            .arg(node.stepId, node.target, node.method, node.path));
        if (!node.summary.isEmpty())
            lines << node.summary;
        lines << WorkflowDiagram::tr("Capability: %1; risk: %2")
                     .arg(capabilityText(node.capability), riskText(node.risk));
        break;
    }
    if (!node.description.isEmpty())
        lines << node.description;
    if (node.confirm)
        lines << WorkflowDiagram::tr("A person confirms this call, seeing the request, before it "
                                     "is sent.");
    if (node.prompts > 0)
        lines << WorkflowDiagram::tr("A person is asked for %n value(s) first.",
                                     nullptr,
                                     node.prompts);
    if (!node.foreach.isEmpty())
        lines << WorkflowDiagram::tr("Runs once for each item of %1.").arg(node.foreach);
    if (node.criteria > 0)
        lines << WorkflowDiagram::tr("%n success criterion(s).", nullptr, node.criteria);
    if (!node.outputs.isEmpty())
        lines << WorkflowDiagram::tr("Outputs: %1").arg(node.outputs.join(u", "));
    return lines.join(u'\n');
}

} // namespace

/** A step's card, or a terminal. */
class DiagramNodeItem final : public QGraphicsItem
{
public:
    explicit DiagramNodeItem(const WorkflowGraph::Node &node)
        : m_node(node)
        , m_rect(nodeRect(node))
    {
        if (!isTerminal(node))
            setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsFocusable);
        setToolTip(plainToolTip(nodeToolTip(node)));
    }

    const WorkflowGraph::Node &node() const { return m_node; }
    WorkflowDiagram::StepState state() const { return m_state; }
    void setState(WorkflowDiagram::StepState state, const QString &note)
    {
        m_state = state;
        m_note = note;
        update();
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const QPalette palette = widget ? widget->palette() : QPalette();
        painter->setRenderHint(QPainter::Antialiasing);
        if (isTerminal(m_node)) {
            const bool failed = m_node.kind == WorkflowGraph::Node::Kind::Failed;
            const QColor colour = failed ? failureColour(palette) : successColour(palette);
            painter->setPen(QPen(colour, 1.5));
            painter->setBrush(palette.color(QPalette::Base));
            painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
            painter->setPen(colour);
            painter->drawText(m_rect,
                              Qt::AlignCenter,
                              failed ? WorkflowDiagram::tr("failed") : WorkflowDiagram::tr("end"));
            return;
        }
        const bool selected = option->state & QStyle::State_Selected;
        const bool unresolved = m_node.kind == WorkflowGraph::Node::Kind::Unresolved;
        QPen border(selected     ? palette.color(QPalette::Highlight)
                    : unresolved ? failureColour(palette)
                                 : lineColour(palette),
                    selected ? 2.5 : 1.2);
        painter->setPen(border);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(m_rect, 6, 6);
        // What calling it may do, down the left edge.
        if (m_node.risk != Risk::Read) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(riskColour(m_node.risk));
            QPainterPath strip;
            strip.addRoundedRect(QRectF(m_rect.left() + 1, m_rect.top() + 1, 5, m_rect.height() - 2),
                                 3,
                                 3);
            painter->drawPath(strip);
        }
        QFont font = painter->font();
        QFont bold = font;
        bold.setBold(true);
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetricsF boldMetrics(bold);
        const QFontMetricsF smallMetrics(small);
        qreal x = m_rect.left() + 14;
        const qreal firstLine = m_rect.top() + 8;
        // The method's badge (or what the step is when it is not an operation).
        const QString badgeText = !m_node.method.isEmpty() ? m_node.method
                                  : m_node.kind == WorkflowGraph::Node::Kind::Workflow
                                      ? WorkflowDiagram::tr("FLOW")
                                      : QStringLiteral("?");
        const qreal badgeWidth = smallMetrics.horizontalAdvance(badgeText) + 10;
        const QRectF badge(x, firstLine, badgeWidth, boldMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(unresolved ? failureColour(palette) : methodColour(m_node.method));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(small);
        painter->drawText(badge, Qt::AlignCenter, badgeText);
        x = badge.right() + 8;
        // Markers on the right of the first line.
        const QString marks = markers(m_node).join(QStringLiteral(" · "));
        qreal marksLeft = m_rect.right() - 10;
        if (!marks.isEmpty()) {
            marksLeft -= smallMetrics.horizontalAdvance(marks);
            painter->setPen(m_node.confirm ? riskColour(Risk::Response)
                                           : palette.color(QPalette::PlaceholderText));
            painter->drawText(QRectF(marksLeft,
                                     firstLine,
                                     m_rect.right() - 10 - marksLeft,
                                     boldMetrics.height()),
                              Qt::AlignRight | Qt::AlignVCenter,
                              marks);
        }
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QRectF idRect(x, firstLine, qMax<qreal>(0, marksLeft - 8 - x), boldMetrics.height());
        painter->drawText(idRect,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(m_node.stepId, Qt::ElideRight, idRect.width()));
        // The second line: the path, or what it calls, or why that cannot be found.
        painter->setFont(font);
        const QString second = unresolved               ? m_node.problem
                               : !m_node.path.isEmpty() ? m_node.path
                                                        : m_node.target;
        painter->setPen(unresolved ? failureColour(palette)
                                   : palette.color(QPalette::PlaceholderText));
        const QRectF secondRect(m_rect.left() + 14,
                                firstLine + boldMetrics.height() + 4,
                                m_rect.width() - 24,
                                QFontMetricsF(font).height());
        painter->drawText(secondRect,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(second,
                                                         Qt::ElideMiddle,
                                                         secondRect.width()));
        paintState(painter, palette);
    }

private:
    void paintState(QPainter *painter, const QPalette &palette) const
    {
        using State = WorkflowDiagram::StepState;
        if (m_state == State::None)
            return;
        QString mark;
        QColor colour = palette.color(QPalette::Highlight);
        switch (m_state) {
        case State::Running:
            mark = WorkflowDiagram::tr("running");
            break;
        case State::Waiting:
            mark = WorkflowDiagram::tr("waiting");
            break;
        case State::Succeeded:
            mark = QStringLiteral("✓");
            colour = successColour(palette);
            break;
        case State::Failed:
            mark = QStringLiteral("✗");
            colour = failureColour(palette);
            break;
        case State::Skipped:
            mark = WorkflowDiagram::tr("skipped");
            colour = lineColour(palette);
            break;
        case State::None:
            break;
        }
        painter->setPen(QPen(colour, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-1, -1, 1, 1), 7, 7);
        QFont small = painter->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(colour);
        const QString text = m_note.isEmpty() ? mark : mark + u' ' + m_note;
        painter->drawText(m_rect.adjusted(0, 0, -10, -4),
                          Qt::AlignRight | Qt::AlignBottom,
                          QFontMetricsF(small).elidedText(text, Qt::ElideLeft, m_rect.width() / 2));
    }

    WorkflowGraph::Node m_node;
    QRectF m_rect;
    WorkflowDiagram::StepState m_state = WorkflowDiagram::StepState::None;
    QString m_note;
};

WorkflowDiagram::WorkflowDiagram(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("workflowDiagram"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Workflow diagram"));
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        Q_EMIT stepSelected(selectedStep());
    });
}

WorkflowDiagram::~WorkflowDiagram()
{
    // The scene goes with the widget's children and clears its selection on the way: say
    // nothing to anyone then.
    disconnect(scene(), nullptr, this, nullptr);
}

void WorkflowDiagram::setGraph(const WorkflowGraph &graph)
{
    m_graph = graph;
    m_states.clear();
    rebuild();
}

void WorkflowDiagram::rebuild()
{
    const QString selected = selectedStep();
    m_selecting = true;
    scene()->clear();
    m_cards.clear();
    const QPalette palette = this->palette();
    QList<QRectF> rects;
    for (const WorkflowGraph::Node &node : std::as_const(m_graph.nodes)) {
        auto *item = new DiagramNodeItem(node);
        item->setZValue(1);
        scene()->addItem(item);
        rects.append(nodeRect(node));
        if (!node.stepId.isEmpty()) {
            m_cards.insert(node.stepId, item);
            if (const auto state = m_states.constFind(node.stepId); state != m_states.constEnd())
                item->setState(state->first, state->second);
        }
    }
    // Side edges leaving one card on one side are spread over its height, each named.
    QHash<QPair<int, bool>, int> leaving;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (const WorkflowGraph::Edge &edge : std::as_const(m_graph.edges)) {
        const QRectF from = rects.value(edge.from);
        const QRectF to = rects.value(edge.to);
        QPainterPath path;
        QPointF tip;
        QPointF before;
        if (edge.kind == WorkflowGraph::Edge::Kind::Retry) {
            // A loop on the step's left side.
            const QPointF start(from.left(), from.top() + from.height() * 0.3);
            tip = QPointF(from.left(), from.top() + from.height() * 0.7);
            path.moveTo(start);
            path.cubicTo(start - QPointF(34, 10), tip - QPointF(34, -10), tip);
            before = tip - QPointF(12, -4);
        } else if (edge.lane == 0) {
            const QPointF start(from.center().x(), from.bottom());
            tip = QPointF(to.center().x(), to.top());
            path.moveTo(start);
            path.lineTo(tip);
            before = start;
        } else {
            const qreal side = edge.failure ? -1 : 1;
            const qreal laneX
                = edge.failure ? -kLaneGap * edge.lane : kCardWidth + kLaneGap * edge.lane;
            const int nth = leaving[{edge.from, edge.failure}]++;
            const qreal startY
                = qMin(from.bottom() - 4, from.top() + (edge.failure ? 22 : 14) + 12 * nth);
            const qreal endY = to.center().y() + (edge.failure ? -6 : 6);
            if (!edge.name.isEmpty()) {
                auto *label = scene()->addSimpleText(edge.name, small);
                label->setBrush(edge.failure ? failureColour(palette) : successColour(palette));
                const QRectF box = label->boundingRect();
                label->setPos(edge.failure ? from.left() - 3 - box.width() : from.right() + 3,
                              startY - box.height());
                label->setToolTip(plainToolTip(m_graph.edgeText(edge)));
                label->setZValue(3);
                // On the page's colour, so that the lanes it crosses do not run through it.
                auto *under = scene()->addRect(label->sceneBoundingRect().adjusted(-1, 0, 1, 0),
                                               Qt::NoPen,
                                               palette.color(QPalette::Base));
                under->setZValue(2);
            }
            const QPointF start(edge.failure ? from.left() : from.right(), startY);
            tip = QPointF(edge.failure ? to.left() : to.right(), endY);
            path.moveTo(start);
            path.lineTo(laneX, startY);
            path.lineTo(laneX, endY);
            path.lineTo(tip);
            before = QPointF(tip.x() + side * 10, endY);
        }
        const bool plain = edge.kind == WorkflowGraph::Edge::Kind::Next;
        const QColor colour = plain          ? lineColour(palette)
                              : edge.failure ? failureColour(palette)
                                             : successColour(palette);
        QPen pen(colour, plain ? 1.4 : 1.6);
        if (!edge.condition.isEmpty())
            pen.setStyle(Qt::DashLine); // taken only when its criteria hold
        auto *line = scene()->addPath(path, pen);
        line->setToolTip(plainToolTip(m_graph.edgeText(edge)));
        auto *head = scene()->addPath(arrowHead(tip, before), QPen(colour, 1), QBrush(colour));
        head->setToolTip(line->toolTip());
    }
    const qreal left = -kLaneGap * (m_graph.failureLanes + 1) - 40;
    const qreal right = kCardWidth + kLaneGap * (m_graph.successLanes + 1) + 10;
    scene()->setSceneRect(
        QRectF(QPointF(left, -20), QPointF(right, rects.isEmpty() ? 0 : rects.last().bottom() + 20))
            .united(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10)));
    m_selecting = false;
    selectStep(selected);
}

void WorkflowDiagram::selectStep(const QString &stepId)
{
    m_selecting = true;
    scene()->clearSelection();
    if (DiagramNodeItem *card = m_cards.value(stepId)) {
        card->setSelected(true);
        ensureVisible(card, 20, 20);
    }
    m_selecting = false;
}

void WorkflowDiagram::setStepState(const QString &stepId, StepState state, const QString &note)
{
    m_states.insert(stepId, {state, note});
    if (DiagramNodeItem *card = m_cards.value(stepId)) {
        card->setState(state, note);
        if (state == StepState::Running)
            ensureVisible(card, 20, 20);
    }
}

WorkflowDiagram::StepState WorkflowDiagram::stepState(const QString &stepId) const
{
    const DiagramNodeItem *card = m_cards.value(stepId);
    return card ? card->state() : StepState::None;
}

void WorkflowDiagram::clearStates()
{
    m_states.clear();
    for (DiagramNodeItem *card : std::as_const(m_cards))
        card->setState(StepState::None, QString());
}

QString WorkflowDiagram::selectedStep() const
{
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (const auto *card = dynamic_cast<DiagramNodeItem *>(item))
            return card->node().stepId;
    }
    return QString();
}

QRectF WorkflowDiagram::stepRect(const QString &stepId) const
{
    const DiagramNodeItem *card = m_cards.value(stepId);
    return card ? card->mapRectToScene(nodeRect(card->node())) : QRectF();
}

void WorkflowDiagram::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        int index = m_graph.nodeOf(selectedStep());
        const int steps
            = int(std::count_if(m_graph.nodes.cbegin(), m_graph.nodes.cend(), [](const auto &node) {
                  return !isTerminal(node);
              }));
        if (steps > 0) {
            index = index < 0 ? 0
                              : qBound(0, index + (event->key() == Qt::Key_Up ? -1 : 1), steps - 1);
            const QString stepId = m_graph.nodes.at(index).stepId;
            selectStep(stepId);
            Q_EMIT stepSelected(stepId);
        }
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !selectedStep().isEmpty()) {
        Q_EMIT stepActivated(selectedStep());
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void WorkflowDiagram::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event); // selects the card under the pointer
    const QString stepId = selectedStep();
    if (!stepId.isEmpty() && stepRect(stepId).contains(mapToScene(event->position().toPoint())))
        Q_EMIT stepActivated(stepId);
}

void WorkflowDiagram::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Edges take their colours from the palette when drawn: a new theme draws them again.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace Oxa
