#include "importmapping.h"

#include "importsources.h"
#include "inputfile.h"
#include "leadfield.h"
#include "normalize.h"
#include "outputpath.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <optional>


const QString ImportMapping::FullName = QStringLiteral("full_name");
const QString ImportMapping::NamePrefix = QStringLiteral("name_prefix");
const QString ImportMapping::NameSuffix = QStringLiteral("name_suffix");
const QString ImportMapping::Street2 = QStringLiteral("street_2");
const QString ImportMapping::Extras = QStringLiteral("extras");

bool ImportMapping::isPseudoTarget(const QString &key)
{
    return key == FullName || key == NamePrefix || key == NameSuffix || key == Street2;
}

namespace {

QString headerKey(const QString &header)
{
    return ImportMapping::headerKey(header);
}

QString numberless(const QString &key)
{
    return ImportMapping::numberless(key);
}

/// How sure a match is: lower is surer. The surest column wins a field.
enum Rank { Exact = 0, Primary = 1, Secondary = 2 };

struct Candidate
{
    QString field; ///< "" : recognised and deliberately ignored
    int rank = Primary;
};

struct Synonyms
{
    const char *field;
    int rank;
    /// '|'-separated headers, compared through headerKey(); '#' stands for any number.
    const char *headers;
};

// The usual headers of contact and lead exports. "title" and "titre" are
// not here: they mean the civility in Outlook, the job title in other CRMs
// and the lead's title in Quarry, and are decided by the other headers.
const Synonyms SynonymTable[] = {
    {"title", Primary, "subject|lead title|lead name|opportunity|opportunity name|deal name|objet|sujet|titre du lead|intitule"},
    {"civility", Primary, "civility|salutation|courtesy title|civilite|titre de civilite|formule de politesse|anrede"},
    {"name_prefix", Primary, "name prefix|prefix|prefixe|honorific prefix"},
    {"name_suffix", Primary, "suffix|name suffix|suffixe|namenszusatz|generation|honorific suffix"},
    {"street_2", Primary, "business street #|rue (bureau) #|strasse geschaftlich #|address # street 2|street line 2"},
    {"first_name", Primary, "first name|firstname|given name|forename|first|prenom|premier prenom"},
    {"middle_name", Primary, "middle name|middle|additional name|second name|deuxieme prenom|second prenom|autres prenoms"},
    {"last_name", Primary, "last name|lastname|surname|family name|last|nom|nom de famille|patronyme"},
    {"company", Primary, "company|company name|organization|organisation|organization name|organization # name|"
                         "account|account name|business name|employer|societe|entreprise|raison sociale|"
                         "nom de l'entreprise|nom de la societe|nom entreprise|compagnie|etablissement"},
    {"job_title", Primary, "job title|jobtitle|function|position|role|organization title|organization # title|occupation|"
                           "profession|fonction|poste|intitule du poste|titre du poste|metier"},
    {"department", Primary, "department|organization department|organization # department|service|departement"},
    {"industry", Primary, "industry|industry sector|sector|business sector|secteur|secteur d'activite|industrie|"
                          "branche|branche d'activite"},
    {"email", Primary, "email|e-mail|emails|email address|e-mail address|e-mail # address|email #|e-mail #|"
                       "e-mail # value|email # value|mail|primary email|work email|business email|secondary email|"
                       "courriel|adresse e-mail|adresse email|adresse electronique|adresse mail|e-mail professionnel|"
                       "courriel professionnel|adresse de messagerie|adresse de messagerie #"},
    {"email", Secondary, "home email|personal email|other email|e-mail personnel|courriel personnel"},
    {"billing_email", Primary, "billing email|billing e-mail|invoice email|invoicing email|email de facturation|"
                               "e-mail de facturation|courriel de facturation|email facturation"},
    {"phone", Primary, "phone|phones|telephone|phone number|phone #|business phone|business phone #|work phone|"
                       "office phone|primary phone|main phone|company main phone|phone # value|tel|"
                       "telephone bureau|tel bureau|telephone professionnel|numero de telephone|telephone fixe|fixe|"
                       "telephone #|tel #|telephone (bureau)|telephone # (bureau)"},
    {"phone", Secondary, "home phone|home phone #|other phone|telephone domicile|tel domicile|telephone personnel|"
                          "telephone # (domicile)|autre telephone"},
    {"mobile", Primary, "mobile|mobile phone|mobile number|mobile phone number|cell|cell phone|cellphone|portable|"
                        "telephone portable|tel portable|telephone mobile|tel mobile|gsm"},
    {"website", Primary, "website|web site|website url|web page|webpage|url|homepage|home page|website # value|"
                         "site web|site internet|page web"},
    {"tin", Primary, "tin|company tin|tax id|taxpayer id|tax number|tax identification number|inn|siren|numero siren|"
                     "numero fiscal|identifiant fiscal"},
    {"external_client_id", Primary, "external client id|external id|client id|customer id|customer number|client number|"
                                    "account number|numero client|identifiant client|code client|reference client|ref client"},
    {"do_not_call", Primary, "do not call|donotcall|dnc|ne pas appeler"},
    {"do_not_email", Primary, "do not email|email opt out|e-mail opt out|opted out of email|unsubscribed|"
                              "ne pas envoyer d'e-mail|ne pas envoyer d'email|desinscrit|desabonne"},
    {"street", Primary, "street|address|street address|address line 1|address 1|business street|address # street|"
                        "adresse|rue|adresse postale|voie|adresse ligne 1|rue (bureau)"},
    {"street", Secondary, "home street|other street|mailing street|billing street|rue (domicile)|rue (autre)"},
    {"postal_code", Primary, "postal code|postcode|post code|zip|zip code|zipcode|zip/postal code|business postal code|"
                             "address # postal code|code postal|cp|code postal (bureau)"},
    {"postal_code", Secondary, "home postal code|other postal code|mailing zip/postal code|billing zip/postal code|"
                                "code postal (domicile)|code postal (autre)"},
    {"city", Primary, "city|town|business city|address # city|ville|commune|localite|ville (bureau)"},
    {"city", Secondary, "home city|other city|mailing city|billing city|ville (domicile)|ville (autre)"},
    {"region", Primary, "region|state|province|state/province|state/region|county|business state|address # region|"
                        "canton|etat|dep/region (bureau)|departement/region (bureau)"},
    {"region", Secondary, "home state|other state|mailing state/province|billing state/province|dep/region (domicile)"},
    {"country", Primary, "country|country/region|country code|business country/region|business country|address # country|"
                         "nation|pays|code pays|pays/region|pays/region (bureau)"},
    {"country", Secondary, "home country/region|other country/region|mailing country|billing country|"
                            "pays/region (domicile)|pays/region (autre)"},
    {"latitude", Primary, "latitude|lat"},
    {"longitude", Primary, "longitude|lng|lon|long"},
    {"description", Primary, "description|notes|note|comments|comment|remarks|commentaire|commentaires|remarques|observations"},
    {"requirements", Primary, "requirements|customer requirements|needs|besoins|besoin|exigences|besoins du client"},
    {"channel_partner", Primary, "reseller|channel partner|revendeur|partenaire"},
    {"status", Primary, "status|lead status|stage|statut|statut du lead|etape"},
    {"assigned_to", Primary, "assigned to|owner|lead owner|contact owner|account owner|sales rep|salesperson|salesman|"
                             "assigne a|attribue a|responsable|commercial|proprietaire|vendeur"},
    {"team", Primary, "team|sales team|equipe|equipe commerciale"},
    {"agency", Primary, "agency|agence"},
    {"score", Primary, "score|lead score|scoring|lead scoring|stars|etoiles"},
    {"company_size", Primary, "company size|taille de l'entreprise|taille entreprise"},
    {"key_account", Primary, "key account|compte cle|grand compte"},
    {"source", Primary, "source|lead source|origin|origine|source du lead|provenance"},
    {"category", Primary, "category|categorie"},
    {"tags", Primary, "tags|tag|labels|keywords|categories|etiquettes|etiquette|mots-cles|mots cles|libelles"},
    {"campaign", Primary, "campaign|marketing campaign|campagne|campagne marketing"},
    {"marketing_lists", Primary, "marketing lists|marketing list|mailing lists|mailing list|listes marketing|"
                                 "listes de diffusion|liste de diffusion"},
    {"product", Primary, "product|produit|product/service|produit/service"},
    {"full_name", Primary, "name|full name|fullname|contact name|contact|display name|nom complet|nom et prenom"},
    // Known to repeat or describe another column (a type, a label, a
    // formatted copy of the address): not imported, and listed as such.
    {"", Primary, "e-mail type|e-mail # type|e-mail display name|e-mail # display name|email # type|email # label|"
                  "e-mail # label|phone # type|phone # label|address # type|address # label|address # formatted|"
                  "website # type|website # label|type de messagerie|nom complet de l'adresse de messagerie|"
                  "type de messagerie #|nom complet de l'adresse de messagerie #"},
};

/// Normalised header → candidate: the table above, then every field's key
/// and label (English and translated). Fields Quarry sets itself are
/// recognised and ignored.
const QHash<QString, Candidate> &candidates()
{
    static const QHash<QString, Candidate> table = [] {
        QHash<QString, Candidate> t;
        auto add = [&t](QString header, const QString &field, int rank) {
            // '#' in the table is any number: written as a digit, then folded.
            header.replace(QLatin1Char('#'), QLatin1Char('1'));
            const QString key = numberless(headerKey(header));
            if (!key.isEmpty() && !t.contains(key))
                t.insert(key, Candidate{field, rank});
        };
        for (const Synonyms &s : SynonymTable)
            for (const QString &h : QString::fromUtf8(s.headers).split(QLatin1Char('|')))
                add(h, QString::fromLatin1(s.field), s.rank);
        for (const LeadField &f : leadFields()) {
            const QString field = f.readOnly ? QString() : f.key;
            add(f.key, field, Primary);
            add(QString::fromUtf8(f.label), field, Primary);
            add(f.translatedLabel(), field, Primary);
        }
        return t;
    }();
    return table;
}

/// Headers whose number matters ("Address line 2" is not the street of
/// "Address line 1"), compared through headerKey() with their digits.
const QHash<QString, QString> &numberedHeaders()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const char *h : {"address line 2", "address line 3", "address 2", "address 3", "street 2", "street 3",
                              "adresse ligne 2", "adresse ligne 3", "adresse 2", "complement d'adresse",
                              "complement adresse"})
            t.insert(headerKey(QString::fromUtf8(h)), ImportMapping::Street2);
        for (const char *h : {"address line 1", "address 1", "street 1", "adresse ligne 1", "adresse 1"})
            t.insert(headerKey(QString::fromUtf8(h)), QStringLiteral("street"));
        return t;
    }();
    return table;
}

