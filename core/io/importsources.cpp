#include "importsources.h"

#include "importmapping.h"
#include "leadfield.h"
#include "normalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// Headers are compared exactly as ImportMapping compares them.
QString headerKey(const QString &header)
{
    return ImportMapping::headerKey(header);
}

QString numberless(const QString &key)
{
    return ImportMapping::numberless(key);
}

/// A value as compared: folded, punctuation as spaces, spaces collapsed.
QString valueKey(const QString &value)
{
    const QString folded = Normalize::text(value);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        out.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    return out.simplified();
}

/// One shape as written below. `table` holds one "Header|target" a line;
/// '#' in a header stands for any number, "@N" after it is its N-th
/// occurrence in the file. `placeholders` holds "Header|value" lines
/// ("*" for any header) of values that mean nothing.
struct ShapeDef
{
    const char *id;
    const char *name;
    const char *required;  ///< '|'-separated headers all present
    const char *optional;  ///< '|'-separated headers of which minOptional present
    int minOptional;
    const char *table;
    const char *placeholders;
};


// The Google Contacts export of today (contacts.google.com > Export > Google CSV).
const char GoogleTable[] = R"(First Name|first_name
Middle Name|middle_name
Last Name|last_name
Phonetic First Name|extras
Phonetic Middle Name|extras
Phonetic Last Name|extras
Name Prefix|name_prefix
Name Suffix|name_suffix
Nickname|extras
File As|extras
Organization Name|company
Organization Title|job_title
Organization Department|department
Organization Phonetic Name|extras
Organization Symbol|extras
Organization Location|extras
Organization Job Description|extras
Birthday|extras
Notes|description
Photo|
Labels|tags
E-mail # - Label|
E-mail # - Value|email
Phone # - Label|
Phone # - Value|phone
Address # - Label|
Address # - Formatted|
Address 1 - Street|street
Address 1 - Extended Address|street_2
Address 1 - City|city
Address 1 - Region|region
Address 1 - Postal Code|postal_code
Address 1 - Country|country
Address 1 - PO Box|extras
Address # - Street|extras
Address # - Extended Address|extras
Address # - City|extras
Address # - Region|extras
Address # - Postal Code|extras
Address # - Country|extras
Address # - PO Box|extras
Website # - Label|
Website 1 - Value|website
Website # - Value|extras
Relation # - Label|extras
Relation # - Value|extras
Event # - Label|extras
Event # - Value|extras
Custom Field # - Label|extras
Custom Field # - Value|extras
IM # - Label|extras
IM # - Service|extras
IM # - Value|extras
External ID # - Label|
External ID # - Value|extras
Location|extras
Calendar Link # - Label|
Calendar Link # - Value|extras
Sip Address # - Label|
Sip Address # - Value|extras
Language|extras)";

// The older Google CSV (Given Name, Family Name, Group Membership,
// Organization 1 - Name).
const char GoogleLegacyTable[] = R"(Name|
Given Name|first_name
Additional Name|middle_name
Family Name|last_name
Yomi Name|extras
Given Name Yomi|extras
Additional Name Yomi|extras
Family Name Yomi|extras
Name Prefix|name_prefix
Name Suffix|name_suffix
Initials|extras
Nickname|extras
Short Name|extras
Maiden Name|extras
Birthday|extras
Gender|extras
Location|extras
Billing Information|extras
Directory Server|extras
Mileage|extras
Occupation|extras
Hobby|extras
Sensitivity|extras
Priority|extras
Subject|extras
Notes|description
Language|extras
Photo|
Group Membership|tags
E-mail # - Type|
E-mail # - Value|email
IM # - Type|
IM # - Service|extras
IM # - Value|extras
Phone # - Type|
Phone # - Value|phone
Address # - Type|
Address # - Formatted|
Address 1 - Street|street
Address 1 - Extended Address|street_2
Address 1 - City|city
Address 1 - Region|region
Address 1 - Postal Code|postal_code
Address 1 - Country|country
Address 1 - PO Box|extras
Address # - Street|extras
Address # - Extended Address|extras
Address # - City|extras
Address # - Region|extras
Address # - Postal Code|extras
Address # - Country|extras
Address # - PO Box|extras
Organization # - Type|
Organization 1 - Name|company
Organization 1 - Yomi Name|extras
Organization 1 - Title|job_title
Organization 1 - Department|department
Organization 1 - Symbol|extras
Organization 1 - Location|extras
Organization 1 - Job Description|extras
Organization # - Name|extras
Organization # - Yomi Name|extras
Organization # - Title|extras
Organization # - Department|extras
Organization # - Symbol|extras
Organization # - Location|extras
Organization # - Job Description|extras
Relation # - Type|extras
Relation # - Value|extras
Website # - Type|
Website 1 - Value|website
Website # - Value|extras
Event # - Type|extras
Event # - Value|extras
Custom Field # - Type|extras
Custom Field # - Value|extras
Jot # - Type|extras
Jot # - Value|extras)";

