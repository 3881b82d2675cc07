#pragma once

#include "contact.h"
#include "recordeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;

/// The pane of the contacts page: a contact's civility, names, function,
/// email, phones and do-not-call / do-not-email, saved through
/// PartnerService::updateContact with the core's refusals at their fields;
/// its partner, and the lead it came from (opens in the lead form).
class ContactEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit ContactEditor(Workspace &ws, QWidget *parent = nullptr);

    void setContact(qint64 id);
    qint64 contactId() const { return m_contact.id; }
    void showRecord(qint64 id) override { setContact(id); }
    qint64 recordId() const override { return m_contact.id; }

    /// Field keys: civility, first_name, middle_name, last_name, function, email, phone, mobile.
    QComboBox *functionBox() const { return m_function; }
    QCheckBox *doNotCallBox() const { return m_doNotCall; }
    QCheckBox *doNotEmailBox() const { return m_doNotEmail; }
    QLabel *partnerLabel() const { return m_partnerName; }

protected:
    bool saveEdits() override;

private:
    void load(const Contact &c);
    Contact edited() const;

    Contact m_contact;
    QComboBox *m_function;
    QCheckBox *m_doNotCall;
    QCheckBox *m_doNotEmail;
    QLabel *m_partnerName;
};
