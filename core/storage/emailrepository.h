#pragma once

#include "emailmessage.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

/// Emails kept on leads, and email templates, in SQL. Addresses are stored
/// comma-separated. Writes open no transaction of their own.
class EmailRepository
{
public:
    explicit EmailRepository(Database &db);

    std::optional<EmailMessage> find(qint64 id) const;
    /// A lead's emails, newest first.
    QList<EmailMessage> forLead(qint64 leadId) const;
    /// Inserts `email` (its id is ignored) and returns the new id.
    Result<qint64> insert(const EmailMessage &email);
    VoidResult remove(qint64 id);

    QList<EmailTemplate> templates() const;
    std::optional<EmailTemplate> findTemplate(qint64 id) const;
    /// The template whose folded name is `nameKey`, or nullopt.
    std::optional<EmailTemplate> templateByNameKey(const QString &nameKey) const;
    Result<qint64> insertTemplate(const EmailTemplate &tmpl);
    VoidResult updateTemplate(const EmailTemplate &tmpl);
    VoidResult removeTemplate(qint64 id);

private:
    Database &m_db;
};
