#include "demodata.h"

#include "conversionservice.h"
#include "eventservice.h"
#include "leadfilter.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "lossservice.h"
#include "normalize.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QString tr(const char *s) { return QCoreApplication::translate("DemoData", s); }

/// A city of a demo country, with what the address needs.
struct DemoCity
{
    const char *name;
    const char *postalCode;
    const char *region;
    double lat;
    double lon;
};

/// One country's names, places, phone format and companies.
struct Profile
{
    const char *code;
    int weight;
    QList<const char *> firstNames;
    QList<const char *> lastNames;
    QList<DemoCity> cities;
    QList<const char *> streets;
    QList<const char *> companies;
    const char *phonePrefix;  ///< "+33 "
    QList<int> phoneGroups;   ///< digits per group after the prefix
    const char *tld;
};

const QList<Profile> &profiles()
{
    static const QList<Profile> list = {
        {"FR", 24,
         {"Élodie", "François", "Hélène", "Loïc", "Chloé", "Mathéo", "Inès", "Gaëlle", "Jérôme", "Anaïs", "Benoît", "Océane",
          "Amélie", "Théo", "Noémie", "Raphaël"},
         {"Lefèvre", "Dubœuf", "Giraud", "Mercier", "Faure", "Roussel", "Chevalier", "Bérenger", "Lemaître", "Gauthier",
          "Perrin", "Brisset", "Duchêne", "Marchand"},
         {{"Paris", "75011", "Île-de-France", 48.8566, 2.3522},
          {"Lyon", "69003", "Auvergne-Rhône-Alpes", 45.7640, 4.8357},
          {"Nantes", "44000", "Pays de la Loire", 47.2184, -1.5536},
          {"Bordeaux", "33000", "Nouvelle-Aquitaine", 44.8378, -0.5792},
          {"Lille", "59000", "Hauts-de-France", 50.6292, 3.0573}},
         {"rue de la République", "avenue Jean-Jaurès", "boulevard Voltaire", "rue des Écoles", "quai Saint-Antoine"},
         {"Boulangeries Giraud", "Transports Mercier", "Atelier Lumière", "Groupe Hélios", "Cabinet Faure & Associés",
          "Vignobles Duchêne", "Électricité Roussel", "Clinique du Parc"},
         "+33 ", {1, 2, 2, 2, 2}, "fr"},
        {"DE", 16,
         {"Jürgen", "Björn", "Käthe", "Lukas", "Jörg", "Anja", "Sören", "Mareike", "Günther", "Lea", "Matthias", "Franziska"},
         {"Müller", "Weiß", "Schäfer", "Köhler", "Groß", "Becker", "Hoffmann", "Schröder", "Krüger", "Vogel"},
         {{"Berlin", "10115", "Berlin", 52.5200, 13.4050},
          {"München", "80331", "Bayern", 48.1351, 11.5820},
          {"Hamburg", "20095", "Hamburg", 53.5511, 9.9937},
          {"Köln", "50667", "Nordrhein-Westfalen", 50.9375, 6.9603}},
         {"Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Schillerstraße"},
         {"Nordlicht Logistik GmbH", "Müller Maschinenbau AG", "Bäckerei Schäfer", "Grünwald Energie GmbH",
          "Köhler & Söhne KG", "Weiß Medizintechnik"},
         "+49 ", {2, 4, 4}, "de"},
        {"ES", 12,
         {"José", "Inés", "Begoña", "Álvaro", "Lucía", "Íñigo", "María", "Sofía", "Rubén", "Nuria"},
         {"Núñez", "Peña", "García", "Ibáñez", "Fernández", "Muñoz", "Sáez", "Martínez", "Gómez"},
         {{"Madrid", "28013", "Comunidad de Madrid", 40.4168, -3.7038},
          {"Sevilla", "41004", "Andalucía", 37.3891, -5.9845},
          {"Barcelona", "08002", "Cataluña", 41.3874, 2.1686},
          {"Valencia", "46002", "Comunidad Valenciana", 39.4699, -0.3763}},
         {"Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia"},
         {"Transportes Peña S.L.", "Hoteles Ibáñez", "Construcciones Núñez", "Bodegas Sáez", "Farmacia Muñoz"},
         "+34 ", {3, 3, 3}, "es"},
        {"PL", 8,
         {"Łukasz", "Zofia", "Wojciech", "Małgorzata", "Paweł", "Agnieszka", "Jędrzej", "Katarzyna"},
         {"Wiśniewski", "Kowalczyk", "Wójcik", "Zieliński", "Dąbrowski", "Łukasik", "Szymańska"},
         {{"Kraków", "31-042", "Małopolskie", 50.0647, 19.9450},
          {"Łódź", "90-001", "Łódzkie", 51.7592, 19.4560},
          {"Warszawa", "00-001", "Mazowieckie", 52.2297, 21.0122}},
         {"ulica Długa", "ulica Piotrkowska", "aleja Jana Pawła II"},
         {"Wiśniewski Logistyka", "Dąbrowski Meble", "Polskie Okna sp. z o.o.", "Zielony Ogród"},
         "+48 ", {3, 3, 3}, "pl"},
        {"DK", 5,
         {"Søren", "Åsa", "Mette", "Jørgen", "Freja", "Mikkel"},
         {"Jørgensen", "Ærø", "Sørensen", "Nørgaard", "Kjær"},
         {{"København", "1050", "Hovedstaden", 55.6761, 12.5683}, {"Aarhus", "8000", "Midtjylland", 56.1629, 10.2039}},
         {"Østergade", "Nørrebrogade", "Strandvejen"},
         {"Nørgaard Design ApS", "Kjær Shipping", "Øresund Foods"},
         "+45 ", {2, 2, 2, 2}, "dk"},
        {"PT", 5,
         {"João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Mariana"},
         {"Gonçalves", "Simões", "Magalhães", "Araújo", "Guimarães"},
         {{"Lisboa", "1100-148", "Lisboa", 38.7223, -9.1393}, {"Porto", "4000-322", "Porto", 41.1579, -8.6291}},
         {"Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"},
         {"Simões & Filhos", "Conservas Magalhães", "Têxteis Araújo"},
         "+351 ", {3, 3, 3}, "pt"},
        {"IT", 8,
         {"Niccolò", "Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Nicolò"},
         {"Russo", "Esposito", "Bianchi", "Ricci", "Colombo", "De Luca", "Mancini"},
         {{"Milano", "20121", "Lombardia", 45.4642, 9.1900}, {"Torino", "10121", "Piemonte", 45.0703, 7.6869},
          {"Bologna", "40121", "Emilia-Romagna", 44.4949, 11.3426}},
         {"Via Roma", "Corso Italia", "Via Garibaldi"},
         {"Ricci Arredamenti", "Colombo Trasporti S.r.l.", "Pasticceria Bianchi", "Mancini Impianti"},
         "+39 ", {2, 4, 4}, "it"},
        {"GB", 10,
         {"Oliver", "Emma", "Siobhan", "Harry", "Amelia", "Niamh", "George", "Isla"},
         {"Smith", "O'Brien", "Taylor", "Fitzgerald", "Hughes", "Patel", "MacLeod"},
         {{"London", "EC1A 1BB", "England", 51.5074, -0.1278}, {"Manchester", "M1 1AE", "England", 53.4808, -2.2426},
          {"Edinburgh", "EH1 1YZ", "Scotland", 55.9533, -3.1883}},
         {"High Street", "Station Road", "Church Lane", "Victoria Road"},
         {"Hughes & Taylor Ltd", "Thames Valley Couriers", "Highland Outdoor Co.", "Patel Pharmacy Group"},
         "+44 ", {4, 3, 3}, "co.uk"},
        {"CZ", 4,
         {"Tomáš", "Kateřina", "Jiří", "Lucie", "Ondřej"},
         {"Dvořák", "Novák", "Svobodová", "Černý", "Procházka"},
         {{"Praha", "110 00", "Praha", 50.0755, 14.4378}, {"Brno", "602 00", "Jihomoravský", 49.1951, 16.6068}},
         {"Václavské náměstí", "Národní třída"},
         {"Dvořák Stavby s.r.o.", "Pivovar Černý", "Novák Elektro"},
         "+420 ", {3, 3, 3}, "cz"},
        {"TR", 4,
         {"Çağrı", "Ayşe", "Gökhan", "Şule", "Emre"},
         {"Şahin", "Yılmaz", "Öztürk", "Çelik", "Aydın"},
         {{"İstanbul", "34000", "İstanbul", 41.0082, 28.9784}, {"İzmir", "35000", "İzmir", 38.4237, 27.1428}},
         {"İstiklal Caddesi", "Atatürk Bulvarı"},
         {"Öztürk Tekstil", "Yılmaz Lojistik A.Ş.", "Çelik Yapı"},
         "+90 ", {3, 3, 2, 2}, "com.tr"},
        {"US", 4,
         {"Michael", "Jessica", "DeShawn", "Ashley", "Chris", "Madison"},
         {"Johnson", "Williams", "Rodriguez", "Nguyen", "Kowalski"},
         {{"Boston", "02108", "Massachusetts", 42.3601, -71.0589}, {"Chicago", "60601", "Illinois", 41.8781, -87.6298}},
         {"Main Street", "Oak Avenue", "Market Street"},
         {"Lakeside Fleet Services", "Nguyen Family Dental", "Bay State Builders"},
         "+1 ", {3, 3, 4}, "com"},
    };
    return list;
}

