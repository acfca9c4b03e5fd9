// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "chartview.h"

#include "appearance.h"
#include "safetext.h"
#include "savefile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace Oxa {

namespace {

/** Scatter plots draw at most this many points (every n-th beyond). */
constexpr size_t kMaxScatterPoints = 20'000;

const QPair<qint64, const char *> kBuckets[] = {
    {0, QT_TRANSLATE_NOOP("Oxa::ChartView", "Automatic")},
    {60'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "1 minute")},
    {300'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "5 minutes")},
    {900'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "15 minutes")},
    {3'600'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "1 hour")},
    {21'600'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "6 hours")},
    {86'400'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "1 day")},
    {604'800'000, QT_TRANSLATE_NOOP("Oxa::ChartView", "1 week")},
};

/** The kind box's value for top counts drawn as a pie. */
constexpr int kPieKind = 100;

bool darkPalette(const QWidget *widget)
{
    return qGray(widget->palette().color(QPalette::Window).rgb()) < 128;
}

/** Beyond this, numbers are written with an exponent: no one reads 17 digits on an axis. */
constexpr double kPlainLimit = 1e15;

/** Decimals that show a step of `step` (0 for whole steps), at most 8. */
int decimalsFor(double step)
{
    step = std::abs(step);
    if (!std::isfinite(step) || step <= 0 || step >= 1)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 8);
}

/** A value for a person: whole numbers whole (30 000, not 3e+04), others to 6 digits. */
QString formatNumber(double value)
{
    const double size = std::abs(value);
    if (!std::isfinite(value) || size >= kPlainLimit)
        return QLocale().toString(value, 'g', 6);
    if (value == std::round(value))
        return QLocale().toString(qint64(value));
    const int digits = size >= 1 ? int(std::floor(std::log10(size))) + 1 : 0;
    QString text = QLocale().toString(value, 'f', std::clamp(6 - digits, 1, 8));
    const QString point = QLocale().decimalPoint();
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

/**
 * Labels a value axis in plain decimals, as many as its tick step needs, whatever its range
 * becomes (a series attached later, a zoom): "%.4g" wrote 3e+04.
 */
void labelPlainly(QValueAxis *axis)
{
    const auto update = [axis] {
        const double largest = std::max(std::abs(axis->min()), std::abs(axis->max()));
        const int ticks = std::max(2, axis->tickCount());
        const double step = (axis->max() - axis->min()) / (ticks - 1);
        axis->setLabelFormat(largest >= kPlainLimit
                                 ? QStringLiteral("%.4g")
                                 : QStringLiteral("%.%1f").arg(decimalsFor(step)));
    };
    QObject::connect(axis, &QValueAxis::rangeChanged, axis, update);
    QObject::connect(axis, &QValueAxis::tickCountChanged, axis, update);
    update();
}

/**
 * An axis from zero for whole values (counts, sums of counts): ticks on whole steps of 1, 2, 5,
 * 10, 20, 50…, about five of them, so that no tick reads 0.5 of an alert, up to a step above
 * the highest value.
 */
void wholeTicks(QValueAxis *axis, double highest)
{
    constexpr int kTicks = 5;
    const double wanted = std::max(1.0, std::ceil(highest)) / kTicks;
    double step = 1;
    for (double magnitude = 1; step < wanted; magnitude *= 10) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (step >= wanted)
                break;
        }
    }
    // Strictly above the highest value: a dot on the top edge would be cut in half.
    const double top = (std::floor(highest / step) + 1) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
}

/**
 * The value axis for values from `lo` to `hi`: whole ticks when every value is whole (a count),
 * else Qt's nice numbers from zero (or below it) with a little room above.
 */
