#include "leadgenerator.h"

#include <QTimeZone>

#include <array>

namespace {

/// splitmix64: a fast, well-mixed hash of the seed and the lead index, so that
/// lead i never depends on leads before it.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next() { return m_state = mix(m_state); }
    int below(int n) { return int(next() % quint64(n)); }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items) { return items[size_t(below(int(N)))]; }

private:
    quint64 m_state;
};

QString fold(const QString &s)
{
    // Enough folding for the names below (the floor's keys only).
    static const QList<std::pair<QString, QString>> map = {
        {QStringLiteral("é"), QStringLiteral("e")}, {QStringLiteral("è"), QStringLiteral("e")},
        {QStringLiteral("ë"), QStringLiteral("e")}, {QStringLiteral("ü"), QStringLiteral("u")},
        {QStringLiteral("ö"), QStringLiteral("o")}, {QStringLiteral("ä"), QStringLiteral("a")},
        {QStringLiteral("ø"), QStringLiteral("o")}, {QStringLiteral("å"), QStringLiteral("a")},
        {QStringLiteral("æ"), QStringLiteral("ae")}, {QStringLiteral("ß"), QStringLiteral("ss")},
        {QStringLiteral("ł"), QStringLiteral("l")}, {QStringLiteral("ñ"), QStringLiteral("n")},
        {QStringLiteral("ç"), QStringLiteral("c")}, {QStringLiteral("ó"), QStringLiteral("o")},
        {QStringLiteral("á"), QStringLiteral("a")}, {QStringLiteral("í"), QStringLiteral("i")},
        {QStringLiteral("ś"), QStringLiteral("s")}, {QStringLiteral("ż"), QStringLiteral("z")},
    };
    QString out = s.toLower();
    bool ascii = true;
    for (QChar c : out)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii)
        for (const auto &[from, to] : map)
            out.replace(from, to);
    return out;
}

struct Country
{
    const char *code;
    const char *callingCode;
    std::array<const char *, 6> cities;
    const char *tld;
};

const std::array<Country, 8> Countries = {{
    {"FR", "33", {"Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"}, "fr"},
    {"US", "1", {"New York", "Chicago", "Austin", "Seattle", "Boston", "Denver"}, "com"},
    {"DE", "49", {"Berlin", "München", "Hamburg", "Köln", "Frankfurt", "Leipzig"}, "de"},
    {"GB", "44", {"London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff"}, "co.uk"},
    {"ES", "34", {"Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga"}, "es"},
    {"IT", "39", {"Roma", "Milano", "Torino", "Napoli", "Bologna", "Firenze"}, "it"},
    {"NL", "31", {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Leiden"}, "nl"},
    {"PL", "48", {"Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań"}, "pl"},
}};

const std::array<const char *, 48> FirstNames = {
    "Jean", "Marie", "Pierre", "Sophie", "Luc", "Camille", "Hélène", "François", "John", "Mary", "James",
    "Patricia", "Robert", "Linda", "Michael", "Martin", "Martha", "Marco", "Giulia", "Luca", "Sofia", "Hans",
    "Jürgen", "Anna", "Lukas", "Søren", "Mette", "Carlos", "María", "José", "Lucía", "Pablo", "Agnieszka",
    "Łukasz", "Paweł", "Zofia", "Emma", "Oliver", "Amelia", "Harry", "Daan", "Sanne", "Bram", "Fleur",
    "Martine", "Marcel", "Margaux", "Matteo"};

const std::array<const char *, 64> LastNames = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "Moreau",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Wagner", "Becker", "Hoffmann", "Rossi", "Russo",
    "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "García", "Fernández", "González", "Rodríguez",
    "López", "Martínez", "Sánchez", "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Lewandowski", "de Jong",
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Jensen", "Nielsen", "Hansen", "Pedersen",
    "Marchand", "Martel", "Mariani", "Marsh", "Marino", "Markovic", "Marquez"};

const std::array<const char *, 40> CompanyStems = {
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent",
    "Hooli", "Vandelay", "Massive", "Aperture", "Black Mesa", "Nakatomi", "Oscorp", "Gringotts", "Monarch",
    "Duff", "Pied Piper", "Dunder", "Sterling", "Prestige", "Bluth", "Kramerica", "Gekko", "Zorg", "Virtucon",
    "Nordwind", "Électricité", "Bâtiment", "Maritime", "Martel", "Marlin", "Mercator", "Orion", "Helios",
    "Atlas", "Zephyr"};

const std::array<const char *, 8> CompanySuffixes = {"SA", "SARL", "Inc.", "GmbH", "Ltd", "S.p.A.", "B.V.", "Group"};

const std::array<const char *, 12> Titles = {
    "Printer renewal", "CRM project", "Website redesign", "Office move", "Fleet leasing", "Cloud migration",
    "Training request", "Trade fair contact", "Maintenance contract", "Partnership", "Tender 2026", "Call back"};

// Open statuses only: a new lead cannot start converted or lost (those are
// reached through their dialogs), so an import refuses such rows.
const std::array<const char *, 4> Statuses = {"To be processed", "Marketing qualification", "Sales qualification",
                                              "Nurturing"};
const std::array<int, 4> StatusWeights = {45, 25, 18, 12};

QString digits(Rng &r, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + r.below(10)));
    return s;
}

