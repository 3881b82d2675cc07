#pragma once

#include "partnerqueries.h"
#include "recordlistmodel.h"

/// The contacts (people at partners), one row each: name, function,
/// partner, email, phone. Searched, sorted and paged by RecordListModel.
class ContactListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Function, Partner, Email, Phone, ColumnCount };

    explicit ContactListModel(Workspace &ws, QObject *parent = nullptr);

    const Contact &contact(int row) const { return m_rows.at(row).contact; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int readPage(int offset, int limit) override;
    void commitPage() override;
    qint64 count() const override;
    void clearRows() override;
    qint64 idAt(int row) const override { return m_rows.at(row).contact.id; }
    int loadedRows() const override { return int(m_rows.size()); }

private:
    PartnerQueries m_queries;
    QList<ContactListItem> m_rows;
    QList<ContactListItem> m_pending;
};
