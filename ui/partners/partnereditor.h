#pragma once

#include "partner.h"

#include <QWidget>

class FieldProblems;
class MessageBanner;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Workspace;

/// The pane of the partners page: the partner's name, address, phone,
/// email, website, TIN and prospect status (with "Manage statuses on
/// prospect partner" on), saved through PartnerService::update, which
/// applies the won rule (a prospect set to a won status becomes a
/// customer); the core's refusals shown at their fields. Below: its
/// contacts, its opportunities, and the leads it came from, each of which
/// opens in the lead form.
class PartnerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerEditor(Workspace &ws, QWidget *parent = nullptr);

    /// Shows the partner with that id (0: none).
    void setPartner(qint64 id);
    qint64 partnerId() const { return m_partner.id; }
    /// Edits not saved yet.
    bool isModified() const { return m_modified; }

    /// Saves the edits; on a refusal shows the problems and keeps the edits.
    bool save();
    /// Puts back the partner as saved.
    void revert();

    /// The editor of a field key: name, street, postal_code, city, country,
    /// phone, email, website, tin, prospect_status.
    QWidget *field(const QString &key) const;
    QLineEdit *lineEdit(const QString &key) const;
    QComboBox *prospectStatusBox() const { return m_status; }
    QLabel *typeLabel() const { return m_type; }
    MessageBanner *banner() const { return m_banner; }
    FieldProblems *problems() const { return m_problems; }
    QListWidget *contactsList() const { return m_contacts; }
    QListWidget *opportunitiesList() const { return m_opportunities; }
    QListWidget *leadsList() const { return m_leads; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openLeadButton() const { return m_openLead; }

signals:
    void saved(qint64 partnerId);
    void openLeadRequested(qint64 leadId);

private:
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &label);
    void fillCombos();
    void load(const Partner &p);
    Partner edited() const;
    void setModified(bool modified);
    void openSelectedLead();

    Workspace &m_ws;
    Partner m_partner;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_type;
    MessageBanner *m_banner;
    FieldProblems *m_problems;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_country;
    QComboBox *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QListWidget *m_contacts;
    QListWidget *m_opportunities;
    QListWidget *m_leads;
    QPushButton *m_openLead;
};
