#pragma once

#include "partnerqueries.h"
#include "recordlistmodel.h"

/// The opportunities conversions generated, one row each: name, partner,
/// expected amount (in the locale's currency), expected close, stage and the
/// lead it came from. Searched, sorted and paged by RecordListModel.
class OpportunityListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Partner, Amount, Close, Stage, Lead, ColumnCount };

    explicit OpportunityListModel(Workspace &ws, QObject *parent = nullptr);

    const Opportunity &opportunity(int row) const { return m_rows.at(row).opportunity; }
    QString leadName(int row) const { return m_rows.at(row).leadName; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// An amount as the lists show it: the locale's currency format.
    static QString formatAmount(const std::optional<double> &amount);

protected:
    int readPage(int offset, int limit) override;
    void commitPage() override;
    qint64 count() const override;
    void clearRows() override;
    qint64 idAt(int row) const override { return m_rows.at(row).opportunity.id; }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    PartnerQueries m_queries;
    QList<OpportunityListItem> m_rows;
    QList<OpportunityListItem> m_pending;
};