// Outlook's "Export to a file > Comma Separated Values", in English, French
// and German (the header language follows Outlook's).
const char OutlookTable[] = R"(Title|name_prefix
First Name|first_name
Middle Name|middle_name
Last Name|last_name
Suffix|name_suffix
Company|company
Department|department
Job Title|job_title
Business Street|street
Business Street #|street_2
Business City|city
Business State|region
Business Postal Code|postal_code
Business Country/Region|country
Business Country|country
Home Street|extras
Home Street #|extras
Home City|extras
Home State|extras
Home Postal Code|extras
Home Country/Region|extras
Other Street|extras
Other Street #|extras
Other City|extras
Other State|extras
Other Postal Code|extras
Other Country/Region|extras
Assistant's Phone|extras
Business Fax|extras
Business Phone|phone
Business Phone #|phone
Callback|extras
Car Phone|extras
Company Main Phone|phone
Home Fax|extras
Home Phone|phone
Home Phone #|phone
ISDN|extras
Mobile Phone|mobile
Other Fax|extras
Other Phone|phone
Pager|extras
Primary Phone|phone
Radio Phone|extras
TTY/TDD Phone|extras
Telex|extras
Account|extras
Anniversary|extras
Assistant's Name|extras
Billing Information|extras
Birthday|extras
Business Address PO Box|extras
Categories|tags
Children|extras
Directory Server|extras
E-mail Address|email
E-mail Type|
E-mail Display Name|
E-mail # Address|email
E-mail # Type|
E-mail # Display Name|
Gender|extras
Government ID Number|extras
Hobby|extras
Home Address PO Box|extras
Initials|extras
Internet Free Busy|extras
Keywords|extras
Language|extras
Location|extras
Manager's Name|extras
Mileage|extras
Notes|description
Office Location|extras
Organizational ID Number|extras
Other Address PO Box|extras
Priority|extras
Private|extras
Profession|extras
Referred By|extras
Sensitivity|extras
Spouse|extras
User #|extras
Web Page|website
Titre@1|name_prefix
Titre@2|job_title
Prénom|first_name
Deuxième prénom|middle_name
Nom|last_name
Suffixe|name_suffix
Surnom|extras
Société|company
Service|department
Rue (bureau)|street
Rue (bureau) #|street_2
Ville (bureau)|city
Dép/Région (bureau)|region
Code postal (bureau)|postal_code
Pays/Région (bureau)|country
Pays (bureau)|country
Rue (domicile)|extras
Rue (domicile) #|extras
Ville (domicile)|extras
Dép/Région (domicile)|extras
Code postal (domicile)|extras
Pays/Région (domicile)|extras
Pays (domicile)|extras
Rue (autre)|extras
Rue (autre) #|extras
Ville (autre)|extras
Dép/Région (autre)|extras
Code postal (autre)|extras
Pays/Région (autre)|extras
Pays (autre)|extras
Téléphone de l'assistant(e)|extras
Télécopie (bureau)|extras
Téléphone (bureau)|phone
Téléphone # (bureau)|phone
Rappel|extras
Téléphone (voiture)|extras
Téléphone société|phone
Télécopie (domicile)|extras
Téléphone (domicile)|phone
Téléphone # (domicile)|phone
RNIS|extras
Tél. mobile|mobile
Télécopie (autre)|extras
Téléphone (autre)|phone
Récepteur de radiomessagerie|extras
Téléphone principal|phone
Radiotéléphone|extras
Radio téléphone|extras
Téléphone TDD/TTY|extras
Télex|extras
Adresse de messagerie|email
Type de messagerie|
Nom complet de l'adresse de messagerie|
Adresse de messagerie #|email
Type de messagerie #|
Nom complet de l'adresse de messagerie #|
Adresse de courrier|email
Type de courrier|
Nom complet de l'adresse de courrier|
Adresse de courrier #|email
Type de courrier #|
Nom complet de l'adresse de courrier #|
Anniversaire|extras
Anniversaire de mariage ou fête|extras
Autre boîte postale|extras
B.P. professionnelle|extras
Boîte postale du domicile|extras
Bureau|extras
Catégories|tags
Code gouvernement|extras
Compte|extras
Conjoint(e)|extras
Critère de diffusion|extras
Disponibilité Internet|extras
Emplacement|extras
Enfants|extras
Informations facturation|extras
Initiales|extras
Kilométrage|extras
Langue|extras
Mots clés|extras
Nom de l'assistant(e)|extras
Numéro d'identification d'administration publique|extras
Numéro d'identification de l'organisation|extras
Page Web|website
Passe-temps|extras
Priorité|extras
Privé|extras
Recommandé par|extras
Responsable|extras
Serveur d'annuaire|extras
Sexe|extras
Utilisateur #|extras
Anrede|name_prefix
Vorname|first_name
Weitere Vornamen|middle_name
Nachname|last_name
Firma|company
Abteilung|department
Position|job_title
Straße geschäftlich|street
Straße geschäftlich #|street_2
Ort geschäftlich|city
Region geschäftlich|region
Postleitzahl geschäftlich|postal_code
Land/Region geschäftlich|country
Land geschäftlich|country
Straße privat|extras
Straße privat #|extras
Ort privat|extras
Bundesland/Kanton privat|extras
Region privat|extras
Postleitzahl privat|extras
Land/Region privat|extras
Weitere Straße|extras
Weitere Straße #|extras
Weiterer Ort|extras
Weiteres/r Bundesland/Kanton|extras
Weitere Postleitzahl|extras
Weiteres/e Land/Region|extras
Telefon Assistent|extras
Fax geschäftlich|extras
Telefon geschäftlich|phone
Telefon geschäftlich #|phone
Rückmeldung|extras
Autotelefon|extras
Telefon Firma|phone
Fax privat|extras
Telefon (privat)|phone
Telefon (privat #)|phone
Telefon privat|phone
Telefon privat #|phone
Mobiltelefon|mobile
Mobiltelefon #|phone
Weiteres Fax|extras
Weiteres Telefon|phone
Haupttelefon|phone
Telefon für Hörbehinderte|extras
Abrechnungsinformation|extras
Assistent(in)|extras
Benutzer #|extras
Beruf|extras
Büro|extras
E-Mail-Adresse|email
E-Mail-Typ|
E-Mail: Angezeigter Name|
E-Mail # : Adresse|email
E-Mail #: Typ|
E-Mail #: Angezeigter Name|
Empfohlen von|extras
Geburtstag|extras
Geschlecht|extras
Initialen|extras
Internet Frei/Gebucht|extras
Jahrestag|extras
Kategorien|tags
Kinder|extras
Konto|extras
Name des/r Vorgesetzten|extras
Notizen|description
Organisationsnr.|extras
Ort|extras
Partner/in|extras
Postfach geschäftlich|extras
Postfach privat|extras
Priorität|extras
Privat|extras
Reisekilometer|extras
Sozialversicherungsnr.|extras
Sprache|extras
Stichwörter|extras
Vertraulichkeit|extras
Verzeichnisserver|extras
Webseite|website
Weiteres Postfach|extras)";

