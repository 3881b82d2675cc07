#include "vcardcard.h"

#include "csvformat.h"
#include "vcardreader.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace {

/// Characters of an X-ABLabel kept.
constexpr qsizetype kMaxLabel = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("Vcard", text);
}

/// Decodes QUOTED-PRINTABLE: "=XX" is a byte, a '=' before a line end (left
/// by a writer that folded after the soft break) is dropped, anything else
/// is itself.
QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out += char(hex(in[i + 1]) * 16 + hex(in[i + 2]));
            i += 2;
        } else if (c == '=' && i + 1 < in.size() && (in[i + 1] == '\r' || in[i + 1] == '\n')) {
            ++i;
            if (in[i] == '\r' && i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else if (c == '=' && i + 1 == in.size()) {
            // A soft break at the very end: nothing followed it.
        } else {
            out += c;
        }
    }
    return out;
}

/// ISO-8859-15 differs from Latin-1 in eight places.
QString decodeLatin9(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    for (QChar &ch : text) {
        switch (ch.unicode()) {
        case 0xA4: ch = QChar(0x20AC); break;
        case 0xA6: ch = QChar(0x0160); break;
        case 0xA8: ch = QChar(0x0161); break;
        case 0xB4: ch = QChar(0x017D); break;
        case 0xB8: ch = QChar(0x017E); break;
        case 0xBC: ch = QChar(0x0152); break;
        case 0xBD: ch = QChar(0x0153); break;
        case 0xBE: ch = QChar(0x0178); break;
        default: break;
        }
    }
    return text;
}

/// Splits on `separator` where it is not escaped by a backslash; the pieces
/// keep their escapes.
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList pieces;
    QString piece;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            piece += c;
            piece += text[++i];
        } else if (c == separator) {
            pieces << piece;
            piece.clear();
        } else {
            piece += c;
        }
    }
    pieces << piece;
    return pieces;
}

