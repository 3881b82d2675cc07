#pragma once

#include "opportunity.h"
#include "recordeditor.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTextBrowser;

/// The pane of the opportunities page: what a conversion generated. The
/// name, expected amount (typed in the locale's format), expected close and
/// stage are edited and saved through PartnerService::updateOpportunity,
/// refusals shown at their fields; partner, contact and description are
/// shown; the lead it came from opens in the lead form.
class OpportunityDetails : public RecordEditor
{
    Q_OBJECT
public:
    explicit OpportunityDetails(Workspace &ws, QWidget *parent = nullptr);

    void setOpportunity(qint64 id);
    qint64 opportunityId() const { return m_opportunity.id; }
    void showRecord(qint64 id) override { setOpportunity(id); }
    qint64 recordId() const override { return m_opportunity.id; }
    /// The value label of a key: name (the title), partner, contact, created, lead.
    QLabel *value(const QString &key) const { return m_values.value(key); }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *closeEdit() const { return m_close; }
    QComboBox *stageBox() const { return m_stage; }

protected:
    bool saveEdits() override;

private:
    void load(const Opportunity &o);
    /// The amount typed, parsed in the locale (with or without its currency
    /// symbol); nullopt for none; false in `ok` when it does not parse.
    std::optional<double> typedAmount(bool *ok) const;

    Opportunity m_opportunity;
    QLineEdit *m_name;
    QLineEdit *m_amount;
    QDateEdit *m_close;
    QComboBox *m_stage;
    QHash<QString, QLabel *> m_values;
    QTextBrowser *m_description;
};