const char OutlookPlaceholders[] = R"(Birthday|0/0/00
Anniversary|0/0/00
Gender|Unspecified
Priority|Normal
Sensitivity|Normal
Private|False
Anniversaire|0/0/00
Anniversaire de mariage ou fête|0/0/00
Sexe|Non spécifié
Priorité|Normale
Critère de diffusion|Normal
Privé|Faux
Geburtstag|0.0.00
Jahrestag|0.0.00
Geschlecht|Nicht angegeben
Priorität|Normal
Vertraulichkeit|Normal
Privat|Aus
E-mail Type|SMTP)";

// HubSpot's contacts export (Contacts > Export, the properties of the view
// or all properties), labels as headers.
const char HubSpotTable[] = R"(Record ID|external_client_id
First Name|first_name
Last Name|last_name
Email|email
Additional email addresses|email
Phone Number|phone
Mobile Phone Number|mobile
Fax Number|extras
Company Name|company
Associated Company|extras
Primary Associated Company ID|extras
Associated Company IDs|extras
Associated Company IDs (Primary)|extras
Job Title|job_title
Job function|extras
Department|department
Industry|industry
Lifecycle Stage|extras
Lead Status|status
Contact owner|assigned_to
HubSpot Team|team
Create Date|extras
Last Activity Date|extras
Last Modified Date|extras
Marketing contact status|extras
Original Source|source
Original Source Drill-Down 1|extras
Original Source Drill-Down 2|extras
Latest Source|extras
Street Address|street
City|city
State/Region|region
Postal Code|postal_code
Country/Region|country
Website URL|website
Number of Employees|company_size
Annual Revenue|extras
Contact priority|extras
Buying Role|extras
Persona|extras
Salutation|name_prefix
Preferred language|extras
Time Zone|extras
LinkedIn URL|extras
Unsubscribed from all email|do_not_email
Email Domain|
Full Name|)";

