#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// One generated lead: what a CSV row carries, plus the stored keys the raw
/// floor inserts without computing them (Quarry computes its own).
struct GeneratedLead
{
    qint64 index = 0;
    QString title;
    QString firstName;
    QString lastName;
    QString company;
    QString email;
    QString phone;      ///< as typed, national or international format
    QString mobile;
    QString city;
    QString countryCode; ///< ISO alpha-2
    QString status;      ///< a default status name
    QString owner;       ///< a bench user's login ("" when unassigned)
    int score = 0;
    QStringList tags;
    QDateTime createdAt;
    /// Index of the lead this one nearly duplicates, or -1.
    qint64 duplicateOf = -1;

    // Keys, for the floor only.
    QString firstNameKey;
    QString lastNameKey;
    QString companyKey;
    QString cityKey;
    QString emailKey;
    QString phoneKey;    ///< E.164
};

/// A deterministic set of realistic leads: international names (about one in
/// ten with accents), companies, work emails, phones in each country's own
/// format, cities, statuses spread over the kanban, owners, scores and tags,
/// and about 3 % near-duplicates of earlier leads (other case, accents
/// dropped, the phone written another way, the same email). Lead `i` is the
/// same on every run and machine.
class LeadGenerator
{
public:
    explicit LeadGenerator(quint64 seed = 20260302);

    GeneratedLead lead(qint64 index) const;

    /// The CSV header matching csvRow().
    static QString csvHeader();
    /// One CSV line (no line end), quoted where needed.
    static QString csvRow(const GeneratedLead &lead);

    /// Bench users' logins and names.
    static QStringList ownerLogins();
    static QStringList tagNames();

private:
    GeneratedLead fresh(qint64 index) const;
    quint64 m_seed;
};