const QList<const char *> kTitles = {
    QT_TRANSLATE_NOOP("DemoData", "%1 vans for the spring fleet"),
    QT_TRANSLATE_NOOP("DemoData", "CRM rollout for %1 sales reps"),
    QT_TRANSLATE_NOOP("DemoData", "Office Wi-Fi upgrade (%1 access points)"),
    QT_TRANSLATE_NOOP("DemoData", "Maintenance contract for %1 vehicles"),
    QT_TRANSLATE_NOOP("DemoData", "Fleet telematics pilot on %1 trucks"),
    QT_TRANSLATE_NOOP("DemoData", "%1 laptops for the new office"),
    QT_TRANSLATE_NOOP("DemoData", "Renewal of %1 leases"),
    QT_TRANSLATE_NOOP("DemoData", "Training for %1 drivers"),
    QT_TRANSLATE_NOOP("DemoData", "Electric charging points (%1 bays)"),
    QT_TRANSLATE_NOOP("DemoData", "Quote request: %1 light trucks"),
};

const QList<const char *> kDescriptions = {
    "<p>Met at the <b>trade show</b>; wants a demo before the end of the quarter.</p>",
    "<p>Current supplier contract ends soon. Asked for a <i>detailed quote</i> and references.</p>",
    "<p>Inbound request from the website form.</p><ul><li>Needs delivery within 8 weeks</li><li>Prefers leasing</li></ul>",
    "<p>Referred by an existing customer. Decision expected after the board meeting.</p>",
    "<p>Budget approved for this year; comparing three offers.</p>",
    "",
};