// Salesforce Data Loader (Export > Lead): the API names as headers.
const char SalesforceApiTable[] = R"(Id|external_client_id
IsDeleted|
MasterRecordId|
Salutation|name_prefix
FirstName|first_name
MiddleName|middle_name
LastName|last_name
Suffix|name_suffix
Name|
Title|job_title
Company|company
Street|street
City|city
State|region
PostalCode|postal_code
Country|country
StateCode|extras
CountryCode|extras
Latitude|latitude
Longitude|longitude
GeocodeAccuracy|
Address|
Email|email
Phone|phone
MobilePhone|mobile
Fax|extras
Website|website
PhotoUrl|
Description|description
LeadSource|source
Status|status
Industry|industry
Rating|extras
AnnualRevenue|extras
NumberOfEmployees|company_size
OwnerId|extras
HasOptedOutOfEmail|do_not_email
DoNotCall|do_not_call
HasOptedOutOfFax|extras
IsConverted|extras
ConvertedDate|extras
ConvertedAccountId|extras
ConvertedContactId|extras
ConvertedOpportunityId|extras
IsUnreadByOwner|
CreatedDate|extras
CreatedById|extras
LastModifiedDate|extras
LastModifiedById|extras
SystemModstamp|
LastActivityDate|extras
LastViewedDate|
LastReferencedDate|
Jigsaw|
JigsawContactId|
EmailBouncedReason|extras
EmailBouncedDate|extras
IndividualId|extras)";

// A Salesforce leads report exported as CSV (labels as headers).
const char SalesforceReportTable[] = R"(Lead Owner|assigned_to
Lead ID|external_client_id
Salutation|name_prefix
First Name|first_name
Middle Name|middle_name
Last Name|last_name
Suffix|name_suffix
Title|job_title
Company / Account|company
Company|company
Email|email
Phone|phone
Mobile|mobile
Mobile Phone|mobile
Fax|extras
Website|website
Lead Source|source
Lead Status|status
Industry|industry
Rating|extras
Annual Revenue|extras
No. of Employees|company_size
Street|street
Address Line 1|street
Address Line 2|street_2
Address Line 3|street_2
City|city
State/Province|region
State/Province (text only)|region
Zip/Postal Code|postal_code
Country|country
Country (text only)|country
Description|description
Email Opt Out|do_not_email
Do Not Call|do_not_call
Converted|extras
Unread By Owner|
Create Date|extras
Created Date|extras
Last Activity|extras
Last Modified Date|extras
Campaign Name|campaign)";

// LinkedIn's Connections.csv (Settings > Data privacy > Get a copy of your data).
const char LinkedInTable[] = R"(First Name|first_name
Last Name|last_name
URL|extras
Email Address|email
Company|company
Position|job_title
Connected On|extras)";

// Pipedrive's people export (Contacts > People > Export), "Person - " prefix.
const char PipedriveTable[] = R"(Person - ID|external_client_id
Person - Name|
Person - First name|first_name
Person - Last name|last_name
Person - Label|tags
Person - Labels|tags
Person - Organization|company
Person - Email - Work|email
Person - Email - Home|email
Person - Email - Other|email
Person - Email|email
Person - Phone - Work|phone
Person - Phone - Home|phone
Person - Phone - Mobile|mobile
Person - Phone - Other|phone
Person - Phone|phone
Person - Job title|job_title
Person - Owner|assigned_to
Person - Visible to|
Person - Person created|extras
Person - Update time|extras
Person - Postal address|extras
Person - Postal address - Street number|extras
Person - Postal address - Street/road name|street
Person - Postal address - City/town/village/locality|city
Person - Postal address - State/county|region
Person - Postal address - ZIP/Postal code|postal_code
Person - Postal address - Country|country
Person - Birthday|extras
Person - Notes|description
Person - Marketing status|extras
Person - Last activity date|extras
Person - Next activity date|extras
Person - Open deals|extras
Person - Won deals|extras
Person - Lost deals|extras
Person - Closed deals|extras
Person - Total activities|extras
Person - Done activities|extras
Person - Activities to do|extras
Person - Email messages count|extras
Person - Last email received|extras
Person - Last email sent|extras
Person - Source|source)";

