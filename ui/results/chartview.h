// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "results/seriesinference.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QPainter;
class QLabel;
class QSpinBox;

namespace Oxa {

/**
 * The Chart tab: the charts proposed for the rows shown, each adjustable like Wireshark's I/O
 * graph (kind, X, Y, aggregation, grouping, bucket or bins), drawn with Qt Charts: dated or
 * numeric axes, a legend, values on hover, zoom by dragging a rectangle (right click zooms
 * out), light and dark. Long lines are downsampled, their extremes kept. PNG and SVG export.
 */
class ChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    /** Lines drawn with at most this many points each. */
    static constexpr int kMaxLinePoints = 4000;

    explicit ChartView(QWidget *parent = nullptr);

    /**
     * The table whose shown rows are charted (nullptr: none): proposals are made again, the
     * first chosen; refresh() computes it.
     */
    void setTable(const ResultTable *table);
    /** The rows shown changed (filter, records): the chart is computed again. */
    void refresh();
    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    const ChartData &data() const { return m_data; }
    QChart *chart() const;
    QComboBox *proposals() const { return m_proposals; }
    /** Points drawn in all (after downsampling). */
    qsizetype drawnPoints() const { return m_drawn; }

    /**
     * Draws the chart alone (no controls) into `target`, in points (1/72 inch, as on a page),
     * laid out for the target's shape and scaled: on a PDF page it stays paths and text.
     * Nothing when there is no data.
     */
    void paintChart(QPainter &painter, const QRectF &target) const;

    /** Writes the chart: ".svg" as SVG, anything else as PNG; the error, or empty. */
    QString exportTo(const QString &path) const;

protected:
    /** Wheel zooms; arrows pan; Home (or a right click) goes back to the whole chart. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void draw();
    void replaceChart(QChart *chart);
    void fillControls();
    void readControls();
    void chooseExport();

    const ResultTable *m_table = nullptr;
    QList<ChartSpec> m_proposed;
    ChartSpec m_spec;
    ChartData m_data;
    qsizetype m_drawn = 0;
    bool m_filling = false;
    QComboBox *m_proposals = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_aggregation = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_bucket = nullptr;
    QSpinBox *m_bins = nullptr;
    QLabel *m_note = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace Oxa