struct Ref
{
    const char *name;
    const char *color;
};

/// The id of `name` in the list, created when missing.
qint64 ensure(ReferenceService &refs, RefKind kind, const QString &name, const QString &color = {}, qint64 parent = 0)
{
    if (auto id = refs.resolve(kind, name, false, parent); id && id.value())
        return id.value();
    auto added = refs.add(kind, ReferenceItem{0, name, color, {}, parent});
    return added ? added->id : 0;
}

QList<qint64> ensureAll(ReferenceService &refs, RefKind kind, const QList<const char *> &names)
{
    QList<qint64> ids;
    for (const char *n : names)
        if (const qint64 id = ensure(refs, kind, QString::fromUtf8(n)))
            ids << id;
    return ids;
}

/// "Boulangeries Giraud" → "boulangeriesgiraud", for demo mail domains.
QString domainPart(const QString &name)
{
    QString key = Normalize::text(name);
    static const QRegularExpression noise(QStringLiteral("\\b(gmbh|ag|kg|s\\.?l\\.?|s\\.?r\\.?l\\.?|ltd|co|aps|a\\.s|sp z o\\.o|s\\.r\\.o)\\b"));
    key.remove(noise);
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return key.left(24);
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + (i == 0 ? 1 + pick(9) : pick(10)));
        return s;
    }

    QString phone(const Profile &p)
    {
        QStringList groups;
        for (int g : p.phoneGroups)
            groups << digits(g);
        return QString::fromUtf8(p.phonePrefix) + groups.join(QLatin1Char(' '));
    }

    const Profile &profile()
    {
        int total = 0;
        for (const Profile &p : profiles())
            total += p.weight;
        int r = pick(total);
        for (const Profile &p : profiles()) {
            if (r < p.weight)
                return p;
            r -= p.weight;
        }
        return profiles().first();
    }