void fitValues(QValueAxis *axis, double lo, double hi, std::span<const ChartSeries> series)
{
    const bool whole = std::all_of(series.begin(), series.end(), [](const ChartSeries &s) {
        return std::all_of(s.points.begin(), s.points.end(), [](const QPointF &p) {
            return p.y() >= 0 && p.y() < 1e12 && p.y() == std::floor(p.y());
        });
    });
    if (whole) {
        wholeTicks(axis, hi);
        return;
    }
    axis->setRange(std::min(0.0, lo), hi > lo ? hi * 1.05 : lo + 1);
    axis->applyNiceNumbers();
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *controls = new QGridLayout;
    const auto combo = [this](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        // As wide as a short name, not as the longest: the window must fit a small screen,
        // in French too; the list shows every name whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        return box;
    };
    m_proposals = combo(QStringLiteral("chartProposals"), tr("Chart"));
    m_proposals->setMinimumContentsLength(24);
    controls->addWidget(plainLabel(tr("Chart:"), this), 0, 0);
    controls->addWidget(m_proposals, 0, 1, 1, 3);
    auto *exporting = new QToolButton(this);
    exporting->setText(tr("Export…"));
    connect(exporting, &QToolButton::clicked, this, &ChartView::chooseExport);
    controls->addWidget(exporting, 0, 5);
    m_kind = combo(QStringLiteral("chartKind"), tr("Kind"));
    m_kind->setMinimumContentsLength(16); // "Top counts (pie)", "Série temporelle"
    m_kind->addItem(tr("Time series"), int(ChartKind::TimeSeries));
    m_kind->addItem(tr("Top counts"), int(ChartKind::TopCounts));
    m_kind->addItem(tr("Top counts (pie)"), kPieKind);
    m_kind->addItem(tr("Histogram"), int(ChartKind::Histogram));
    m_kind->addItem(tr("Scatter"), int(ChartKind::Scatter));
    m_x = combo(QStringLiteral("chartX"), tr("X"));
    m_y = combo(QStringLiteral("chartY"), tr("Y"));
    m_aggregation = combo(QStringLiteral("chartAggregation"), tr("Aggregation"));
    m_aggregation->addItem(tr("count"), int(Aggregation::Count));
    m_aggregation->addItem(tr("sum"), int(Aggregation::Sum));
    m_aggregation->addItem(tr("average"), int(Aggregation::Average));
    m_aggregation->addItem(tr("minimum"), int(Aggregation::Min));
    m_aggregation->addItem(tr("maximum"), int(Aggregation::Max));
    m_group = combo(QStringLiteral("chartGroup"), tr("Group by"));
    m_bucket = combo(QStringLiteral("chartBucket"), tr("Bucket"));
    for (const auto &[ms, name] : kBuckets)
        m_bucket->addItem(tr(name), ms);
    m_bins = new QSpinBox(this);
    m_bins->setObjectName(QStringLiteral("chartBins"));
    m_bins->setRange(0, 200);
    m_bins->setSpecialValueText(tr("Automatic"));
    m_bins->setAccessibleName(tr("Bins"));
    const QPair<QString, QWidget *> rows[] = {{tr("Kind:"), m_kind},
                                              {tr("X:"), m_x},
                                              {tr("Y:"), m_y},
                                              {tr("Aggregation:"), m_aggregation},
                                              {tr("Group by:"), m_group},
                                              {tr("Bucket:"), m_bucket},
                                              {tr("Bins:"), m_bins}};
    // Three short lines of settings, not one long one: the window must fit a 1024-pixel
    // screen, in French too.
    auto *lines = new QGridLayout;
    int column = 0;
    int row = 0;
    for (const auto &[label, widget] : rows) {
        lines->addWidget(plainLabel(label, this), row, column++);
        lines->addWidget(widget, row, column++);
        if (widget == m_y || widget == m_group) {
            ++row;
            column = 0;
        }
    }
    lines->setColumnStretch(6, 1);
    layout->addLayout(controls);
    layout->addLayout(lines);
    m_note = plainLabel(QString(), this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    layout->addWidget(m_note);
    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartCanvas"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    layout->addWidget(m_view, 1);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setToolTip(tr("Drag a rectangle or turn the wheel to zoom, arrows to pan, Home or a "
                          "right click to see it all"));

    connect(m_proposals, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_proposed.size())
            setSpec(m_proposed.at(index));
    });
    for (QComboBox *box : {m_kind, m_x, m_y, m_aggregation, m_group, m_bucket})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartView::readControls);
    connect(m_bins, &QSpinBox::valueChanged, this, &ChartView::readControls);
    draw();
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view && watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    QChart *shown = m_view->chart();
    if (event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        shown->zoom(wheel->angleDelta().y() > 0 ? 1.25 : 0.8);
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qreal step = 30;
        switch (key->key()) {
        case Qt::Key_Left:
            shown->scroll(-step, 0);
            return true;
        case Qt::Key_Right:
            shown->scroll(step, 0);
            return true;
        case Qt::Key_Up:
            shown->scroll(0, step);
            return true;
        case Qt::Key_Down:
            shown->scroll(0, -step);
            return true;
        case Qt::Key_Home:
            shown->zoomReset();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QChart *ChartView::chart() const
{
    return m_view->chart();
}

void ChartView::setTable(const ResultTable *table)
{
    m_table = table;
    m_proposed = table ? SeriesInference::propose(*table) : QList<ChartSpec>();
    m_filling = true;
    m_proposals->clear();
    for (const ChartSpec &spec : std::as_const(m_proposed))
        m_proposals->addItem(spec.title);
    for (QComboBox *box : {m_x, m_y, m_group}) {
        box->clear();
        if (box != m_x)
            box->addItem(box == m_y ? tr("(records)") : tr("(none)"), -1);
        for (qsizetype c = 0; table && c < table->columnCount(); ++c)
            box->addItem(table->column(c).name, int(c));
    }
    m_filling = false;
    m_spec = m_proposed.isEmpty() ? ChartSpec() : m_proposed.front();
    fillControls();
    // Computed when shown (refresh()): a million rows are not charted behind the user's back.
    m_data = ChartData();
    draw();
}

void ChartView::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    // Named by what it draws, never by the chart it was changed from.
    if (m_table && spec.x >= 0)
        m_spec.title = SeriesInference::titleOf(*m_table, spec);
    fillControls();
    refresh();
}

void ChartView::fillControls()
{
    m_filling = true;
    // The chart box names the chart drawn: a proposal when it is one, else the chart as changed
    // by hand, in an item of its own after the proposals.
    const auto same
        = std::find_if(m_proposed.cbegin(), m_proposed.cend(), [this](const ChartSpec &p) {
              return SeriesInference::sameChart(p, m_spec);
          });
    const qsizetype proposal = same == m_proposed.cend() ? -1 : same - m_proposed.cbegin();
    if (m_proposals->count() > m_proposed.size())
        m_proposals->removeItem(m_proposals->count() - 1);
    if (proposal >= 0) {
        m_proposals->setCurrentIndex(int(proposal));
    } else if (!m_spec.title.isEmpty()) {
        m_proposals->addItem(m_spec.title);
        m_proposals->setCurrentIndex(m_proposals->count() - 1);
    }
    m_kind->setCurrentIndex(m_kind->findData(
        m_spec.kind == ChartKind::TopCounts && m_spec.pie ? kPieKind : int(m_spec.kind)));
    m_x->setCurrentIndex(m_x->findData(int(m_spec.x)));
    m_y->setCurrentIndex(m_y->findData(int(m_spec.y)));
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(m_spec.aggregation)));
    m_group->setCurrentIndex(m_group->findData(int(m_spec.group)));
    m_bucket->setCurrentIndex(std::max(0, m_bucket->findData(m_spec.bucketMs)));
    m_bins->setValue(m_spec.bins);
    const bool time = m_spec.kind == ChartKind::TimeSeries;
    m_bucket->setEnabled(time);
    m_group->setEnabled(time);
    m_bins->setEnabled(m_spec.kind == ChartKind::Histogram);
    m_aggregation->setEnabled(m_spec.kind == ChartKind::TimeSeries
                              || m_spec.kind == ChartKind::TopCounts);
    m_filling = false;
}

