#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One tool's export, recognised by its headers: Google Contacts (current
/// and legacy CSV), Outlook (English, French and German headers), HubSpot,
/// Salesforce (Data Loader API names and report labels), LinkedIn
/// Connections, Pipedrive, Zoho CRM, Odoo, EspoCRM and Quarry's own export.
///
/// A shape knows what each of its columns holds, so that such a file is
/// mapped with no manual step and no column falls to the floor: a lead field
/// key, one of the import targets that are not fields (full_name,
/// name_prefix, name_suffix, street_2), "extras" (kept on the lead as
/// "Header: value"), or "" (pure noise such as Google's "Phone 1 - Label",
/// listed to the user as not imported). Headers are compared as
/// ImportMapping compares them: case and accents folded, letters and digits
/// only, a number matching any number unless the shape names that number
/// ("Address 1 - Street" is the street, "Address 2 - Street" an extra).
struct ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    /// "google-contacts", "google-contacts-legacy", "outlook", "hubspot",
    /// "salesforce-dataloader", "salesforce-report", "linkedin", "pipedrive",
    /// "zoho", "odoo", "espocrm", "quarry".
    QString id;

    /// The translated name, for the wizard: "HubSpot contacts export".
    QString name() const;

    /// The target of a header of this shape (a lead field key, full_name,
    /// name_prefix, name_suffix, street_2, extras, or "" = not imported), or
    /// std::nullopt when the shape does not know it (the generic matcher
    /// decides). A header a shape writes twice with two meanings (French
    /// Outlook's "Titre": the civility, then the job title) gives its first
    /// meaning here; targetsOf() settles each occurrence.
    std::optional<QString> targetOf(const QString &header) const;

    /// The target of each column of a file of this shape, in file order
    /// (see targetOf()), the n-th occurrence of a header taking the shape's
    /// n-th meaning of it.
    QList<std::optional<QString>> targetsOf(const QStringList &headers) const;

    /// The Quarry value for a vendor's value of a reference or choice field:
    /// for "status" one of the default status names in English
    /// ("Working - Contacted" → "Marketing qualification"; "Closed -
    /// Converted" → "" since a new lead cannot start converted), for
    /// "source" one of the default sources ("Web" → "Website contact form",
    /// "Trade Show" → "Trade show"), for "company_size" the size key of a
    /// head count ("120" → "51-200"); "" when none fits (the value step then
    /// offers to map, create or leave it).
    QString valueFor(const QString &fieldKey, const QString &value) const;

    /// Whether `value` in the column `header` is what the tool writes for
    /// nothing and must be read as empty: Outlook's "0/0/00" dates,
    /// "Unspecified" gender, "Normal" priority and sensitivity, "False"
    /// private flag (and their French and German forms), Google's system
    /// groups "* myContacts" and "* starred" among the labels. A value of a
    /// list cell is tested after the cell is split.
    bool isPlaceholder(const QString &header, const QString &value) const;

    /// Every shape, in the order recognition tries them.
    static const QList<ImportSource> &all();
    /// The shape of that id, nullptr when none.
    static const ImportSource *byId(const QString &id);
};

/// The shape whose signature headers `headers` (the header row of a file)
/// carry, nullptr when none: a signature is several headers typical of one
/// tool, so that a hand-made "First Name,Last Name,Email" is no shape.
const ImportSource *recogniseImportSource(const QStringList &headers);

/// The default status (English name) nearest to any CRM's usual pipeline
/// word ("New", "Open", "Contacted", "Qualified", "Unqualified", "Nurture",
/// "Junk", "Working", "Closed - Not Converted", …), "" when none (and for a
/// converted or won value: a new lead cannot start converted). Used for
/// files of no known shape too.
QString nearestDefaultStatus(const QString &value);

/// The default source (English name) nearest to a CRM's usual lead source
/// ("Web", "Web Site", "Trade Show", "Employee Referral", "Cold Call",
/// "Partner Referral", "Webinar", …), "" when none. Used for files of no
/// known shape too.
QString nearestDefaultSource(const QString &value);