/// Undoes the backslash escapes: \n and \N are a line end, \, \; \: \\ the
/// character; any other backslash is kept (a Windows path in a note).
QString unescape(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text[i + 1];
        if (next == QLatin1Char('n') || next == QLatin1Char('N')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char(':')
                   || next == QLatin1Char('\\')) {
            out += next;
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

/// Line ends and runs of spaces as one space: an extras line stays one line.
QString oneLine(const QString &text)
{
    return text.simplified();
}

/// Apple's built-in labels ("_$!<HomePage>!$_") read as words.
QString readableLabel(const QString &label)
{
    QString l = label.trimmed();
    if (l.startsWith(QLatin1String("_$!<")) && l.endsWith(QLatin1String(">!$_")))
        l = l.mid(4, l.size() - 8);
    static const QHash<QString, const char *> known = {
        {QStringLiteral("HomePage"), QT_TRANSLATE_NOOP("Vcard", "Home page")},
        {QStringLiteral("Other"), QT_TRANSLATE_NOOP("Vcard", "Other")},
        {QStringLiteral("Home"), QT_TRANSLATE_NOOP("Vcard", "Home")},
        {QStringLiteral("Work"), QT_TRANSLATE_NOOP("Vcard", "Work")},
        {QStringLiteral("Mobile"), QT_TRANSLATE_NOOP("Vcard", "Mobile")},
        {QStringLiteral("Main"), QT_TRANSLATE_NOOP("Vcard", "Main")},
        {QStringLiteral("Pager"), QT_TRANSLATE_NOOP("Vcard", "Pager")},
        {QStringLiteral("HomeFAX"), QT_TRANSLATE_NOOP("Vcard", "Home fax")},
        {QStringLiteral("WorkFAX"), QT_TRANSLATE_NOOP("Vcard", "Work fax")},
        {QStringLiteral("OtherFAX"), QT_TRANSLATE_NOOP("Vcard", "Other fax")},
        {QStringLiteral("Anniversary"), QT_TRANSLATE_NOOP("Vcard", "Anniversary")},
        {QStringLiteral("Friend"), QT_TRANSLATE_NOOP("Vcard", "Friend")},
        {QStringLiteral("Spouse"), QT_TRANSLATE_NOOP("Vcard", "Spouse")},
        {QStringLiteral("Partner"), QT_TRANSLATE_NOOP("Vcard", "Partner")},
        {QStringLiteral("Child"), QT_TRANSLATE_NOOP("Vcard", "Child")},
        {QStringLiteral("Parent"), QT_TRANSLATE_NOOP("Vcard", "Parent")},
        {QStringLiteral("Father"), QT_TRANSLATE_NOOP("Vcard", "Father")},
        {QStringLiteral("Mother"), QT_TRANSLATE_NOOP("Vcard", "Mother")},
        {QStringLiteral("Brother"), QT_TRANSLATE_NOOP("Vcard", "Brother")},
        {QStringLiteral("Sister"), QT_TRANSLATE_NOOP("Vcard", "Sister")},
        {QStringLiteral("Assistant"), QT_TRANSLATE_NOOP("Vcard", "Assistant")},
        {QStringLiteral("Manager"), QT_TRANSLATE_NOOP("Vcard", "Manager")},
    };
    if (const auto it = known.constFind(l); it != known.constEnd())
        return tr(it.value());
    // A label names a kind: one of many lines may share it, so it is kept
    // short (a label repeated on every property of a crafted card would
    // otherwise multiply the card's size).
    return oneLine(l).left(kMaxLabel);
}

/// A readable name for a property that goes to the extras, "" for one that
/// is skipped.
QString propertyLabel(const QByteArray &name)
{
    static const QHash<QByteArray, const char *> names = {
        {"BDAY", QT_TRANSLATE_NOOP("Vcard", "Birthday")},
        {"ANNIVERSARY", QT_TRANSLATE_NOOP("Vcard", "Anniversary")},
        {"X-ANNIVERSARY", QT_TRANSLATE_NOOP("Vcard", "Anniversary")},
        {"X-MS-ANNIVERSARY", QT_TRANSLATE_NOOP("Vcard", "Anniversary")},
        {"X-ABDATE", QT_TRANSLATE_NOOP("Vcard", "Date")},
        {"NICKNAME", QT_TRANSLATE_NOOP("Vcard", "Nickname")},
        {"CATEGORIES", QT_TRANSLATE_NOOP("Vcard", "Categories")},
        {"IMPP", QT_TRANSLATE_NOOP("Vcard", "Instant messaging")},
        {"X-MS-IMADDRESS", QT_TRANSLATE_NOOP("Vcard", "Instant messaging")},
        {"X-SOCIALPROFILE", QT_TRANSLATE_NOOP("Vcard", "Social profile")},
        {"X-ABRELATEDNAMES", QT_TRANSLATE_NOOP("Vcard", "Related name")},
        {"RELATED", QT_TRANSLATE_NOOP("Vcard", "Related")},
        {"GENDER", QT_TRANSLATE_NOOP("Vcard", "Gender")},
        {"LANG", QT_TRANSLATE_NOOP("Vcard", "Language")},
        {"TZ", QT_TRANSLATE_NOOP("Vcard", "Time zone")},
        {"GEO", QT_TRANSLATE_NOOP("Vcard", "Geographic position")},
        {"ROLE", QT_TRANSLATE_NOOP("Vcard", "Role")},
        {"TITLE", QT_TRANSLATE_NOOP("Vcard", "Job title")},
        {"ORG", QT_TRANSLATE_NOOP("Vcard", "Organisation")},
        {"URL", QT_TRANSLATE_NOOP("Vcard", "Website")},
        {"LABEL", QT_TRANSLATE_NOOP("Vcard", "Address")},
        {"X-PHONETIC-FIRST-NAME", QT_TRANSLATE_NOOP("Vcard", "Phonetic first name")},
        {"X-PHONETIC-MIDDLE-NAME", QT_TRANSLATE_NOOP("Vcard", "Phonetic middle name")},
        {"X-PHONETIC-LAST-NAME", QT_TRANSLATE_NOOP("Vcard", "Phonetic last name")},
        {"X-PHONETIC-ORG", QT_TRANSLATE_NOOP("Vcard", "Phonetic company")},
        {"X-MAIDENNAME", QT_TRANSLATE_NOOP("Vcard", "Maiden name")},
        {"X-MS-MANAGER", QT_TRANSLATE_NOOP("Vcard", "Manager")},
        {"X-MANAGER", QT_TRANSLATE_NOOP("Vcard", "Manager")},
        {"X-MS-ASSISTANT", QT_TRANSLATE_NOOP("Vcard", "Assistant")},
        {"X-ASSISTANT", QT_TRANSLATE_NOOP("Vcard", "Assistant")},
        {"X-MS-SPOUSE", QT_TRANSLATE_NOOP("Vcard", "Spouse")},
        {"X-SPOUSE", QT_TRANSLATE_NOOP("Vcard", "Spouse")},
        {"X-MS-CHILD", QT_TRANSLATE_NOOP("Vcard", "Child")},
        {"X-AIM", "AIM"},
        {"X-ICQ", "ICQ"},
        {"X-JABBER", "Jabber"},
        {"X-MSN", "MSN"},
        {"X-YAHOO", "Yahoo"},
        {"X-SKYPE", "Skype"},
        {"X-SKYPE-USERNAME", "Skype"},
        {"X-GOOGLE-TALK", "Google Talk"},
        {"X-GTALK", "Google Talk"},
        {"X-TWITTER", "Twitter"},
        {"X-QQ", "QQ"},
        {"EXPERTISE", QT_TRANSLATE_NOOP("Vcard", "Expertise")},
        {"HOBBY", QT_TRANSLATE_NOOP("Vcard", "Hobby")},
        {"INTEREST", QT_TRANSLATE_NOOP("Vcard", "Interest")},
        {"FBURL", QT_TRANSLATE_NOOP("Vcard", "Free/busy URL")},
        {"CALURI", QT_TRANSLATE_NOOP("Vcard", "Calendar")},
        {"SOURCE", QT_TRANSLATE_NOOP("Vcard", "Source")},
    };
    static const QSet<QByteArray> skipped = {
        "BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "X-ABUID", "X-ABADR", "X-ABLABEL", "X-ABSHOWAS",
        "KIND", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "CLASS", "CLIENTPIDMAP", "XML", "NAME",
        "PROFILE", "SORT-STRING", "MAILER", "X-MOZILLA-HTML", "X-EVOLUTION-FILE-AS", "X-IMAGETYPE",
        "X-IMAGEHASH", "X-SHAREDPHOTODISPLAYPREF", "X-ACTIVITY-ALERT", "X-ABPERSONFLAGS", "X-WAB-GENDER",
        "X-ANDROID-CUSTOM", "N", "FN", "EMAIL", "TEL", "ADR", "NOTE",
    };
    if (skipped.contains(name))
        return {};
    if (const auto it = names.constFind(name); it != names.constEnd())
        return tr(it.value());
    // An unknown property: "X-CUSTOM-FIELD" reads "Custom field".
    QString label = QString::fromLatin1(name);
    if (label.startsWith(QLatin1String("X-")))
        label = label.mid(2);
    label = label.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

/// A date as written in BDAY or ANNIVERSARY: "19800302" reads 1980-03-02,
/// anything else is kept.
QString readableDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() == 8 && std::all_of(v.begin(), v.end(), [](QChar c) { return c.isDigit(); }))
        return v.left(4) + QLatin1Char('-') + v.mid(4, 2) + QLatin1Char('-') + v.mid(6, 2);
    return v;
}

/// The kind of an address, a phone or a URL in a label: "home", "work".
QString typeLabel(const QStringList &types)
{
    for (const QString &t : types) {
        if (t == QLatin1String("HOME")) return tr("home");
        if (t == QLatin1String("WORK")) return tr("work");
        if (t == QLatin1String("OTHER")) return tr("other");
    }
    return {};
}

} // namespace