bool isTitleWord(const QString &key)
{
    return key == QLatin1String("title") || key == QLatin1String("titre");
}

std::optional<Candidate> lookup(const QString &key)
{
    if (const auto numbered = numberedHeaders().constFind(key); numbered != numberedHeaders().constEnd())
        return Candidate{*numbered, Primary};
    const auto &table = candidates();
    auto it = table.constFind(key);
    if (it == table.constEnd())
        it = table.constFind(numberless(key));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

/// The candidate of each header, before conflicts are settled.
QList<std::optional<Candidate>> guess(const QStringList &headers)
{
    QList<std::optional<Candidate>> out;
    QStringList keys;
    bool hasJobTitle = false;
    bool hasCivility = false;
    for (const QString &h : headers) {
        keys << headerKey(h);
        if (const auto c = lookup(keys.last())) {
            hasJobTitle = hasJobTitle || c->field == QLatin1String("job_title");
            hasCivility = hasCivility || c->field == QLatin1String("civility");
        }
    }
    for (int i = 0; i < headers.size(); ++i) {
        const QString exact = headers.at(i).trimmed();
        if (const LeadField *f = leadField(exact); f && f->key == exact) {
            out << Candidate{f->readOnly ? QString() : f->key, Exact};
        } else if (ImportMapping::isPseudoTarget(exact)) {
            out << Candidate{exact, Exact};
        } else if (isTitleWord(keys.at(i))) {
            // Outlook's "Title" is Mr./Mrs. next to its "Job Title"; CRMs
            // that have a salutation column call the job title "Title".
            if (hasJobTitle)
                out << Candidate{QStringLiteral("civility"), Primary};
            else if (hasCivility)
                out << Candidate{QStringLiteral("job_title"), Primary};
            else
                out << Candidate{QStringLiteral("title"), Primary};
        } else {
            out << lookup(keys.at(i));
        }
    }
    return out;
}

/// Settles the candidates: every column of a list field keeps it; any other
/// field goes to its surest column (the first one on a tie). `taken` holds
/// the fields already given to columns that are not candidates.
QList<ImportColumn> settle(const QStringList &headers, const QList<std::optional<Candidate>> &cands,
                           const QList<bool> &fixed, const QList<ImportColumn> &fixedColumns, QSet<QString> taken)
{
    QHash<QString, int> best; // field → column
    for (int i = 0; i < headers.size(); ++i) {
        if (fixed.at(i) || !cands.at(i) || cands.at(i)->field.isEmpty())
            continue;
        const QString &field = cands.at(i)->field;
        if (ImportMapping::acceptsSeveralColumns(field) || taken.contains(field))
            continue;
        auto it = best.find(field);
        if (it == best.end() || cands.at(*it)->rank > cands.at(i)->rank)
            best.insert(field, i);
    }
    QList<ImportColumn> out;
    for (int i = 0; i < headers.size(); ++i) {
        if (fixed.at(i)) {
            out << fixedColumns.at(i);
            continue;
        }
        // What nothing recognises, or a second column for a field already
        // taken ("Home City" beside "Business City"), is kept as an extra;
        // only what is known to be Quarry's own (an id, a stamp) is left out.
        QString field = ImportMapping::Extras;
        if (cands.at(i)) {
            const QString &f = cands.at(i)->field;
            if (f.isEmpty())
                field.clear();
            else if (ImportMapping::acceptsSeveralColumns(f) || best.value(f, -1) == i)
                field = f;
        }
        if (headers.at(i).trimmed().isEmpty() && !cands.at(i))
            field = ImportMapping::Extras;
        out << ImportColumn{headers.at(i), field};
    }
    return out;
}

QString canonicalField(const QString &key)
{
    const QString k = key.trimmed();
    if (ImportMapping::isPseudoTarget(k))
        return k;
    const LeadField *f = leadField(k);
    return f ? f->key : k;
}

} // namespace

