#include "countrynames.h"

#include "normalize.h"

#include <QHash>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace {

/// Letters and digits of the folded text: "États-Unis" and "etats unis" meet.
QString key(const QString &text)
{
    const QString folded = Normalize::text(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> t;
        auto add = [&t](const QString &name, const QString &code) {
            const QString k = key(name);
            if (!k.isEmpty() && !t.contains(k))
                t.insert(k, code);
        };
        // Common variants first: they win over a language's homonym.
        const struct { const char *names; const char *code; } variants[] = {
            {"usa|u.s.a.|u.s.|united states of america|america|etats-unis d'amerique|vereinigte staaten", "US"},
            {"uk|u.k.|great britain|britain|england|scotland|wales|northern ireland|angleterre|grande-bretagne|"
             "ecosse|pays de galles|royaume uni", "GB"},
            {"holland|hollande|the netherlands", "NL"},
            {"czech republic|republique tcheque|tschechien", "CZ"},
            {"russia|russian federation|russie", "RU"},
            {"south korea|korea|republic of korea|coree du sud", "KR"},
            {"north korea|coree du nord", "KP"},
            {"ivory coast|cote d'ivoire", "CI"},
            {"vietnam|viet nam", "VN"},
            {"turkey|turkiye", "TR"},
            {"iran|persia", "IR"},
            {"uae|emirates", "AE"},
        };
        for (const auto &v : variants)
            for (const QString &n : QString::fromUtf8(v.names).split(QLatin1Char('|')))
                add(n, QString::fromLatin1(v.code));
        const char *languages[] = {"en", "fr", "de", "es", "it", "nl", "pt"};
        for (const char *const *c = icu::Locale::getISOCountries(); *c; ++c) {
            const QString code = QString::fromLatin1(*c);
            const icu::Locale country("", *c);
            for (const char *language : languages) {
                icu::UnicodeString name;
                country.getDisplayCountry(icu::Locale(language), name);
                if (fromIcu(name) != code) // ICU gives the code back when it has no name
                    add(fromIcu(name), code);
            }
            add(QString::fromLatin1(country.getISO3Country()), code);
        }
        return t;
    }();
    return names;
}

} // namespace

QString CountryNames::codeFor(const QString &text)
{
    const QString k = key(text);
    if (k.isEmpty())
        return {};
    if (const QString code = table().value(k); !code.isEmpty())
        return code;
    if (k.size() == 2 && k.at(0).isLetter() && k.at(1).isLetter())
        return k.toUpper();
    return {};
}
