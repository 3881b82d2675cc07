#pragma once

#include "emailmessage.h"
#include "result.h"

#include <QList>

#include <optional>

class Workspace;
struct Lead;

/// Emails composed from a lead: drafts from templates with the lead's fields
/// filled in ({first_name}, {company}, any lead field key), the mailto URL
/// the desktop hands to the mail client, and the sent email kept in the
/// lead's Emails tab. A lead marked do-not-email refuses them.
class EmailService
{
public:
    explicit EmailService(Workspace &ws);

    std::optional<EmailMessage> find(qint64 id) const;
    /// A lead's emails, newest first.
    QList<EmailMessage> forLead(qint64 leadId) const;

    /// A draft to the lead's emails, from a template when one is given.
    Result<EmailMessage> compose(qint64 leadId, qint64 templateId = 0) const;
    /// `text` with each {placeholder} replaced by the lead's value as people
    /// read it: any lead field key (and its aliases), plus full_name,
    /// display_name, user_name and user_email (the sender). Unknown
    /// placeholders are left as typed.
    QString fill(const QString &text, const Lead &lead) const;
    /// The placeholders fill() knows, for the template editor.
    static QStringList placeholders();

    /// The message as it will go: addresses cleaned (split on , and ;,
    /// duplicates dropped) and placeholders of the subject and body filled
    /// from its lead, so a sent email never shows "{first_name}".
    Result<EmailMessage> prepare(EmailMessage message) const;
    /// Everything wrong with a message before it is sent.
    Problems validate(const EmailMessage &message) const;
    /// Keeps the email on its lead as sent by the current user, now, once
    /// prepared; refused for a lead marked do-not-email.
    Result<EmailMessage> send(EmailMessage message);
    /// Takes a logged email off its lead (the desktop's undo of a send), with
    /// a timeline entry saying so.
    VoidResult removeLogged(qint64 emailId);
    /// The mailto: URL (RFC 6068) of a message, for the desktop mail client.
    static QString mailtoUrl(const EmailMessage &message);

    QList<EmailTemplate> templates() const;
    std::optional<EmailTemplate> findTemplate(qint64 id) const;
    /// The template named `name` (folded), or nullopt.
    std::optional<EmailTemplate> templateByName(const QString &name) const;
    Result<EmailTemplate> addTemplate(EmailTemplate tmpl);
    Result<EmailTemplate> updateTemplate(EmailTemplate tmpl);
    VoidResult removeTemplate(qint64 id);

private:
    Problems checkTemplate(const EmailTemplate &tmpl) const;
    Workspace &m_ws;
};