// Zoho CRM's leads export (Setup > Data administration > Export > Leads).
const char ZohoTable[] = R"(Record Id|external_client_id
Lead Owner|assigned_to
Lead Owner.id|
Company|company
Salutation|name_prefix
First Name|first_name
Last Name|last_name
Title|job_title
Designation|job_title
Email|email
Secondary Email|email
Phone|phone
Mobile|mobile
Fax|extras
Website|website
Lead Source|source
Lead Status|status
Industry|industry
No. of Employees|company_size
Annual Revenue|extras
Rating|extras
Email Opt Out|do_not_email
Skype ID|extras
Twitter|extras
Street|street
City|city
State|region
Zip Code|postal_code
Country|country
Description|description
Created By|extras
Created By.id|
Modified By|extras
Modified By.id|
Created Time|extras
Modified Time|extras
Last Activity Time|extras
Tag|tags
Layout|
Layout.id|
Converted Account|extras
Converted Contact|extras
Converted Deal|extras
Unsubscribed Mode|extras
Unsubscribed Time|extras
Change Log Time|)";

// Odoo's CRM export (CRM > Leads or Pipeline, list view, Action > Export,
// the fields of the list view), field labels as headers.
const char OdooTable[] = R"(ID|external_client_id
Opportunity|title
Lead|title
Created on|extras
Contact Name|full_name
Company Name|company
Customer|company
Email|email
Phone|phone
Mobile|mobile
Street|street
Street2|street_2
City|city
State|region
Zip|postal_code
Country|country
Website|website
Job Position|job_title
Salesperson|assigned_to
Sales Team|team
Stage|status
Tags|tags
Source|source
Medium|extras
Campaign|campaign
Priority|extras
Expected Revenue|estimated_amount
Probability|extras
Expected Closing|extras
Activities|extras
Properties|extras
Notes|description
Internal Notes|description
Language|extras
Title|name_prefix)";

// EspoCRM's leads export (Leads > Actions > Export, CSV), the field names
// as headers.
const char EspoTable[] = R"(id|external_client_id
name|
salutationName|name_prefix
firstName|first_name
lastName|last_name
middleName|middle_name
title|job_title
status|status
source|source
industry|industry
opportunityAmount|estimated_amount
opportunityAmountCurrency|extras
website|website
addressStreet|street
addressCity|city
addressState|region
addressCountry|country
addressPostalCode|postal_code
emailAddress|email
phoneNumber|phone
emailAddressIsOptedOut|do_not_email
phoneNumberIsOptedOut|do_not_call
doNotCall|do_not_call
description|description
createdAt|extras
modifiedAt|extras
accountName|company
accountId|
assignedUserId|
assignedUserName|assigned_to
assignedUser|assigned_to
teamsIds|
teamsNames|team
campaignId|
campaignName|campaign
createdById|
createdByName|extras
modifiedById|
modifiedByName|extras
department|department
convertedAt|extras
streamUpdatedAt|)";

