#pragma once

#include "opportunity.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class Workspace;

/// The pane of the opportunities page: what a conversion generated (name,
/// partner, contact, expected amount and close, stage, description) and the
/// lead it came from, which opens in the lead form. Read-only: the core has
/// no opportunity editing yet.
class OpportunityDetails : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityDetails(Workspace &ws, QWidget *parent = nullptr);

    void setOpportunity(qint64 id);
    qint64 opportunityId() const { return m_opportunity.id; }
    /// The value label of a key: name, partner, contact, amount, close, stage, lead.
    QLabel *value(const QString &key) const { return m_values.value(key); }
    QPushButton *openLeadButton() const { return m_openLead; }

signals:
    void openLeadRequested(qint64 leadId);

private:
    Workspace &m_ws;
    Opportunity m_opportunity;
    QLabel *m_title;
    QHash<QString, QLabel *> m_values;
    QTextBrowser *m_description;
    QPushButton *m_openLead;
};