namespace {
/// The columns a recognised shape knows, fixed to their targets (unless
/// already fixed by a saved mapping); the fields they take are taken.
void fixBySource(const ImportSource &source, const QStringList &headers, QList<bool> &fixed,
                 QList<ImportColumn> &fixedColumns, QSet<QString> &taken)
{
    const QList<std::optional<QString>> targets = source.targetsOf(headers);
    for (int i = 0; i < headers.size() && i < targets.size(); ++i) {
        if (fixed.at(i) || !targets.at(i))
            continue;
        const QString field = canonicalField(*targets.at(i));
        if (!field.isEmpty() && !ImportMapping::acceptsSeveralColumns(field) && taken.contains(field))
            continue; // a field a saved mapping gave another column
        fixed[i] = true;
        fixedColumns[i] = ImportColumn{headers.at(i), field};
        if (!field.isEmpty())
            taken.insert(field);
    }
}
} // namespace

ImportMapping ImportMapping::autoMatch(const QStringList &headers)
{
    QList<bool> fixed(headers.size(), false);
    QList<ImportColumn> fixedColumns(headers.size());
    QSet<QString> taken;
    const ImportSource *source = recogniseImportSource(headers);
    if (source)
        fixBySource(*source, headers, fixed, fixedColumns, taken);
    ImportMapping out(settle(headers, guess(headers), fixed, fixedColumns, taken));
    if (source)
        out.m_source = source->id;
    return out;
}