const ShapeDef Shapes[] = {
    {"google-contacts", QT_TRANSLATE_NOOP("ImportSource", "Google Contacts export"),
     "First Name|Last Name|Phonetic First Name|File As|Organization Name|Labels", "", 0, GoogleTable,
     "Labels|* myContacts\nLabels|* starred\nLabels|* friends\nLabels|* family\nLabels|* coworkers"},
    {"google-contacts-legacy", QT_TRANSLATE_NOOP("ImportSource", "Google Contacts export (older format)"),
     "Given Name|Family Name|Group Membership", "Name|Additional Name|Yomi Name|E-mail 1 - Type|Organization 1 - Name", 1,
     GoogleLegacyTable,
     "Group Membership|* My Contacts\nGroup Membership|* myContacts\nGroup Membership|* Starred\nGroup Membership|* Friends\n"
     "Group Membership|* Family\nGroup Membership|* Coworkers"},
    {"outlook", QT_TRANSLATE_NOOP("ImportSource", "Outlook contacts export"), "",
     "Middle Name|Suffix|Business Street|Business Street 2|Business City|Business Postal Code|Business Country/Region|"
     "Home Street|Mobile Phone|E-mail Address|E-mail Display Name|"
     "Deuxième prénom|Suffixe|Rue (bureau)|Rue (bureau) 2|Ville (bureau)|Code postal (bureau)|Tél. mobile|"
     "Adresse de messagerie|Adresse de courrier|"
     "Weitere Vornamen|Straße geschäftlich|Straße geschäftlich 2|Ort geschäftlich|Postleitzahl geschäftlich|"
     "Mobiltelefon|E-Mail-Adresse",
     5, OutlookTable, OutlookPlaceholders},
    {"hubspot", QT_TRANSLATE_NOOP("ImportSource", "HubSpot contacts export"), "Record ID|Contact owner",
     "First Name|Last Name|Email|Phone Number|Lifecycle Stage|Lead Status|Create Date|Associated Company|"
     "Last Activity Date|Marketing contact status",
     3, HubSpotTable, ""},
    {"salesforce-dataloader", QT_TRANSLATE_NOOP("ImportSource", "Salesforce Data Loader export"), "Id|LastName|OwnerId",
     "FirstName|Company|LeadSource|Status|PostalCode|MobilePhone|CreatedDate|IsConverted|Salutation|NumberOfEmployees", 3,
     SalesforceApiTable, "IsConverted|false\nHasOptedOutOfFax|false"},
    {"salesforce-report", QT_TRANSLATE_NOOP("ImportSource", "Salesforce leads report"), "Lead Owner|Company / Account",
     "First Name|Last Name|Lead Source|Lead Status|Zip/Postal Code|State/Province|Rating|Create Date", 3,
     SalesforceReportTable, ""},
    {"linkedin", QT_TRANSLATE_NOOP("ImportSource", "LinkedIn connections export"), "First Name|Last Name|URL|Email Address|Company|Position|Connected On", "",
     0, LinkedInTable, ""},
    {"pipedrive", QT_TRANSLATE_NOOP("ImportSource", "Pipedrive people export"), "Person - Name",
     "Person - Organization|Person - Email - Work|Person - Phone - Work|Person - Owner|Person - Label|Person - Person created|"
     "Person - First name|Person - Last name",
     2, PipedriveTable, ""},
    {"zoho", QT_TRANSLATE_NOOP("ImportSource", "Zoho CRM leads export"), "Record Id|Lead Owner",
     "Company|Last Name|Lead Source|Lead Status|No. of Employees|Annual Revenue|Zip Code|Created Time|Email Opt Out", 3,
     ZohoTable, ""},
    {"odoo", QT_TRANSLATE_NOOP("ImportSource", "Odoo CRM export"), "Salesperson|Sales Team",
     "Opportunity|Lead|Contact Name|Company Name|Stage|Tags|Source|Medium|Street2|Expected Revenue|Priority|Created on", 3,
     OdooTable, "Priority|Low"},
    {"espocrm", QT_TRANSLATE_NOOP("ImportSource", "EspoCRM leads export"), "assignedUserName",
     "accountName|emailAddress|phoneNumber|addressStreet|addressCity|addressPostalCode|createdAt|status|source|salutationName", 4,
     EspoTable, ""},
};

/// A shape compiled: its headers as keys.
struct Compiled
{
    const ShapeDef *def = nullptr;
    QStringList required;
    QStringList optional;
    /// exact key → targets by occurrence (index 0: first occurrence; the
    /// last one also serves every later occurrence)
    QHash<QString, QStringList> exact;
    /// numberless key → target
    QHash<QString, QString> numbered;
    /// key → placeholder value keys
    QHash<QString, QStringList> placeholders;
};

QStringList keysOf(const char *list)
{
    QStringList out;
    for (const QString &h : QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out << headerKey(h);
    return out;
}

Compiled compile(const ShapeDef &d)
{
    Compiled c;
    c.def = &d;
    c.required = keysOf(d.required);
    c.optional = keysOf(d.optional);
    for (const QString &line : QString::fromUtf8(d.table).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype bar = line.lastIndexOf(QLatin1Char('|'));
        QString header = line.left(bar);
        const QString target = line.mid(bar + 1);
        int occurrence = 1;
        static const QRegularExpression at(QStringLiteral("@(\\d+)$"));
        if (const auto m = at.match(header); m.hasMatch()) {
            occurrence = m.captured(1).toInt();
            header.chop(m.capturedLength());
        }
        if (header.contains(QLatin1Char('#'))) {
            header.replace(QLatin1Char('#'), QLatin1Char('1'));
            c.numbered.insert(numberless(headerKey(header)), target);
        } else {
            QStringList &targets = c.exact[headerKey(header)];
            while (targets.size() < occurrence)
                targets << target;
            targets[occurrence - 1] = target;
        }
    }
    for (const QString &line : QString::fromUtf8(d.placeholders).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        c.placeholders[headerKey(line.left(bar))] << valueKey(line.mid(bar + 1));
    }
    return c;
}

const QList<Compiled> &compiled()
{
    static const QList<Compiled> list = [] {
        QList<Compiled> l;
        for (const ShapeDef &d : Shapes)
            l << compile(d);
        return l;
    }();
    return list;
}

const Compiled *compiledFor(const QString &id)
{
    for (const Compiled &c : compiled())
        if (QLatin1String(c.def->id) == id)
            return &c;
    return nullptr;
}

const QString QuarryId = QStringLiteral("quarry");

/// Quarry's own export: every header a lead field key, as written.
std::optional<QString> quarryTarget(const QString &header)
{
    const QString h = header.trimmed();
    if (const LeadField *f = leadField(h); f && f->key == h)
        return f->readOnly ? QString() : f->key;
    return std::nullopt;
}

/// The head count of a company as a size key ("120" → "51-200"; a range
/// "51-200" or "51 to 200" by its upper bound).
QString companySizeFor(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("\\d[\\d,. \\x{00A0}]*"));
    auto it = number.globalMatch(value);
    qint64 last = -1;
    while (it.hasNext()) {
        QString digits = it.next().captured();
        digits.remove(QRegularExpression(QStringLiteral("[^\\d]")));
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (ok)
            last = n;
    }
    if (last < 0)
        return {};
    const bool plus = value.contains(QLatin1Char('+'));
    if (plus && last >= 1000)
        return QStringLiteral("1001+");
    if (last <= 10)
        return QStringLiteral("1-10");
    if (last <= 50)
        return QStringLiteral("11-50");
    if (last <= 200)
        return QStringLiteral("51-200");
    if (last <= 500)
        return QStringLiteral("201-500");
    if (last <= 1000)
        return QStringLiteral("501-1000");
    return QStringLiteral("1001+");
}

