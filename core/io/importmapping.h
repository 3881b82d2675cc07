#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the import does with one value of a reference column (a status, a
/// source, an industry…) that names no existing value as it is: use an
/// existing value, create the value, or leave the field empty.
struct ImportValueChoice
{
    enum class Action { Map, Create, Empty };
    Action action = Action::Empty;
    /// Map: the name of the existing value; Create: the name to create.
    QString target;
    bool operator==(const ImportValueChoice &) const = default;
};

/// One column of a CSV file and the lead field it fills ("" when ignored).
struct ImportColumn
{
    QString header;
    QString field;
    bool operator==(const ImportColumn &) const = default;
};

/// How the columns of a CSV file fill lead fields: each column's header and
/// the snake_case key of its field (LeadField::key), or "" to ignore it.
///
/// autoMatch() recognises the lead field keys and labels and the headers of
/// the usual exports in English and French: Outlook ("E-mail Address",
/// "Business Phone", "Job Title"; in French "Adresse de messagerie",
/// "Rue (bureau)", "Tél. mobile"), Google Contacts ("Given Name",
/// "E-mail 1 - Value", "Organization Name"), other CRMs' lead exports
/// ("Lead Owner", "Lead Source", "Zip/Postal Code"), spreadsheets
/// ("Prénom", "Société", "Courriel", "Code postal"). Headers are compared
/// without case, accents, spaces or punctuation, and a number inside a header
/// ("E-mail 2 Address") matches any number.
///
/// Several columns may fill one list field (emails, phones, tags: their
/// values are united); any other field takes one column.
///
/// A mapping is saved as JSON and reused (the desktop wizard, `quarry-cli
/// import leads --mapping FILE.json`):
///
///     {"quarry_import_mapping": 1,
///      "columns": [{"header": "Courriel", "field": "email"},
///                  {"header": "Montant", "field": null}]}
///
/// A plain object {"Courriel": "email", "Montant": ""} is read too.
///
/// By default a column nothing recognises is kept on the lead, in its
/// "Imported extras" field ("Header: value" lines): nothing a file carries
/// is dropped unless the user says so ("" — see unmappedHeaders()).
///
/// The mapping also holds the value map: for a reference field, what each
/// value of the file that names nothing becomes ("values" in the JSON):
///
///     "values": {"status": {"Open Deal": "Sales qualification", "Junk": null},
///                "industry": {"Healthcare": {"create": "Healthcare"}}}
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    /// A target that is not a lead field: "Jean Dupont" or "Dupont, Jean"
    /// split into first and last name (the last name alone when one word).
    static const QString FullName;
    /// "Dr.", "Mr.": the civility when it is one, else before the first name.
    static const QString NamePrefix;
    /// "Jr.", "PhD": joins the last name ("Smith Jr.").
    static const QString NameSuffix;
    /// A further street line ("Business Street 2"): joins the street on a new line.
    static const QString Street2;
    /// The lead field that keeps what no other field holds.
    static const QString Extras;
    /// Whether `key` is a target that is not a lead field (FullName,
    /// NamePrefix, NameSuffix, Street2).
    static bool isPseudoTarget(const QString &key);

    ImportMapping() = default;
    explicit ImportMapping(QList<ImportColumn> columns) : m_columns(std::move(columns)) {}

    /// Every header matched to the field it most likely holds (see the
    /// class comment); unknown headers are ignored. A header equal to a
    /// field key wins, so that Quarry's own export maps back exactly.
    static ImportMapping autoMatch(const QStringList &headers);

    /// This mapping applied to a file with `headers`: one column per header,
    /// in file order. A header this mapping names (the n-th time it occurs
    /// takes the n-th entry of that header) keeps its field, even "" (ignored);
    /// other headers are auto-matched to the fields not taken yet.
    ImportMapping appliedTo(const QStringList &headers) const;

    const QList<ImportColumn> &columns() const { return m_columns; }
    int size() const { return int(m_columns.size()); }
    bool isEmpty() const { return m_columns.isEmpty(); }
    QStringList headers() const;
    /// The field of column `index`, "" when ignored or out of range.
    QString field(int index) const;
    void setField(int index, const QString &fieldKey);
    /// Whether some column fills a field.
    bool mapsAnything() const;
    /// The headers of the columns not imported at all (field "").
    QStringList unmappedHeaders() const;

    /// The id of the export shape the headers were recognised as
    /// (ImportSource: "hubspot", "outlook"…), "" for none.
    QString source() const { return m_source; }
    void setSource(const QString &id) { m_source = id; }
    /// The translated name of an export shape ("HubSpot contacts export"), "" for none.
    static QString sourceName(const QString &id);

    /// A header as compared: folded (case, accents), letters and digits
    /// only. "E-mail Address", "Email address" and "EMAIL_ADDRESS" are all
    /// "emailaddress".
    static QString headerKey(const QString &header);
    /// The key with each run of digits as '#': "email2address" is
    /// "email#address", so that any number matches any number.
    static QString numberless(const QString &key);

    /// How many of `cells` the matcher recognises as a header of some
    /// field: how the header row is told from the lines above it.
    static int recognisedHeaders(const QStringList &cells);

    /// The value map (see the class comment): field key → file value → choice.
    const QHash<QString, QHash<QString, ImportValueChoice>> &values() const { return m_values; }
    /// The choice made for `value` of `fieldKey`, when one was (the value is
    /// compared trimmed, then without case and accents).
    std::optional<ImportValueChoice> valueChoice(const QString &fieldKey, const QString &value) const;
    void setValueChoice(const QString &fieldKey, const QString &value, const ImportValueChoice &choice);
    void clearValueChoices() { m_values.clear(); }

    /// What is wrong with the mapping: an unknown field, a field Quarry sets
    /// itself (id, created on…), a field other than a list taken by two
    /// columns. Each problem names the column.
    Problems check() const;

    /// The JSON form (see the class comment).
    QJsonObject toJson() const;
    /// Reads the JSON form; field names may be keys or their aliases
    /// ("emails", "function"); problems name the bad entries.
    static Result<ImportMapping> fromJson(const QJsonObject &json);
    /// Writes the JSON file atomically; never over the open database at
    /// `databasePath` or its companion files (OutputPath).
    VoidResult save(const QString &path, const QString &databasePath) const;
    /// Reads a mapping file: a regular file of at most MaxFileBytes.
    static Result<ImportMapping> load(const QString &path);
    /// The largest mapping file load() reads: a mapping of every column of a
    /// wide file is a few KiB.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    /// The fields a column can fill, in form order: every lead field a user
    /// may type (not id, created on, …) and FullName.
    static QStringList targetFields();
    /// The translated label of a target field.
    static QString targetLabel(const QString &fieldKey);
    /// Whether several columns may fill the field (lists).
    static bool acceptsSeveralColumns(const QString &fieldKey);

    bool operator==(const ImportMapping &) const = default;

private:
    QList<ImportColumn> m_columns;
    QString m_source;
    QHash<QString, QHash<QString, ImportValueChoice>> m_values;
};
