#pragma once

#include "opportunity.h"

#include <QWidget>

class FieldProblems;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class Workspace;

/// The pane of the opportunities page: what a conversion generated. The
/// name, expected amount (typed in the locale's format), expected close and
/// stage are edited and saved through PartnerService::updateOpportunity,
/// refusals shown at their fields; partner, contact and description are
/// shown; the lead it came from opens in the lead form.
class OpportunityDetails : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityDetails(Workspace &ws, QWidget *parent = nullptr);

    void setOpportunity(qint64 id);
    qint64 opportunityId() const { return m_opportunity.id; }
    /// The value label of a key: name (the title), partner, contact, created, lead.
    QLabel *value(const QString &key) const { return m_values.value(key); }
    QPushButton *openLeadButton() const { return m_openLead; }
    bool isModified() const { return m_modified; }
    bool save();
    void revert();
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *closeEdit() const { return m_close; }
    QComboBox *stageBox() const { return m_stage; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    FieldProblems *problems() const { return m_problems; }

signals:
    void saved(qint64 opportunityId);
    void openLeadRequested(qint64 leadId);

private:
    void load(const Opportunity &o);
    void setModified(bool modified);
    /// The amount typed, parsed in the locale (with or without its currency
    /// symbol); nullopt for none; false in `ok` when it does not parse.
    std::optional<double> typedAmount(bool *ok) const;

    bool m_modified = false;
    bool m_loading = false;
    MessageBanner *m_banner;
    FieldProblems *m_problems;
    QLineEdit *m_name;
    QLineEdit *m_amount;
    QDateEdit *m_close;
    QComboBox *m_stage;
    QPushButton *m_save;
    QPushButton *m_revert;
    Workspace &m_ws;
    Opportunity m_opportunity;
    QLabel *m_title;
    QHash<QString, QLabel *> m_values;
    QTextBrowser *m_description;
    QPushButton *m_openLead;
};
