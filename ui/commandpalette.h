// SPDX-FileCopyrightText: 2026 OXA Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

#include <memory>
#include <vector>

class QLineEdit;
class QListWidget;

namespace Oxa {

class Catalog;
struct Operation;

/**
 * "Go to operation" (Ctrl+K): a popup with a query field and the best fuzzy matches over each
 * operation's summary, path and operationId. Enter opens the chosen one; Escape closes.
 */
class CommandPalette final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kMaxResults = 50;
    /** QList<qsizetype>: the characters of a result's text the query matched. */
    static constexpr int MatchPositionsRole = Qt::UserRole + 1;

    explicit CommandPalette(QWidget *parent);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    /** Shows the palette over the top of its parent, with an empty query. */
    void popup();
    QLineEdit *queryField() const { return m_query; }
    QListWidget *results() const { return m_results; }
    /** The keys of the current results, best first. */
    QStringList resultKeys() const;

Q_SIGNALS:
    void operationChosen(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** What a result shows: its summary (or operationId), method and path. */
    static QString shownText(const Operation &op);
    void search(const QString &query);
    void choose();

    std::shared_ptr<const Catalog> m_catalog;
    std::vector<QString> m_texts; // what is matched, per operation; built on the first search
    QString m_lastNeedle;         // fuzzyNeedle() of the last query
    std::vector<int> m_lastMatches;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace Oxa