ImportMapping ImportMapping::appliedTo(const QStringList &headers) const
{
    QList<bool> fixed(headers.size(), false);
    QList<ImportColumn> fixedColumns(headers.size());
    QSet<QString> taken;
    QHash<QString, int> seen; // header → occurrences so far
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = headers.at(i).trimmed();
        const int occurrence = seen[h]++;
        int n = 0;
        for (const ImportColumn &c : m_columns) {
            if (c.header.trimmed() != h)
                continue;
            if (n++ == occurrence) {
                fixed[i] = true;
                fixedColumns[i] = ImportColumn{headers.at(i), canonicalField(c.field)};
                if (!c.field.isEmpty())
                    taken.insert(canonicalField(c.field));
                break;
            }
        }
    }
    const ImportSource *source = m_source.isEmpty() ? recogniseImportSource(headers) : ImportSource::byId(m_source);
    if (source)
        fixBySource(*source, headers, fixed, fixedColumns, taken);
    ImportMapping out(settle(headers, guess(headers), fixed, fixedColumns, taken));
    out.m_values = m_values;
    out.m_source = source ? source->id : QString();
    return out;
}

QStringList ImportMapping::headers() const
{
    QStringList out;
    for (const ImportColumn &c : m_columns)
        out << c.header;
    return out;
}