bool VcardCard::isBinary(const QByteArray &name)
{
    static const QSet<QByteArray> binary = {"PHOTO", "LOGO", "SOUND", "KEY", "X-MS-CARDPICTURE",
                                            "X-MS-OL-DESIGN", "X-ADDRESSING-GRAMMAR", "X-WALLPAPER"};
    return binary.contains(name);
}

void VcardCard::addLine(const QByteArray &logicalLine, qint64 line)
{
    // The value starts at the first ':' outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < logicalLine.size(); ++i) {
        const char c = logicalLine[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        colon = logicalLine.indexOf(':'); // an unbalanced quote
    if (colon < 0)
        return;
    Property p;
    p.line = line;
    qsizetype nameEnd = logicalLine.indexOf(';');
    if (nameEnd < 0 || nameEnd > colon)
        nameEnd = colon;
    const QByteArray fullName = logicalLine.left(nameEnd).trimmed();
    const qsizetype dot = fullName.lastIndexOf('.');
    p.group = dot >= 0 ? fullName.left(dot).toLower() : QByteArray();
    p.name = fullName.mid(dot + 1).toUpper();
    if (p.name.isEmpty())
        return;
    p.value = logicalLine.mid(colon + 1);

    // Parameters, split on ';' outside quotes.
    QList<QByteArray> params;
    QByteArray param;
    quoted = false;
    for (qsizetype i = nameEnd + 1; i < colon; ++i) {
        const char c = logicalLine[i];
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            params << param;
            param.clear();
        } else {
            param += c;
        }
    }
    if (nameEnd < colon)
        params << param;
    auto addPref = [&p](int rank) { p.pref = qMin(p.pref, qBound(1, rank, 100)); };
    for (const QByteArray &raw : params) {
        const QByteArray item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0) {
            // 2.1 bare parameters: TEL;WORK;VOICE, EMAIL;PREF;INTERNET.
            const QByteArray value = item.toUpper();
            if (value == "QUOTED-PRINTABLE" || value == "BASE64" || value == "8BIT" || value == "7BIT")
                p.encoding = value;
            else if (value == "PREF")
                addPref(1);
            else
                p.types << QString::fromLatin1(value);
            continue;
        }
        const QByteArray key = item.left(eq).trimmed().toUpper();
        QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "TYPE") {
            for (QByteArray t : value.split(',')) {
                t = t.trimmed();
                if (t.startsWith('"'))
                    t = t.mid(1);
                if (t.endsWith('"'))
                    t.chop(1);
                t = t.trimmed().toUpper();
                if (t == "PREF")
                    addPref(1);
                else if (!t.isEmpty())
                    p.types << QString::fromUtf8(t);
            }
            continue;
        }
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (key == "PREF") {
            bool ok = false;
            const int rank = value.toInt(&ok);
            addPref(ok ? rank : 1);
        } else if (key == "ENCODING") {
            p.encoding = value.toUpper();
        } else if (key == "CHARSET") {
            p.charset = value.toUpper();
        } else if (key == "VALUE") {
            p.valueType = value.toUpper();
        } else if (key == "X-SERVICE-TYPE") {
            p.serviceType = QString::fromUtf8(value);
        }
    }
    m_properties << p;
}