private:
    QRandomGenerator m_rng;
};

/// Restores the workspace clock when the fill ends, however it ends, and
/// tells the views to reload when the fill failed: the leads they were told
/// of were rolled back.
class FillGuard
{
public:
    explicit FillGuard(Workspace &ws) : m_ws(ws), m_saved(ws.clock()) {}
    ~FillGuard()
    {
        m_ws.setClock(m_saved);
        if (!m_done)
            emit m_ws.leadsReset();
    }
    void done() { m_done = true; }

private:
    Workspace &m_ws;
    std::function<QDateTime()> m_saved;
    bool m_done = false;
};

/// Events around the lead's life, and for some leads an outcome: lost
/// with a reason, or converted into a partner (with an opportunity), so
/// that every kanban column and the closed lists have something.
VoidResult addOutcome(Workspace &ws, Generator &g, const Lead &lead, const QDateTime &created, const QDateTime &end)
{
    static const QList<std::pair<Event::Kind, const char *>> subjects = {
        {Event::Kind::Call, QT_TRANSLATE_NOOP("DemoData", "Discovery call")},
        {Event::Kind::Meeting, QT_TRANSLATE_NOOP("DemoData", "Product demo")},
        {Event::Kind::Call, QT_TRANSLATE_NOOP("DemoData", "Follow-up on the quote")},
        {Event::Kind::Task, QT_TRANSLATE_NOOP("DemoData", "Send the brochure")},
        {Event::Kind::Meeting, QT_TRANSLATE_NOOP("DemoData", "On-site visit")},
    };
    // Decided first: a lead lost or converted has only past events.
    const int roll = g.pick(100);
    const bool closes = roll < 14;
    if (g.chance(45)) {
        for (int n = 1 + g.pick(2); n > 0; --n) {
            const auto &[kind, subject] = g.any(subjects);
            Event e;
            e.leadId = lead.id;
            e.kind = lead.doNotCall && kind == Event::Kind::Call ? Event::Kind::Task : kind;
            e.subject = tr(subject);
            // Some in the past (done), some in the coming weeks (planned).
            const bool past = closes || g.chance(50);
            QDateTime at = past ? created.addDays(1 + g.pick(20)) : end.addDays(1 + g.pick(30));
            if (at > end && past)
                at = end.addDays(-1);
            at.setTime(QTime(9 + g.pick(8), g.chance(50) ? 0 : 30));
            e.startsAt = at;
            e.durationMinutes = e.kind == Event::Kind::Meeting ? 60 : 30;
            e.state = past ? Event::State::Done : Event::State::Planned;
            e.ownerId = lead.assignedTo;
            if (auto r = ws.events().add(e); !r)
                return r.problems();
        }
    }
    if (roll < 8) {
        const QList<ReferenceItem> reasons = ws.losses().reasons();
        if (!reasons.isEmpty())
            if (auto r = ws.losses().lose(lead.id, g.any(reasons).id, QCoreApplication::translate("DemoData", "Went with another supplier this year.")); !r)
                return r.problems();
    } else if (roll < 14 && !lead.company.isEmpty()) {
        ConversionRequest request = ws.conversions().defaultRequest(lead.id);
        request.createOpportunity = true;
        if (auto r = ws.conversions().convert(request); !r)
            return r.problems();
    }
    return {};
}

} // namespace