QString ImportMapping::field(int index) const
{
    return index >= 0 && index < m_columns.size() ? m_columns.at(index).field : QString();
}

void ImportMapping::setField(int index, const QString &fieldKey)
{
    if (index >= 0 && index < m_columns.size())
        m_columns[index].field = canonicalField(fieldKey);
}

bool ImportMapping::mapsAnything() const
{
    for (const ImportColumn &c : m_columns)
        if (!c.field.isEmpty() && c.field != Extras)
            return true;
    return false;
}

QString ImportMapping::headerKey(const QString &header)
{
    const QString folded = Normalize::text(header);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

QString ImportMapping::numberless(const QString &key)
{
    QString out;
    out.reserve(key.size());
    bool inDigits = false;
    for (QChar c : key) {
        if (c.isDigit()) {
            if (!inDigits)
                out.append(QLatin1Char('#'));
            inDigits = true;
        } else {
            out.append(c);
            inDigits = false;
        }
    }
    return out;
}

QString ImportMapping::sourceName(const QString &id)
{
    if (const ImportSource *s = ImportSource::byId(id))
        return s->name();
    if (id == QLatin1String("vcard"))
        return tr("vCard address book");
    return {};
}

QStringList ImportMapping::unmappedHeaders() const
{
    QStringList out;
    for (const ImportColumn &c : m_columns)
        if (c.field.isEmpty())
            out << c.header;
    return out;
}

int ImportMapping::recognisedHeaders(const QStringList &cells)
{
    int n = 0;
    for (const QString &cell : cells) {
        const QString t = cell.trimmed();
        // A header is a few words, not a sentence nor a number.
        if (t.isEmpty() || t.size() > 60)
            continue;
        if (leadField(t) || isPseudoTarget(t) || lookup(headerKey(t)))
            ++n;
    }
    return n;
}

namespace {
QString valueKey(const QString &value)
{
    return Normalize::text(value.simplified());
}
} // namespace

std::optional<ImportValueChoice> ImportMapping::valueChoice(const QString &fieldKey, const QString &value) const
{
    const auto field = m_values.constFind(fieldKey);
    if (field == m_values.constEnd())
        return std::nullopt;
    const QString t = value.trimmed();
    if (const auto it = field->constFind(t); it != field->constEnd())
        return *it;
    const QString key = valueKey(t);
    for (auto it = field->constBegin(); it != field->constEnd(); ++it)
        if (valueKey(it.key()) == key)
            return *it;
    return std::nullopt;
}

void ImportMapping::setValueChoice(const QString &fieldKey, const QString &value, const ImportValueChoice &choice)
{
    m_values[canonicalField(fieldKey)].insert(value.trimmed(), choice);
}

Problems ImportMapping::check() const
{
    Problems problems;
    QHash<QString, QString> takenBy; // field → header
    for (const ImportColumn &c : m_columns) {
        if (c.field.isEmpty())
            continue;
        if (!isPseudoTarget(c.field)) {
            const LeadField *f = leadField(c.field);
            if (!f) {
                problems << Problem{c.header, tr("Column \"%1\": \"%2\" is not a lead field.").arg(c.header, c.field)};
                continue;
            }
            if (f->readOnly) {
                problems << Problem{c.header, tr("Column \"%1\": %2 is set by Quarry and cannot be imported.")
                                                  .arg(c.header, f->translatedLabel())};
                continue;
            }
        }
        if (acceptsSeveralColumns(c.field))
            continue;
        if (takenBy.contains(c.field))
            problems << Problem{c.header, tr("Columns \"%1\" and \"%2\" both fill %3; a field other than a list takes one column.")
                                              .arg(takenBy.value(c.field), c.header, targetLabel(c.field))};
        else
            takenBy.insert(c.field, c.header);
    }
    return problems;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray columns;
    for (const ImportColumn &c : m_columns)
        columns << QJsonObject{{QStringLiteral("header"), c.header},
                               {QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)}};
    QJsonObject json{{QStringLiteral("quarry_import_mapping"), 1}, {QStringLiteral("columns"), columns}};
    if (!m_source.isEmpty())
        json.insert(QStringLiteral("source"), m_source);
    if (!m_values.isEmpty()) {
        QJsonObject values;
        for (auto f = m_values.constBegin(); f != m_values.constEnd(); ++f) {
            QJsonObject map;
            for (auto v = f->constBegin(); v != f->constEnd(); ++v) {
                switch (v->action) {
                case ImportValueChoice::Action::Map: map.insert(v.key(), v->target); break;
                case ImportValueChoice::Action::Create:
                    map.insert(v.key(), QJsonObject{{QStringLiteral("create"), v->target.isEmpty() ? v.key() : v->target}});
                    break;
                case ImportValueChoice::Action::Empty: map.insert(v.key(), QJsonValue()); break;
                }
            }
            values.insert(f.key(), map);
        }
        json.insert(QStringLiteral("values"), values);
    }
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    QList<ImportColumn> columns;
    Problems problems;
    auto addEntry = [&](const QString &header, const QJsonValue &value) {
        if (!value.isNull() && !value.isUndefined() && !value.isString()) {
            problems << Problem{header, tr("Column \"%1\": the field must be a field name or null.").arg(header)};
            return;
        }
        const QString field = canonicalField(value.toString());
        if (!field.isEmpty() && !isPseudoTarget(field) && !leadField(field))
            problems << Problem{header, tr("Column \"%1\": \"%2\" is not a lead field.").arg(header, value.toString())};
        columns << ImportColumn{header, field};
    };
    const QJsonValue list = json.value(QStringLiteral("columns"));
    if (list.isArray()) {
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(QStringLiteral("header"))) {
                problems << Problem{QString(), tr("Each column of the mapping needs a \"header\".")};
                continue;
            }
            addEntry(o.value(QStringLiteral("header")).toString(), o.value(QStringLiteral("field")));
        }
    } else {
        const QJsonObject object = list.isObject() ? list.toObject() : json;
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != QLatin1String("quarry_import_mapping") && !(it.key() == QLatin1String("values") && it.value().isObject()))
                addEntry(it.key(), it.value());
    }
    ImportMapping mapping(columns);
    if (list.isArray())
        mapping.setSource(json.value(QStringLiteral("source")).toString());
    const QJsonValue values = json.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        problems << Problem{QStringLiteral("values"), tr("\"values\" must map each field to its values.")};
    const QJsonObject byField = values.toObject();
    for (auto f = byField.begin(); f != byField.end(); ++f) {
        const QString field = canonicalField(f.key());
        const LeadField *lf = leadField(field);
        if (!lf || lf->readOnly) {
            problems << Problem{QStringLiteral("values"), tr("Values for \"%1\": it is not a lead field.").arg(f.key())};
            continue;
        }
        if (!f.value().isObject()) {
            problems << Problem{QStringLiteral("values"), tr("Values for \"%1\" must be an object of file value → choice.").arg(f.key())};
            continue;
        }
        const QJsonObject map = f.value().toObject();
        for (auto v = map.begin(); v != map.end(); ++v) {
            ImportValueChoice choice;
            if (v.value().isNull()) {
                choice.action = ImportValueChoice::Action::Empty;
            } else if (v.value().isString()) {
                choice.action = ImportValueChoice::Action::Map;
                choice.target = v.value().toString().trimmed();
                if (choice.target.isEmpty())
                    choice.action = ImportValueChoice::Action::Empty;
            } else if (v.value().isObject() && v.value().toObject().contains(QStringLiteral("create"))) {
                choice.action = ImportValueChoice::Action::Create;
                const QJsonValue name = v.value().toObject().value(QStringLiteral("create"));
                choice.target = name.isString() ? name.toString().trimmed() : v.key().trimmed();
                if (choice.target.isEmpty())
                    choice.target = v.key().trimmed();
            } else {
                problems << Problem{QStringLiteral("values"),
                                    tr("Value \"%1\" of \"%2\": give an existing value's name, {\"create\": NAME} or null.")
                                        .arg(v.key(), f.key())};
                continue;
            }
            mapping.setValueChoice(field, v.key(), choice);
        }
    }
    if (!problems.isEmpty())
        return problems;
    return mapping;
}