bool hasWord(const QString &key, const char *word)
{
    const QString w = QString::fromLatin1(word);
    return (QLatin1Char(' ') + key + QLatin1Char(' ')).contains(QLatin1Char(' ') + w + QLatin1Char(' '));
}

bool hasAnyWord(const QString &key, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (hasWord(key, w))
            return true;
    return false;
}

bool startsWithAny(const QString &key, std::initializer_list<const char *> stems)
{
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        for (const char *s : stems)
            if (word.startsWith(QLatin1String(s)))
                return true;
    return false;
}

} // namespace

QString ImportSource::name() const
{
    if (id == QuarryId)
        return tr("Quarry leads export");
    if (const Compiled *c = compiledFor(id))
        return tr(c->def->name);
    return id;
}

std::optional<QString> ImportSource::targetOf(const QString &header) const
{
    return targetsOf(QStringList{header}).value(0);
}

QList<std::optional<QString>> ImportSource::targetsOf(const QStringList &headers) const
{
    QList<std::optional<QString>> out;
    out.reserve(headers.size());
    if (id == QuarryId) {
        for (const QString &h : headers)
            out << quarryTarget(h);
        return out;
    }
    const Compiled *c = compiledFor(id);
    QHash<QString, int> seen;
    for (const QString &h : headers) {
        const QString key = headerKey(h);
        const int occurrence = seen[key]++;
        if (!c) {
            out << std::nullopt;
        } else if (auto it = c->exact.constFind(key); it != c->exact.constEnd()) {
            out << it->at(qMin(occurrence, int(it->size()) - 1));
        } else if (auto n = c->numbered.constFind(numberless(key)); n != c->numbered.constEnd()) {
            out << *n;
        } else {
            out << std::nullopt;
        }
    }
    return out;
}

QString ImportSource::valueFor(const QString &fieldKey, const QString &value) const
{
    if (fieldKey == QLatin1String("status"))
        return nearestDefaultStatus(value);
    if (fieldKey == QLatin1String("source"))
        return nearestDefaultSource(value);
    if (fieldKey == QLatin1String("company_size"))
        return companySizeFor(value);
    return {};
}

bool ImportSource::isPlaceholder(const QString &header, const QString &value) const
{
    const Compiled *c = compiledFor(id);
    if (!c)
        return false;
    const QString v = valueKey(value);
    return c->placeholders.value(headerKey(header)).contains(v) || c->placeholders.value(QString()).contains(v);
}

const QList<ImportSource> &ImportSource::all()
{
    static const QList<ImportSource> list = [] {
        QList<ImportSource> l;
        l << ImportSource{QuarryId};
        for (const ShapeDef &d : Shapes)
            l << ImportSource{QString::fromLatin1(d.id)};
        return l;
    }();
    return list;
}

const ImportSource *ImportSource::byId(const QString &id)
{
    for (const ImportSource &s : all())
        if (s.id == id)
            return &s;
    return nullptr;
}