/// The value as text, transfer encoding and charset undone, escapes kept.
QString VcardCard::text(const Property &p) const
{
    QByteArray bytes = p.value;
    const bool quotedPrintable = p.encoding == "QUOTED-PRINTABLE" || p.encoding == "QP";
    if (quotedPrintable)
        bytes = decodeQuotedPrintable(bytes);
    else if (p.encoding == "BASE64" || p.encoding == "B")
        bytes = QByteArray::fromBase64(bytes);
    if (m_utf16 && !quotedPrintable)
        return QString::fromUtf8(bytes); // the reader turned the text into UTF-8
    const QByteArray &cs = p.charset;
    if (cs == "UTF-8" || cs == "UTF8")
        return QString::fromUtf8(bytes);
    if (cs == "ISO-8859-1" || cs == "LATIN1" || cs == "US-ASCII" || cs == "ASCII")
        return QString::fromLatin1(bytes);
    if (cs == "WINDOWS-1252" || cs == "CP1252")
        return decodeWindows1252(bytes);
    if (cs == "ISO-8859-15" || cs == "LATIN9")
        return decodeLatin9(bytes);
    if (!cs.isEmpty()) {
        QStringDecoder decoder(cs.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decodeWindows1252(bytes);
}

/// Gathers the cells of one card.
struct VcardCard::Builder
{
    QStringList cells = QStringList(VcardReader::ColumnCount, QString());
    QStringList extras;

    void extra(const QString &label, const QString &value)
    {
        const QString v = oneLine(value);
        if (!v.isEmpty())
            extras << (label.isEmpty() ? v : label + QLatin1String(": ") + v);
    }
};

QStringList VcardCard::cells() const
{
    Builder b;
    bool v21 = false;
    bool companyCard = false;
    QHash<QByteArray, QString> labels; // X-ABLabel by group
    for (const Property &p : m_properties) {
        if (p.name == "VERSION")
            v21 = text(p).trimmed() == QLatin1String("2.1");
        else if (p.name == "X-ABLABEL" && !p.group.isEmpty())
            labels.insert(p.group, readableLabel(unescape(text(p))));
        else if ((p.name == "X-ABSHOWAS" && text(p).trimmed().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) == 0)
                 || (p.name == "KIND" && text(p).trimmed().compare(QLatin1String("org"), Qt::CaseInsensitive) == 0))
            companyCard = true;
    }
    auto labelOf = [&labels](const Property &p) { return p.group.isEmpty() ? QString() : labels.value(p.group); };
    // Structured values: components on unescaped ';', lists on unescaped ','
    // (not in 2.1, where a comma is a comma), joined by `join`.
    auto components = [&](const Property &p, const QString &join) {
        QStringList out;
        for (const QString &piece : splitUnescaped(text(p), QLatin1Char(';'))) {
            if (v21) {
                out << unescape(piece).trimmed();
                continue;
            }
            QStringList items;
            for (const QString &item : splitUnescaped(piece, QLatin1Char(',')))
                if (const QString t = unescape(item).trimmed(); !t.isEmpty())
                    items << t;
            out << items.join(join);
        }
        return out;
    };
    auto plain = [&](const Property &p) { return unescape(text(p)).trimmed(); };
    auto isSkippedData = [](const Property &p) {
        return p.encoding == "B" || p.encoding == "BASE64" || p.valueType == "BINARY" || p.value.startsWith("data:");
    };

    // Preferred first, file order otherwise.
    QList<const Property *> ordered;
    for (const Property &p : m_properties)
        ordered << &p;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Property *a, const Property *b) { return a->pref < b->pref; });

    // Name.
    bool haveName = false;
    QString fullName;
    for (const Property &p : m_properties) {
        if (p.name == "N" && !haveName) {
            const QStringList n = components(p, QStringLiteral(" "));
            b.cells[VcardReader::LastName] = n.value(0);
            b.cells[VcardReader::FirstName] = n.value(1);
            b.cells[VcardReader::MiddleName] = n.value(2);
            b.cells[VcardReader::NamePrefix] = n.value(3);
            b.cells[VcardReader::NameSuffix] = n.value(4);
            if (!v21) {
                // Several suffixes read better with commas: "ing. jr, M.Sc.".
                const QStringList pieces = splitUnescaped(splitUnescaped(text(p), QLatin1Char(';')).value(4), QLatin1Char(','));
                QStringList items;
                for (const QString &item : pieces)
                    if (const QString t = unescape(item).trimmed(); !t.isEmpty())
                        items << t;
                b.cells[VcardReader::NameSuffix] = items.join(QLatin1String(", "));
            }
            haveName = std::any_of(n.begin(), n.end(), [](const QString &s) { return !s.isEmpty(); });
        } else if (p.name == "FN" && fullName.isEmpty()) {
            fullName = plain(p);
        }
    }

    // Organisation and title.
    bool haveOrg = false, haveTitle = false;
    QStringList roles;
    for (const Property &p : m_properties) {
        if (p.name == "ORG") {
            QStringList units;
            for (const QString &piece : splitUnescaped(text(p), QLatin1Char(';')))
                units << unescape(piece).trimmed();
            if (haveOrg) {
                units.removeAll(QString());
                b.extra(tr("Organisation"), units.join(QLatin1String(", ")));
                continue;
            }
            haveOrg = true;
            b.cells[VcardReader::Company] = units.value(0);
            b.cells[VcardReader::Department] = units.value(1);
            for (qsizetype i = 2; i < units.size(); ++i)
                b.extra(tr("Organisational unit"), units[i]);
        } else if (p.name == "TITLE") {
            if (!haveTitle && !plain(p).isEmpty()) {
                b.cells[VcardReader::JobTitle] = plain(p);
                haveTitle = true;
            } else {
                b.extra(tr("Job title"), plain(p));
            }
        } else if (p.name == "ROLE") {
            roles << plain(p);
        }
    }
    for (const QString &role : roles) {
        if (b.cells[VcardReader::JobTitle].isEmpty())
            b.cells[VcardReader::JobTitle] = role;
        else
            b.extra(tr("Role"), role);
    }
    if (!haveName) {
        const QString company = b.cells[VcardReader::Company];
        if (!companyCard && fullName.compare(company, Qt::CaseInsensitive) != 0)
            b.cells[VcardReader::FullName] = fullName;
    }

    // Emails, phones, websites, in order of preference.
    QStringList emails, phones;
    QSet<QString> seenEmails, seenPhones; // a crafted card may hold a million
    for (const Property *p : ordered) {
        if (p->name == "EMAIL") {
            QString e = plain(*p);
            if (e.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                e = e.mid(7).trimmed();
            if (!e.isEmpty() && !seenEmails.contains(e.toLower())) {
                seenEmails.insert(e.toLower());
                emails << e;
            }
        } else if (p->name == "TEL") {
            QString number = plain(*p);
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                number = number.mid(4);
                if (const qsizetype ext = number.indexOf(QLatin1String(";ext="), 0, Qt::CaseInsensitive); ext >= 0)
                    number = number.left(ext) + tr(" ext. ") + number.mid(ext + 5);
                number = number.trimmed();
            }
            if (number.isEmpty())
                continue;
            const QString label = labelOf(*p).toLower();
            const bool fax = p->types.contains(QLatin1String("FAX")) || label.contains(QLatin1String("fax"));
            const bool mobile = p->types.contains(QLatin1String("CELL")) || p->types.contains(QLatin1String("IPHONE"))
                                || p->types.contains(QLatin1String("MOBILE")) || label == QLatin1String("mobile")
                                || label == QLatin1String("cell") || label == QLatin1String("iphone");
            if (fax)
                b.extra(tr("Fax"), number);
            else if (mobile && b.cells[VcardReader::Mobile].isEmpty())
                b.cells[VcardReader::Mobile] = number;
            else if (!seenPhones.contains(number)) {
                seenPhones.insert(number);
                phones << number;
            }
        } else if (p->name == "URL") {
            const QString url = plain(*p);
            if (url.isEmpty())
                continue;
            if (b.cells[VcardReader::Website].isEmpty()) {
                b.cells[VcardReader::Website] = url;
                continue;
            }
            const QString label = labelOf(*p).isEmpty() ? typeLabel(p->types) : labelOf(*p);
            b.extra(label.isEmpty() ? tr("Website") : tr("Website (%1)").arg(label), url);
        }
    }
    b.cells[VcardReader::Email] = emails.join(QLatin1String(" ::: "));
    b.cells[VcardReader::Phone] = phones.join(QLatin1String(" ::: "));

    // Addresses: the preferred or first work one fills the address, any
    // other is an extras line.
    QList<const Property *> addresses;
    for (const Property *p : ordered)
        if (p->name == "ADR")
            addresses << p;
    const Property *main = nullptr;
    for (const Property *p : addresses)
        if (p->types.contains(QLatin1String("WORK"))) {
            main = p;
            break;
        }
    if (!main && !addresses.isEmpty())
        main = addresses.first();
    for (const Property &p : m_properties) {
        if (p.name != "ADR")
            continue;
        const QStringList a = components(p, QStringLiteral(", "));
        if (&p == main) {
            b.cells[VcardReader::Street] = a.value(2);
            QStringList second;
            for (const QString &s : {a.value(1), a.value(0)})
                if (!s.isEmpty())
                    second << s;
            b.cells[VcardReader::Street2] = second.join(QLatin1Char('\n'));
            b.cells[VcardReader::City] = a.value(3);
            b.cells[VcardReader::Region] = a.value(4);
            b.cells[VcardReader::PostalCode] = a.value(5);
            b.cells[VcardReader::Country] = a.value(6);
            continue;
        }
        QStringList parts;
        for (const QString &s : {a.value(0), a.value(1), a.value(2)})
            if (!s.isEmpty())
                parts << QString(s).replace(QLatin1Char('\n'), QLatin1String(", "));
        const QString cityLine = QStringList{a.value(5), a.value(3)}.join(QLatin1Char(' ')).trimmed();
        for (const QString &s : {cityLine, a.value(4), a.value(6)})
            if (!s.isEmpty())
                parts << s;
        const QString label = labelOf(p).isEmpty() ? typeLabel(p.types) : labelOf(p);
        b.extra(label.isEmpty() ? tr("Address") : tr("Address (%1)").arg(label), parts.join(QLatin1String(", ")));
    }

    // Notes, then everything else that says something.
    QStringList notes;
    for (const Property &p : m_properties) {
        if (p.name == "NOTE") {
            if (const QString n = plain(p); !n.isEmpty())
                notes << n;
            continue;
        }
        if (p.name == "ORG" || p.name == "TITLE" || p.name == "ROLE" || p.name == "URL" || isBinary(p.name)
            || isSkippedData(p))
            continue;
        if (p.name == "LABEL") {
            if (addresses.isEmpty())
                b.extra(tr("Address"), plain(p));
            continue;
        }
        if (p.name == "X-ANDROID-CUSTOM") {
            // "vnd.android.cursor.item/nickname;Bob;1;;…": the kind, then the value.
            const QStringList c = splitUnescaped(text(p), QLatin1Char(';'));
            const QString kind = unescape(c.value(0)).section(QLatin1Char('/'), -1);
            const QString value = unescape(c.value(1));
            if (kind == QLatin1String("nickname"))
                b.extra(tr("Nickname"), value);
            else if (kind == QLatin1String("relation"))
                b.extra(tr("Related"), value);
            else if (kind == QLatin1String("contact_event"))
                b.extra(tr("Date"), readableDate(value));
            else if (!kind.isEmpty())
                b.extra(kind, value);
            continue;
        }
        const QString name = propertyLabel(p.name);
        if (name.isEmpty())
            continue;
        QString value = plain(p);
        if (p.name == "BDAY" || p.name == "ANNIVERSARY" || p.name == "X-ABDATE" || p.name.endsWith("ANNIVERSARY"))
            value = readableDate(value);
        else if (p.name == "CATEGORIES") {
            QStringList categories;
            for (const QString &c : splitUnescaped(text(p), QLatin1Char(',')))
                // Google's "myContacts" is the address book itself, not a group.
                if (const QString t = unescape(c).trimmed(); !t.isEmpty() && t != QLatin1String("myContacts"))
                    categories << t;
            value = categories.join(QLatin1String(", "));
        }
        QString label = labelOf(p);
        if (label.isEmpty()) {
            label = name;
            QString kind = !p.serviceType.isEmpty() ? p.serviceType : QString();
            if (kind.isEmpty() && (p.name == "X-SOCIALPROFILE" || p.name == "RELATED"))
                for (const QString &t : p.types)
                    if (t != QLatin1String("HOME") && t != QLatin1String("WORK") && t != QLatin1String("OTHER")) {
                        kind = t.toLower();
                        break;
                    }
            if (!kind.isEmpty())
                label = tr("%1 (%2)").arg(name, kind);
        }
        b.extra(label, value);
    }
    b.cells[VcardReader::Description] = notes.join(QLatin1Char('\n'));
    b.cells[VcardReader::Extras] = b.extras.join(QLatin1Char('\n'));
    for (QString &cell : b.cells)
        cell = cell.trimmed();
    return b.cells;
}
