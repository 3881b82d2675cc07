#pragma once

#include "partnerqueries.h"
#include "recordlistmodel.h"

#include <QHash>

/// The partners a conversion produced (and any other), one row each: name,
/// type, prospect status, city, country, phone, email, contacts, created.
/// Searched, sorted and paged by RecordListModel through PartnerQueries.
class PartnerListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, ProspectStatus, City, Country, Phone, Email, Contacts, Created, ColumnCount };

    explicit PartnerListModel(Workspace &ws, QObject *parent = nullptr);

    /// The partner on a loaded row.
    const Partner &partner(int row) const { return m_rows.at(row).partner; }
    int contactCount(int row) const { return m_rows.at(row).contactCount; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int readPage(int offset, int limit) override;
    void commitPage() override;
    qint64 count() const override;
    void clearRows() override;
    qint64 idAt(int row) const override { return m_rows.at(row).partner.id; }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    QString statusName(qint64 id) const;

    PartnerQueries m_queries;
    QList<PartnerListItem> m_rows;
    QList<PartnerListItem> m_pending;
    mutable QHash<qint64, QString> m_statusNames; ///< refreshed on each reset
};