VoidResult ImportMapping::save(const QString &path, const QString &databasePath) const
{
    if (VoidResult r = OutputPath::check(path, databasePath, QStringLiteral("mapping")); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return VoidResult::failure(QStringLiteral("mapping"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return VoidResult::failure(QStringLiteral("mapping"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    const auto bytes = InputFile::readAtMost(path, MaxFileBytes, QStringLiteral("mapping"));
    if (!bytes)
        return bytes.problems();
    if (bytes->size() > MaxFileBytes)
        return Result<ImportMapping>::failure(QStringLiteral("mapping"),
                                              tr("%1 is larger than 1 MiB: it is not a mapping file.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (doc.isNull() || !doc.isObject())
        return Result<ImportMapping>::failure(QStringLiteral("mapping"),
                                              tr("%1 is not a mapping file (a JSON object): %2").arg(path, error.errorString()));
    return fromJson(doc.object());
}

QStringList ImportMapping::targetFields()
{
    static const QStringList fields = [] {
        QStringList out;
        for (const LeadField &f : leadFields()) {
            if (f.readOnly)
                continue;
            out << f.key;
            if (f.key == QLatin1String("civility"))
                out << FullName << NamePrefix;
            else if (f.key == QLatin1String("last_name"))
                out << NameSuffix;
            else if (f.key == QLatin1String("street"))
                out << Street2;
        }
        return out;
    }();
    return fields;
}

QString ImportMapping::targetLabel(const QString &fieldKey)
{
    if (fieldKey == FullName)
        return tr("Full name (first and last name)");
    if (fieldKey == NamePrefix)
        return tr("Name prefix (civility, or kept as an extra)");
    if (fieldKey == NameSuffix)
        return tr("Name suffix (joins the last name)");
    if (fieldKey == Street2)
        return tr("Street, further line (joins the street)");
    const LeadField *f = leadField(fieldKey);
    return f ? f->translatedLabel() : fieldKey;
}

bool ImportMapping::acceptsSeveralColumns(const QString &fieldKey)
{
    if (fieldKey == Street2 || fieldKey == Extras)
        return true;
    const LeadField *f = isPseudoTarget(fieldKey) ? nullptr : leadField(fieldKey);
    return f && f->isList();
}