namespace DemoData {

Result<int> fill(Workspace &ws, const Options &options)
{
    if (options.leads < 0 || options.leads > 100000)
        return Result<int>::failure(QStringLiteral("leads"), tr("Demo data holds from 0 to 100,000 leads."));
    if (ws.leadRepository().count(LeadFilter{}) > 0)
        return Result<int>::failure(QStringLiteral("leads"),
                                    tr("The database already has leads: demo data is only added to an empty database."));

    FillGuard guard(ws);
    const QDateTime end = ws.now();
    Generator g(options.seed);
    ReferenceService &refs = ws.references();
    Transaction tx(ws.database());
    if (!tx.isActive())
        return tx.failure();

    // People who own leads: the current user and a small sales team.
    QList<qint64> owners{ws.currentUserId()};
    const QList<std::array<const char *, 3>> demoUsers = {
        {"amelie.roux", "Amélie Roux", "amelie.roux@quarry.example"},
        {"jonas.berg", "Jonas Berg", "jonas.berg@quarry.example"},
        {"ines.navarro", "Inés Navarro", "ines.navarro@quarry.example"},
        {"kenji.sato", "Kenji Satō", "kenji.sato@quarry.example"},
    };
    for (const auto &u : demoUsers) {
        const QString login = QString::fromUtf8(u[0]);
        if (auto existing = ws.users().resolve(login)) {
            owners << existing->id;
            continue;
        }
        User user;
        user.login = login;
        user.name = QString::fromUtf8(u[1]);
        user.email = QString::fromUtf8(u[2]);
        auto added = ws.users().add(user);
        if (!added)
            return added.problems();
        owners << added->id;
    }

    const QList<qint64> functions = ensureAll(refs, RefKind::Function,
        {"Chief Executive Officer", "Sales Manager", "Fleet Manager", "Purchasing Manager", "IT Director", "Office Manager",
         "Chief Financial Officer", "Operations Director", "Marketing Manager", "Head of Procurement"});
    const QList<qint64> industries = ensureAll(refs, RefKind::Industry,
        {"Logistics", "Retail", "Manufacturing", "Healthcare", "Hospitality", "Construction", "Software", "Food and beverage",
         "Energy", "Public sector"});
    const QList<qint64> departments = ensureAll(refs, RefKind::Department,
        {"Purchasing", "IT", "Operations", "Finance", "Marketing", "Management"});
    const QList<qint64> categories = ensureAll(refs, RefKind::Category, {"Small business", "Mid-market", "Enterprise"});
    const QList<qint64> campaigns = ensureAll(refs, RefKind::Campaign, {"Spring fleet 2026", "Autumn webinar series"});
    const QList<qint64> channels = ensureAll(refs, RefKind::DistributionChannel, {"Newsletter", "LinkedIn", "Trade press"});
    const QList<qint64> lists = ensureAll(refs, RefKind::MarketingList,
        {"Spring newsletter", "Trade show follow-up", "Webinar attendees"});
    const QList<qint64> sources = [&] {
        QList<qint64> ids;
        for (const ReferenceItem &s : refs.list(RefKind::Source))
            ids << s.id;
        return ids;
    }();
    QList<qint64> tags;
    for (const Ref &t : {Ref{"VIP", "#d64545"}, Ref{"Hot", "#e8793a"}, Ref{"Trade show 2026", "#3a7bd5"},
                         Ref{"Newsletter", "#2e9e6b"}, Ref{"Partner referral", "#8e5cc4"}, Ref{"Follow-up", "#c9a227"},
                         Ref{"Public sector", "#4a6b8a"}})
        if (const qint64 id = ensure(refs, RefKind::Tag, QString::fromUtf8(t.name), QString::fromLatin1(t.color)))
            tags << id;
    const qint64 vehicles = ensure(refs, RefKind::SalesDirection, QStringLiteral("Vehicles"));
    const qint64 services = ensure(refs, RefKind::SalesDirection, QStringLiteral("Services"));
    const QList<std::pair<qint64, qint64>> products = {
        {vehicles, ensure(refs, RefKind::Product, QStringLiteral("Electric vans"), {}, vehicles)},
        {vehicles, ensure(refs, RefKind::Product, QStringLiteral("Light trucks"), {}, vehicles)},
        {services, ensure(refs, RefKind::Product, QStringLiteral("Maintenance contract"), {}, services)},
        {services, ensure(refs, RefKind::Product, QStringLiteral("Fleet telematics"), {}, services)},
    };

    QHash<QString, qint64> countryIds;
    for (const Profile &p : profiles()) {
        auto id = refs.resolve(RefKind::Country, QString::fromLatin1(p.code), false);
        countryIds.insert(QString::fromLatin1(p.code), id ? id.value() : 0);
        for (const DemoCity &c : p.cities) {
            City city{0, QString::fromUtf8(c.name), QString::fromUtf8(c.postalCode), QString::fromUtf8(c.region),
                      countryIds.value(QString::fromLatin1(p.code)), c.lat, c.lon};
            (void)refs.addCity(city); // already there on a second fill: fine
        }
    }

    // Open statuses, weighted towards the start of the funnel.
    QList<qint64> openStatuses;
    for (const LeadStatus &s : ws.statuses().all())
        if (s.isOpen)
            openStatuses << s.id;
    const QList<int> statusWeights = {35, 25, 25, 15};

    const QStringList civilities{QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr")};
    const QStringList sizes{QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"),
                            QStringLiteral("201-500"), QStringLiteral("501-1000"), QStringLiteral("1001+")};
    const QStringList levels{QStringLiteral("decides_alone"), QStringLiteral("decides_with_others"),
                             QStringLiteral("influences"), QStringLiteral("prepares")};
    const QStringList terms{QStringLiteral("under_1_month"), QStringLiteral("1_3_months"), QStringLiteral("3_6_months"),
                            QStringLiteral("6_12_months")};

    Lead previous;
    int created = 0;
    for (int i = 0; i < options.leads; ++i) {
        const Profile &p = g.profile();
        const DemoCity &city = g.any(p.cities);
        Lead lead;
        const bool companyOnly = g.chance(8);
        const bool individual = !companyOnly && g.chance(10);
        if (!companyOnly) {
            lead.firstName = QString::fromUtf8(g.any(p.firstNames));
            lead.lastName = QString::fromUtf8(g.any(p.lastNames));
            lead.civility = g.chance(70) ? g.any(civilities) : QString();
        }
        if (!individual)
            lead.company = QString::fromUtf8(g.any(p.companies));
        lead.title = tr(g.any(kTitles)).arg(2 + g.pick(60));
        const QString domain = (individual ? QStringLiteral("mail") : domainPart(lead.company)) + QLatin1Char('.')
                               + QString::fromLatin1(p.tld);
        if (!companyOnly && g.chance(92)) {
            const QString local = Normalize::text(lead.firstName + QLatin1Char('.') + lead.lastName)
                                      .remove(QRegularExpression(QStringLiteral("[^a-z0-9.]")));
            lead.emails << local + QLatin1Char('@') + domain;
            if (g.chance(20))
                lead.emails << local.left(1) + Normalize::text(lead.lastName).remove(QRegularExpression(QStringLiteral("[^a-z]")))
                                   + QStringLiteral("@gmail.com");
        } else if (companyOnly) {
            lead.emails << QStringLiteral("contact@") + domain;
        }
        lead.phones << g.phone(p);
        if (g.chance(25))
            lead.phones << g.phone(p);
        if (g.chance(50))
            lead.mobile = g.phone(p);
        if (!individual && g.chance(60))
            lead.website = QStringLiteral("https://www.") + domain;
        if (!individual && g.chance(20))
            lead.tin = g.digits(9);
        lead.functionId = companyOnly ? 0 : g.any(functions);
        lead.departmentId = g.chance(60) ? g.any(departments) : 0;
        lead.industryId = g.any(industries);
        lead.street = QString::number(1 + g.pick(180)) + QLatin1Char(' ') + QString::fromUtf8(g.any(p.streets));
        lead.postalCode = QString::fromUtf8(city.postalCode);
        lead.city = QString::fromUtf8(city.name);
        lead.region = QString::fromUtf8(city.region);
        lead.countryId = countryIds.value(QString::fromLatin1(p.code));
        if (g.chance(70)) {
            lead.latitude = city.lat + (g.pick(200) - 100) / 5000.0;
            lead.longitude = city.lon + (g.pick(200) - 100) / 5000.0;
        }
        lead.description = QString::fromUtf8(g.any(kDescriptions));
        if (g.chance(30))
            lead.requirements = tr("Delivery before the end of the quarter; on-site training for the team.");

        int r = g.pick(100);
        for (int s = 0; s < openStatuses.size(); ++s) {
            const int w = s < statusWeights.size() ? statusWeights.at(s) : 5;
            if (r < w || s == openStatuses.size() - 1) {
                lead.statusId = openStatuses.at(s);
                break;
            }
            r -= w;
        }
        lead.assignedTo = g.chance(70) ? g.any(owners) : 0;
        lead.score = QList<int>{0, 1, 2, 2, 3, 3, 3, 4, 4, 5}.at(g.pick(10));
        lead.companySize = individual ? QString() : g.any(sizes);
        lead.keyAccount = !individual && g.chance(8);
        lead.nurturing = openStatuses.size() >= 4 && lead.statusId == openStatuses.at(3);
        lead.sourceId = sources.isEmpty() ? 0 : g.any(sources);
        lead.categoryId = individual ? 0 : g.any(categories);
        for (int t = g.pick(4); t > 0; --t)
            lead.tagIds << g.any(tags);
        lead.campaignId = g.chance(40) ? g.any(campaigns) : 0;
        lead.distributionChannelId = g.chance(30) ? g.any(channels) : 0;
        if (g.chance(35))
            lead.marketingListIds << g.any(lists);
        if (g.chance(45)) {
            const auto &[direction, product] = g.any(products);
            lead.salesDirectionId = direction;
            lead.productId = product;
            lead.goal = tr("Cut running costs by 15% within two years");
            lead.budgetSet = g.chance(50);
            lead.estimatedAmount = 5000.0 * (1 + g.pick(40));
            if (lead.budgetSet)
                lead.budget = *lead.estimatedAmount * 1.1;
            lead.terms = g.any(terms);
            lead.contactLevel = g.any(levels);
            if (lead.contactLevel != QLatin1String("decides_alone"))
                lead.decisionMaker = QString::fromUtf8(g.any(p.firstNames)) + QLatin1Char(' ')
                                     + QString::fromUtf8(g.any(p.lastNames));
            lead.competitors = g.chance(50) ? QStringLiteral("FleetCo, VanLease") : QString();
        }
        // A few near-duplicates of the previous lead, for the duplicate check.
        if (i > 0 && i % 45 == 0 && !previous.lastName.isEmpty()) {
            lead.firstName = previous.firstName.toUpper();
            lead.lastName = previous.lastName;
            lead.company = previous.company;
            lead.emails = QStringList{previous.emails.value(0).toUpper()};
            lead.emails.removeAll(QString());
        }

        // Creation dates spread over six months, oldest first.
        const qint64 minutesBack = qint64(options.leads - i) * 180 * 24 * 60 / qMax(1, options.leads) + g.pick(600);
        const QDateTime at = end.addSecs(-60 * minutesBack);
        ws.setClock([at] { return at; });
        auto saved = ws.leads().create(lead);
        if (!saved)
            return saved.problems();
        previous = saved->lead;
        ++created;
        if (VoidResult r = addOutcome(ws, g, saved->lead, at, end); !r)
            return r.problems();
    }
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    guard.done();
    return created;
}

} // namespace DemoData