/// A phone of the country as typed (national or international format) and
/// its E.164 key.
std::pair<QString, QString> phoneOf(Rng &r, const Country &c, bool international)
{
    const QString cc = QString::fromLatin1(c.callingCode);
    QString national; // significant number, without trunk prefix
    QString typed;
    const QString code = QString::fromLatin1(c.code);
    if (code == QLatin1String("FR")) {
        national = QString::number(1 + r.below(7)) + digits(r, 8);
        QStringList g{national.left(1)};
        for (int i = 1; i < 9; i += 2)
            g << national.mid(i, 2);
        typed = international ? QStringLiteral("+33 ") + g.join(QLatin1Char(' ')) : QLatin1Char('0') + g.join(QLatin1Char('.'));
    } else if (code == QLatin1String("US")) {
        national = QString::number(2 + r.below(8)) + digits(r, 2) + QString::number(2 + r.below(8)) + digits(r, 6);
        typed = international ? QStringLiteral("+1 %1 %2 %3").arg(national.left(3), national.mid(3, 3), national.mid(6))
                              : QStringLiteral("(%1) %2-%3").arg(national.left(3), national.mid(3, 3), national.mid(6));
    } else if (code == QLatin1String("DE")) {
        national = QStringLiteral("30") + digits(r, 8);
        typed = international ? QStringLiteral("+49 30 ") + national.mid(2) : QStringLiteral("030 ") + national.mid(2);
    } else if (code == QLatin1String("GB")) {
        national = QStringLiteral("20") + QString::number(3 + r.below(5)) + digits(r, 7);
        typed = international ? QStringLiteral("+44 20 %1 %2").arg(national.mid(2, 4), national.mid(6))
                              : QStringLiteral("020 %1 %2").arg(national.mid(2, 4), national.mid(6));
    } else if (code == QLatin1String("ES")) {
        national = QStringLiteral("91") + digits(r, 7);
        typed = international ? QStringLiteral("+34 ") + national : QStringLiteral("%1 %2 %3 %4").arg(national.left(2), national.mid(2, 3), national.mid(5, 2), national.mid(7));
    } else if (code == QLatin1String("IT")) {
        national = QStringLiteral("06") + digits(r, 8);
        typed = international ? QStringLiteral("+39 ") + national : QStringLiteral("06 %1 %2").arg(national.mid(2, 4), national.mid(6));
    } else if (code == QLatin1String("NL")) {
        national = QStringLiteral("20") + digits(r, 7);
        typed = international ? QStringLiteral("+31 20 ") + national.mid(2) : QStringLiteral("020-") + national.mid(2);
    } else {
        national = QStringLiteral("22") + digits(r, 7);
        typed = international ? QStringLiteral("+48 ") + national : QStringLiteral("22 %1 %2 %3").arg(national.mid(2, 3), national.mid(5, 2), national.mid(7));
    }
    return {typed, QLatin1Char('+') + cc + national};
}

