#pragma once

#include "contact.h"

#include <QWidget>

class FieldProblems;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

/// The pane of the contacts page: a contact's civility, names, function,
/// email, phones and do-not-call / do-not-email, saved through
/// PartnerService::updateContact with the core's refusals at their fields;
/// its partner, and the lead it came from (opens in the lead form).
class ContactEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactEditor(Workspace &ws, QWidget *parent = nullptr);

    void setContact(qint64 id);
    qint64 contactId() const { return m_contact.id; }
    bool isModified() const { return m_modified; }
    bool save();
    void revert();

    /// Field keys: civility, first_name, middle_name, last_name, function, email, phone, mobile.
    QWidget *field(const QString &key) const;
    QLineEdit *lineEdit(const QString &key) const;
    QComboBox *functionBox() const { return m_function; }
    QCheckBox *doNotCallBox() const { return m_doNotCall; }
    QCheckBox *doNotEmailBox() const { return m_doNotEmail; }
    MessageBanner *banner() const { return m_banner; }
    FieldProblems *problems() const { return m_problems; }
    QLabel *partnerLabel() const { return m_partnerName; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *openLeadButton() const { return m_openLead; }

signals:
    void saved(qint64 contactId);
    void openLeadRequested(qint64 leadId);

private:
    QLineEdit *addLine(class QFormLayout *form, const QString &key, const QString &label);
    void load(const Contact &c);
    Contact edited() const;
    void setModified(bool modified);

    Workspace &m_ws;
    Contact m_contact;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_title;
    MessageBanner *m_banner;
    FieldProblems *m_problems;
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_function;
    QCheckBox *m_doNotCall;
    QCheckBox *m_doNotEmail;
    QLabel *m_partnerName;
    QLabel *m_leadName;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_openLead;
};
