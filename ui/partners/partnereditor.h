#pragma once

#include "partner.h"
#include "recordeditor.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

/// The pane of the partners page: the partner's name, address, phone,
/// email, website, TIN and prospect status (with "Manage statuses on
/// prospect partner" on), saved through PartnerService::update, which
/// applies the won rule (a prospect set to a won status becomes a
/// customer); the core's refusals shown at their fields. Below: its
/// contacts, its opportunities, and the leads it came from, each of which
/// opens in the lead form.
class PartnerEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit PartnerEditor(Workspace &ws, QWidget *parent = nullptr);

    /// Shows the partner with that id (0: none).
    void setPartner(qint64 id);
    qint64 partnerId() const { return m_partner.id; }
    void showRecord(qint64 id) override { setPartner(id); }
    qint64 recordId() const override { return m_partner.id; }

    /// Field keys: name, street, postal_code, city, country, phone, email,
    /// website, tin, prospect_status.
    QComboBox *prospectStatusBox() const { return m_status; }
    QLabel *typeLabel() const { return m_type; }
    QListWidget *contactsList() const { return m_contacts; }
    QListWidget *opportunitiesList() const { return m_opportunities; }
    QListWidget *leadsList() const { return m_leads; }
    QPushButton *openLeadButton() const { return m_openLead; }

protected:
    bool saveEdits() override;

private:
    void fillCombos();
    void load(const Partner &p);
    Partner edited() const;
    void openSelectedLead();

    Partner m_partner;
    QLabel *m_type;
    QFormLayout *m_form;
    QComboBox *m_country;
    QComboBox *m_status;
    QListWidget *m_contacts;
    QListWidget *m_opportunities;
    QListWidget *m_leads;
    QPushButton *m_openLead;
};