const ImportSource *recogniseImportSource(const QStringList &headers)
{
    QStringList trimmed;
    for (const QString &h : headers)
        trimmed << h.trimmed();
    while (!trimmed.isEmpty() && trimmed.last().isEmpty())
        trimmed.removeLast();
    if (trimmed.size() >= 3 && isFieldKeyHeader(trimmed))
        return ImportSource::byId(QuarryId);

    QSet<QString> keys;
    for (const QString &h : trimmed)
        keys.insert(headerKey(h));
    for (const Compiled &c : compiled()) {
        bool ok = true;
        for (const QString &k : c.required)
            ok = ok && keys.contains(k);
        if (!ok)
            continue;
        int optional = 0;
        for (const QString &k : c.optional)
            optional += keys.contains(k) ? 1 : 0;
        if (optional >= c.def->minOptional)
            return ImportSource::byId(QString::fromLatin1(c.def->id));
    }
    return nullptr;
}

QString nearestDefaultStatus(const QString &value)
{
    const QString k = valueKey(value);
    if (k.isEmpty())
        return {};
    const QString toBeProcessed = QStringLiteral("To be processed");
    const QString marketing = QStringLiteral("Marketing qualification");
    const QString sales = QStringLiteral("Sales qualification");
    const QString nurturing = QStringLiteral("Nurturing");
    const QString lost = QStringLiteral("Lost");

    // The negative forms first: "Closed - Not Converted", "Not Qualified",
    // "Open - Not Contacted" hold the positive words too.
    if (k.contains(QLatin1String("not converted")) || k.contains(QLatin1String("non converti")))
        return lost;
    if (k.contains(QLatin1String("not contacted")) || k.contains(QLatin1String("non contacte"))
        || k.contains(QLatin1String("uncontacted")))
        return toBeProcessed;
    if (k.contains(QLatin1String("not qualified")) || k.contains(QLatin1String("non qualifie"))
        || startsWithAny(k, {"unqualif", "disqualif"}))
        return lost;
    if (hasAnyWord(k, {"junk", "dead", "lost", "spam", "bad", "rejected", "refused", "cancelled", "canceled",
                       "perdu", "perdue", "abandonne", "abandonned", "abandoned", "invalid", "trash"})
        && !k.contains(QLatin1String("bad timing")))
        return lost;
    // Converted or won: a new lead cannot start there.
    if (startsWithAny(k, {"convert", "won", "gagne", "customer", "client", "evangelist"}))
        return {};
    if (hasAnyWord(k, {"nurture", "nurturing", "recycled", "recycle", "future", "later", "timing", "hold", "dormant",
                       "subscriber", "maturation", "relance", "cold"}))
        return nurturing;
    if (hasAnyWord(k, {"sql", "opportunity", "deal", "proposal", "proposition", "quote", "negotiation", "demo",
                       "meeting", "sales qualified", "pre qualified", "prequalified", "qualified", "qualification",
                       "qualifie", "qualifiee", "devis", "negociation"})
        && !hasWord(k, "marketing"))
        return sales;
    if (hasAnyWord(k, {"working", "contacted", "attempted", "attempt", "progress", "process", "connected", "engaged",
                       "mql", "marketing", "follow", "responded", "replied", "contacte", "cours", "interested"}))
        return marketing;
    if (hasAnyWord(k, {"new", "open", "assigned", "unassigned", "lead", "pending", "incoming", "untouched",
                       "fresh", "nouveau", "nouvelle", "ouvert", "a traiter", "to be processed", "raw"}))
        return toBeProcessed;
    return {};
}

QString nearestDefaultSource(const QString &value)
{
    const QString k = valueKey(value);
    if (k.isEmpty())
        return {};
    if (hasAnyWord(k, {"webinar", "webinaire", "web seminar", "online event"}))
        return QStringLiteral("Webinar");
    if (hasAnyWord(k, {"trade show", "tradeshow", "trade fair", "fair", "expo", "exhibition", "salon", "messe"}))
        return QStringLiteral("Trade show");
    if (hasAnyWord(k, {"partner", "partenaire", "reseller", "revendeur", "channel"}))
        return QStringLiteral("Partner");
    if (hasAnyWord(k, {"referral", "referrals", "referred", "word of mouth", "recommendation", "recommandation",
                       "bouche a oreille", "parrainage", "empfehlung"}))
        return QStringLiteral("Referral");
    if (hasAnyWord(k, {"cold call", "cold calling", "call", "outbound", "prospection", "phoning", "appel",
                       "telemarketing"})
        && !k.contains(QLatin1String("inquiry")))
        return QStringLiteral("Cold call");
    if (hasAnyWord(k, {"web", "website", "web site", "site web", "site internet", "contact form", "web form",
                       "formulaire", "web download", "online store", "webform", "internet"})
        && !hasAnyWord(k, {"research", "recherche"}))
        return QStringLiteral("Website contact form");
    return {};
}
