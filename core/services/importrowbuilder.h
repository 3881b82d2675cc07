#pragma once

#include "importmapping.h"
#include "lead.h"
#include "leadstatus.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariant>

class Workspace;
struct ImportSource;
struct LeadField;

/// Values an import gives every row, as a person types them: a status name,
/// a user's login or name, a source name, tag names (the event's name…).
/// Status, owner and source replace what the file says; tags are added.
struct ImportDefaults
{
    QString status;
    QString assignedTo;
    QString source;
    QStringList tags;
};

/// A reference value a row names that does not exist yet: the import
/// creates it with the row, and only when the row is accepted.
struct PendingValue
{
    QString fieldKey;
    QString name;
    qint64 parentId = 0; ///< a product's sales direction
};

/// A value of the file that matched nothing and was left empty.
struct LeftEmptyValue
{
    QString fieldKey;
    QString value;
    bool operator==(const LeftEmptyValue &) const = default;
};

/// A CSV row read into a lead (not yet prepared nor validated for storing).
struct BuiltRow
{
    Lead lead;
    /// Cells that do not parse (a bad number, an unknown industry): the row
    /// is refused. Each problem names the field (reason() names the column).
    Problems problems;
    /// What a dry run (preview) noticed beside: "The tag "Expo" will be created."
    QStringList notes;
    /// The row's duplicate keys, normalised as stored (lead_contact_points);
    /// empty unless ImportRowBuilder::setDuplicateKeys().
    QStringList emailKeys;
    QStringList phoneKeys;
    /// The folded last name and company: a phone alone is not a duplicate
    /// (a company switchboard), a phone with one of these is.
    QString lastNameKey;
    QString companyKey;
    /// What the row needs created (ImportRowBuilder::createPending()).
    QList<PendingValue> toCreate;
    /// Values that matched nothing: the field stays empty, the result says so.
    QList<LeftEmptyValue> leftEmpty;
};

/// Turns the rows of one import into leads, fast enough for a million rows:
/// every name (industry, status, user, tag…) is resolved once and cached,
/// and LeadService::validate() runs in two halves — the rules on references
/// once per distinct set of references, the rules on values per row — so a
/// row costs no query beyond those the rules on values make.
class ImportRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowBuilder)

public:
    /// `mapping` is the mapping applied to the file (one column per header).
    /// With `dryRun` nothing is written: names of functions, tags and
    /// marketing lists that the import would create are noted instead.
    ImportRowBuilder(Workspace &ws, const ImportMapping &mapping, bool dryRun);
    ~ImportRowBuilder();

    /// Resolves and checks the values for all rows, once. Problems name the
    /// option ("status", "assigned_to", "source", "tags").
    Problems setDefaults(const ImportDefaults &defaults);
    /// Creates the all-rows tags that do not exist yet; call inside the
    /// import's transaction, after setDefaults().
    Problems createDefaultTags();
    /// What the values for all rows will create ("The tag "Expo" will be created.").
    QStringList defaultNotes() const;

    /// Whether a value that names nothing is created (the CLI's
    /// --create-missing; the wizard's value step decides per value) rather
    /// than left empty. Functions (unless restricted to their list), tags
    /// and marketing lists are created either way, as everywhere in Quarry;
    /// statuses, users, countries, companies and contacts never are.
    void setCreateMissing(bool on) { m_createMissing = on; }
    /// The export shape the file was recognised as ("" none): its usual
    /// values are matched to Quarry's ("Working - Contacted").
    void setSource(const QString &sourceId);

    /// Whether build() computes the rows' duplicate keys (true by default;
    /// an import that creates duplicates anyway needs none).
    void setDuplicateKeys(bool on) { m_duplicateKeys = on; }
    /// Reads one row (as many cells as the header) into a lead.
    BuiltRow build(const QStringList &cells);
    /// Creates the values `row` needs (toCreate) and puts them on its lead;
    /// call inside a savepoint of the import's transaction, and roll it back
    /// when the row is then refused, so that a refused row creates nothing.
    /// Later rows naming the same value reuse the one created once
    /// confirmCreated() is called.
    Problems createPending(BuiltRow &row);
    /// The row whose values createPending() created was stored: remember them.
    void confirmCreated();
    /// The row was refused: forget what createPending() created (the caller
    /// rolled it back).
    void forgetCreated() { m_justCreated.clear(); }
    /// Fills what creating `lead` fills (default status, trimmed values,
    /// stamps) and returns every rule it breaks as a new lead.
    Problems prepareForCreate(Lead &lead);
    /// `existing` with its blanks filled from `incoming`: a value is never
    /// replaced nor blanked; emails and phones (compared on their keys), tags
    /// and lists are united.
    Lead fillBlanks(Lead existing, const Lead &incoming);
    /// The reason a report shows: each problem prefixed with the column it
    /// came from ("E-mail Address: …"), joined with "; ".
    QString reason(const Problems &problems) const;

    /// What a value of the file becomes by itself (the wizard's value step
    /// shows it): Map to the name it matched, Create (with
    /// setCreateMissing()), or Empty.
    ImportValueChoice automaticChoice(const LeadField &field, const QString &text);
    /// Whether the import may create a value of `field` the file names
    /// (see setCreateMissing()).
    bool mayCreate(const LeadField &field) const;

    /// The split validation, public for the test that compares it with
    /// LeadService::validate() on many leads.
    Problems validate(const Lead &lead);

private:
    struct Target
    {
        int column = -1;
        const LeadField *field = nullptr; ///< nullptr: a pseudo target (ImportMapping::FullName…)
        QString pseudo;
        QString header;
    };
    struct Resolved
    {
        QVariant value;
        Problems problems;
        QString note;
        QString createName; ///< names nothing yet: to create with the row
        bool leftEmpty = false;
    };

    void parseCell(const Target &target, const QString &text, BuiltRow &row);
    void parsePseudo(const Target &target, const QString &text, BuiltRow &row);
    void addResolved(const LeadField &field, const QString &text, const Resolved &r, BuiltRow &row);
    const Resolved &resolve(const LeadField &field, const QString &text, const Lead &context);
    Resolved match(const LeadField &field, const QString &text, const Lead &context);
    QStringList synonymsOf(const QString &fieldKey, const QString &text) const;
    QString resolvedKey(const LeadField &field, const QString &text, qint64 parent) const;
    static void splitFullName(const QString &text, Lead &lead);
    QString regionOf(qint64 countryId);
    QString labelOf(const QString &fieldKey) const;

    Workspace &m_ws;
    ImportMapping m_mapping;
    bool m_dryRun;
    bool m_createMissing = false;
    const ImportSource *m_source = nullptr;
    QHash<QString, qint64> m_created;     ///< resolve key → id created by this import
    QList<std::pair<QString, qint64>> m_justCreated;
    QList<Target> m_targets;
    QHash<QString, QString> m_headerOfField; ///< field key → first column header filling it
    QHash<QString, Resolved> m_resolved;     ///< field, parent and text → value
    QHash<QByteArray, Problems> m_referenceRules; ///< references of a lead → problems on them
    QList<const LeadField *> m_referenceFields;
    QHash<qint64, LeadStatus> m_statuses;
    QHash<qint64, QString> m_regions;
    qint64 m_newStatusId = 0;
    bool m_duplicateKeys = true;

    qint64 m_defaultStatus = 0;
    qint64 m_defaultOwner = 0;
    qint64 m_defaultSource = 0;
    QList<qint64> m_defaultTags;
    QStringList m_missingTags;
};