QString asciiWord(const QString &s)
{
    QString out;
    for (QChar c : fold(s))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

QString csvQuote(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

LeadGenerator::LeadGenerator(quint64 seed) : m_seed(seed) {}

QStringList LeadGenerator::ownerLogins()
{
    QStringList out;
    for (int i = 1; i <= 12; ++i)
        out << QStringLiteral("seller%1").arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

QStringList LeadGenerator::tagNames()
{
    return {QStringLiteral("VIP"), QStringLiteral("Hot"), QStringLiteral("Trade fair"), QStringLiteral("Partner"),
            QStringLiteral("Newsletter"), QStringLiteral("Follow-up")};
}

GeneratedLead LeadGenerator::fresh(qint64 index) const
{
    Rng r(mix(m_seed ^ quint64(index) * 0x2545F4914F6CDD1DULL));
    GeneratedLead g;
    g.index = index;
    const Country &c = r.pick(Countries);
    g.countryCode = QString::fromLatin1(c.code);
    g.firstName = QString::fromUtf8(r.pick(FirstNames));
    g.lastName = QString::fromUtf8(r.pick(LastNames));
    const QString stem = QString::fromUtf8(r.pick(CompanyStems));
    // Several thousand distinct companies, as in a real book of leads.
    g.company = QStringLiteral("%1 %2 %3").arg(stem, QString::fromUtf8(r.pick(CompanySuffixes))).arg(r.below(500));
    g.title = QString::fromUtf8(r.pick(Titles));
    g.city = QString::fromUtf8(r.pick(c.cities));
    const QString domain = asciiWord(stem) + QString::number(r.below(500)) + QLatin1Char('.') + QString::fromLatin1(c.tld);
    // Unique enough: the index keeps two leads of the same name apart.
    QString local = asciiWord(g.firstName) + QLatin1Char('.') + asciiWord(g.lastName) + QString::number(index % 100000);
    if (r.below(5) == 0)
        local[0] = local[0].toUpper(); // typed with a capital: the key folds it
    g.email = local + QLatin1Char('@') + domain;
    const auto [phone, phoneKey] = phoneOf(r, c, r.below(3) == 0);
    g.phone = phone;
    g.phoneKey = phoneKey;
    if (r.below(3) == 0)
        g.mobile = phoneOf(r, c, true).first;
    int w = r.below(100);
    for (size_t s = 0; s < Statuses.size(); ++s) {
        if (w < StatusWeights[s]) {
            g.status = QString::fromLatin1(Statuses[s]);
            break;
        }
        w -= StatusWeights[s];
    }
    const QStringList owners = ownerLogins();
    const int owner = r.below(int(owners.size()) + 3);
    g.owner = owner < owners.size() ? owners.at(owner) : QString();
    g.score = r.below(6);
    const QStringList tags = tagNames();
    if (r.below(4) == 0)
        g.tags << tags.at(r.below(int(tags.size())));
    if (r.below(10) == 0)
        g.tags << tags.at(r.below(int(tags.size())));
    g.tags.removeDuplicates();
    g.createdAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc()).addSecs(qint64(index) * 30 + r.below(30));
    return g;
}

GeneratedLead LeadGenerator::lead(qint64 index) const
{
    const quint64 h = mix(m_seed * 31 + quint64(index));
    GeneratedLead g;
    if (index > 10 && h % 100 < 3) {
        // A near-duplicate of a recent lead, as a second import or a trade
        // fair list brings them.
        const qint64 of = index - 1 - qint64((h >> 8) % quint64(std::min<qint64>(index - 1, 5000)));
        g = fresh(of);
        g.index = index;
        g.duplicateOf = of;
        g.createdAt = g.createdAt.addDays(30);
        switch ((h >> 40) % 4) {
        case 0: g.lastName = g.lastName.toUpper(); break;
        case 1:
            g.firstName = fold(g.firstName);
            g.firstName[0] = g.firstName[0].toUpper();
            g.email = g.email.toUpper();
            break;
        case 2: {
            // The same number written the other way (international, grouped).
            const Country *country = &Countries[0];
            for (const Country &c : Countries)
                if (g.countryCode == QLatin1String(c.code))
                    country = &c;
            QString d = g.phoneKey.mid(1 + int(qstrlen(country->callingCode)));
            g.phone = QLatin1Char('+') + QString::fromLatin1(country->callingCode) + QLatin1Char(' ') + d;
            break;
        }
        default: g.email = QStringLiteral("contact%1@").arg(index) + g.email.section(QLatin1Char('@'), 1); break;
        }
    } else {
        g = fresh(index);
    }
    g.firstNameKey = fold(g.firstName);
    g.lastNameKey = fold(g.lastName);
    g.companyKey = fold(g.company);
    g.cityKey = fold(g.city);
    g.emailKey = g.email.toLower();
    return g;
}

QString LeadGenerator::csvHeader()
{
    return QStringLiteral("title,first_name,last_name,company,email,phone,mobile,city,country,status,assigned_to,score,tags");
}

QString LeadGenerator::csvRow(const GeneratedLead &g)
{
    const QStringList fields{g.title, g.firstName, g.lastName, g.company, g.email, g.phone, g.mobile, g.city,
                             g.countryCode, g.status, g.owner, QString::number(g.score), g.tags.join(QLatin1Char(';'))};
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvQuote(f);
    return quoted.join(QLatin1Char(','));
}