void ChartView::readControls()
{
    if (m_filling)
        return;
    ChartSpec spec = m_spec;
    const int kind = m_kind->currentData().toInt();
    spec.pie = kind == kPieKind;
    spec.kind = spec.pie ? ChartKind::TopCounts : ChartKind(kind);
    spec.x = m_x->currentData().toInt();
    spec.y = m_y->currentData().toInt();
    spec.aggregation = Aggregation(m_aggregation->currentData().toInt());
    if (spec.y >= 0 && spec.aggregation == Aggregation::Count)
        spec.aggregation = Aggregation::Sum; // a value column is summed unless told otherwise
    spec.group = m_group->currentData().toInt();
    spec.bucketMs = m_bucket->currentData().toLongLong();
    spec.bins = m_bins->value();
    setSpec(spec);
}

void ChartView::refresh()
{
    m_data = m_table ? SeriesInference::compute(*m_table, m_spec) : ChartData();
    draw();
}

void ChartView::draw()
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true); // the axes write numbers as the tooltips do
    chart->setTheme(darkPalette(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(m_spec.title);
    chart->legend()->setVisible(m_data.series.size() > 1 || m_spec.kind == ChartKind::TimeSeries);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_drawn = 0;
    if (m_data.series.empty()) {
        m_note->setText(m_table ? tr("Nothing to draw: no row has the values this chart needs.")
                                : tr("No records to draw."));
        replaceChart(chart);
        return;
    }
    m_note->setText(tr("%1 rows drawn").arg(QLocale().toString(m_data.rowsUsed)));
    if (m_spec.kind == ChartKind::TopCounts && m_spec.pie) {
        // A pie: each slice its label and count; no axes.
        auto *pie = new QPieSeries;
        const ChartSeries &values = m_data.series.front();
        for (qsizetype i = 0; i < qsizetype(values.points.size()); ++i) {
            const double count = values.points[size_t(i)].y();
            QPieSlice *slice
                = pie->append(tr("%1 (%2)").arg(m_data.categories.value(i), formatNumber(count)),
                              count);
            slice->setLabelVisible(values.points.size() <= 12);
        }
        m_drawn = qsizetype(values.points.size());
        chart->addSeries(pie);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        replaceChart(chart);
        return;
    }
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(m_data.yLabel);
    labelPlainly(yAxis);
    chart->addAxis(yAxis, Qt::AlignLeft);

    switch (m_spec.kind) {
    case ChartKind::TimeSeries: {
        auto *xAxis = new QDateTimeAxis;
        xAxis->setTitleText(m_data.xLabel);
        const bool days = m_data.spec.bucketMs >= 86'400'000;
        xAxis->setFormat(days ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm"));
        xAxis->setTickCount(8);
        chart->addAxis(xAxis, Qt::AlignBottom);
        double lo = 0, hi = 0;
        bool first = true;
        for (const ChartSeries &s : m_data.series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            const auto points = SeriesInference::downsample(s.points, kMaxLinePoints);
            // A line needs two points: a lone one (or a few) shows as a dot.
            constexpr qsizetype kFewPoints = 40;
            line->setPointsVisible(points.size() <= kFewPoints);
            line->replace(QList<QPointF>(points.begin(), points.end()));
            m_drawn += qsizetype(points.size());
            for (const QPointF &p : points) {
                lo = first ? p.y() : std::min(lo, p.y());
                hi = first ? p.y() : std::max(hi, p.y());
                first = false;
            }
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            connect(line,
                    &QLineSeries::hovered,
                    this,
                    [this, name = s.name](const QPointF &p, bool on) {
                        if (on)
                            QToolTip::showText(
                                QCursor::pos(),
                                tr("%1\n%2: %3")
                                    .arg(name,
                                         Appearance::timestamp(
                                             QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC)),
                                         formatNumber(p.y())));
                    });
        }
        fitValues(yAxis, lo, hi, m_data.series);
        // Ticks on midnights when the series spans days: readable dates, not 05:08 and 10:17.
        double earliest = std::numeric_limits<double>::max();
        double latest = std::numeric_limits<double>::lowest();
        for (const ChartSeries &s : m_data.series) {
            if (!s.points.empty()) {
                earliest = std::min(earliest, s.points.front().x());
                latest = std::max(latest, s.points.back().x());
            }
        }
        constexpr qint64 kDay = 86'400'000;
        const qint64 dayStart = qint64(earliest) / kDay * kDay;
        const qint64 dayEnd = (qint64(latest) + kDay - 1) / kDay * kDay;
        const qint64 spanDays = (dayEnd - dayStart) / kDay;
        if (latest - earliest >= double(kDay) && spanDays <= 14) {
            xAxis->setRange(QDateTime::fromMSecsSinceEpoch(dayStart, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(dayEnd, Qt::UTC));
            xAxis->setTickCount(int(spanDays) + 1);
            xAxis->setFormat(QStringLiteral("MM-dd"));
        } else if (latest <= earliest && earliest < std::numeric_limits<double>::max()) {
            // One moment only: half a day each side, so that its dot is inside the chart.
            const qint64 moment = qint64(earliest);
            xAxis->setRange(QDateTime::fromMSecsSinceEpoch(moment - kDay / 2, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(moment + kDay / 2, Qt::UTC));
            xAxis->setTickCount(5);
        }
        break;
    }
    case ChartKind::TopCounts:
    case ChartKind::Histogram: {
        auto *bars = new QBarSeries;
        auto *set = new QBarSet(m_data.series.front().name);
        QStringList labels;
        double hi = 0;
        for (qsizetype i = 0; i < qsizetype(m_data.series.front().points.size()); ++i) {
            const QPointF &p = m_data.series.front().points[size_t(i)];
            *set << p.y();
            hi = std::max(hi, p.y());
            labels << (m_spec.kind == ChartKind::TopCounts
                           ? m_data.categories.value(i)
                           : tr("%1–%2").arg(formatNumber(p.x()),
                                             formatNumber(p.x() + m_data.binWidth)));
        }
        m_drawn = qsizetype(labels.size());
        bars->append(set);
        chart->addSeries(bars);
        auto *xAxis = new QBarCategoryAxis;
        xAxis->append(labels);
        xAxis->setTitleText(m_data.xLabel);
        chart->addAxis(xAxis, Qt::AlignBottom);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
        fitValues(yAxis, 0, hi, std::span(m_data.series).first(1)); // the bars drawn
        connect(bars,
                &QBarSeries::hovered,
                this,
                [this, labels](bool on, int index, QBarSet *barSet) {
                    if (on)
                        QToolTip::showText(QCursor::pos(),
                                           tr("%1: %2").arg(labels.value(index),
                                                            formatNumber(barSet->at(index))));
                });
        break;
    }
    case ChartKind::Scatter: {
        auto *xAxis = new QValueAxis;
        xAxis->setTitleText(m_data.xLabel);
        labelPlainly(xAxis);
        chart->addAxis(xAxis, Qt::AlignBottom);
        auto *scatter = new QScatterSeries;
        scatter->setName(m_data.series.front().name);
        scatter->setMarkerSize(6);
        const auto &all = m_data.series.front().points;
        const size_t step = std::max<size_t>(1, all.size() / kMaxScatterPoints);
        QList<QPointF> points;
        for (size_t i = 0; i < all.size(); i += step)
            points << all[i];
        m_drawn = points.size();
        scatter->replace(points);
        chart->addSeries(scatter);
        scatter->attachAxis(xAxis);
        scatter->attachAxis(yAxis);
        break;
    }
    }
    replaceChart(chart);
}

void ChartView::replaceChart(QChart *chart)
{
    // The view lets the old chart go from its scene first; then it can be deleted.
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartView::paintChart(QPainter &painter, const QRectF &target) const
{
    QChart *chart = m_view->chart();
    if (!chart || m_data.series.empty() || target.isEmpty())
        return;
    // Laid out in screen pixels for the target's size in points, and scaled: the fonts come out
    // at their size in points, whatever the size of the window.
    const qreal width = std::clamp(target.width() * 96.0 / 72.0, 480.0, 1200.0);
    const QRectF before = chart->geometry();
    const QRectF laid(0, 0, width, width * target.height() / target.width());
    chart->setGeometry(laid);
    if (chart->layout())
        chart->layout()->activate();
    m_view->scene()->render(&painter, target, chart->mapRectToScene(chart->rect()));
    chart->setGeometry(before);
    if (chart->layout())
        chart->layout()->activate();
}

QString ChartView::exportTo(const QString &path) const
{
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(m_view->size());
        svg.setViewBox(m_view->rect());
        svg.setTitle(m_spec.title);
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1.").arg(path);
        m_view->render(&painter);
        painter.end();
        return QString();
    }
    return m_view->grab().save(path) ? QString() : tr("Cannot write %1.").arg(path);
}

void ChartView::chooseExport()
{
    SaveFile::save(this,
                   tr("Export Chart"),
                   QStringLiteral("chart.png"),
                   tr("PNG image (*.png);;SVG drawing (*.svg)"),
                   [this](const QString &path, const QString &) { return exportTo(path); });
}

} // namespace Oxa
