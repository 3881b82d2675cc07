#pragma once

#include "emailmessage.h"
#include "activityfieldproblems.h"

#include <QDialog>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Workspace;

/// Composes an email to one lead or to each of several (from the grid):
/// to (the lead's emails), cc, a template whose {placeholders} are filled
/// with the lead's fields, subject and body. Send keeps the email on the
/// lead (EmailService::send) and hands it to the desktop mail client as a
/// mailto: URL (DesktopHandoff, replaced in tests). A lead marked
/// do-not-email is refused with a clear message and nothing is kept; with
/// several leads the others get their email and the refused are named.
class ComposeEmailDialog : public QDialog
{
    Q_OBJECT
public:
    ComposeEmailDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent = nullptr);

    /// Opens the dialog; true when any email was kept.
    static bool run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent);

    /// Chooses a template (0: none) and fills subject and body from it.
    void setTemplate(qint64 templateId);
    void setTo(const QString &to);
    void setCc(const QString &cc);
    void setSubject(const QString &subject);
    void setBody(const QString &body);

    /// Sends (the Send button): true when every lead's email was kept, and
    /// the dialog is accepted.
    bool send();

    /// Whether each kept email is handed to the mail client (the check box;
    /// on by default for up to ten leads, so a large selection does not
    /// open a mail window per lead unasked).
    void setHandOff(bool handOff);
    bool handOff() const;
    /// The leads still to write to (the refused ones after a partial send).
    QList<qint64> leadIds() const { return m_leadIds; }
    const QList<EmailMessage> &sent() const { return m_sent; }
    /// The mailto: URLs handed off, in order.
    const QStringList &handedOff() const { return m_urls; }
    const QStringList &refusals() const { return m_refusals; }
    QString problemAt(const QString &field) const { return m_problems.message(field); }
    MessageBanner *banner() const { return m_banner; }

    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *ccEdit() const { return m_cc; }
    QComboBox *templateCombo() const { return m_template; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }

private:
    void refreshLeads();
    void applyTemplate();
    QString leadName(qint64 leadId) const;
    EmailMessage messageFor(qint64 leadId) const;
    static QStringList split(const QString &addresses);

    Workspace &m_ws;
    QList<qint64> m_leadIds;
    QList<EmailMessage> m_sent;
    QStringList m_urls;
    QStringList m_refusals;
    QString m_filledSubject; // what the last template wrote, to spot the user's own text
    QString m_filledBody;
    ActivityFieldProblems m_problems;

    MessageBanner *m_banner;
    QLabel *m_leads;
    QLineEdit *m_to;
    QLineEdit *m_cc;
    QComboBox *m_template;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QCheckBox *m_handOffCheck;
};
