#include "vcardreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(QUARRY_TEST_DATA_DIR "/vcards/") + name;
}

/// A pipe-like device handing out one byte per read: every fold, soft break
/// and CRLF straddles a refill somewhere.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size())
            return -1;
        if (maxSize <= 0)
            return 0;
        data[0] = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QList<TableRecord> readAll(VcardReader &reader)
{
    QList<TableRecord> records;
    TableRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    return records;
}

/// The card records (header dropped) of `bytes`.
QList<TableRecord> cardsOf(const QByteArray &bytes, qsizetype maxCardSize = 0)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(&buffer);
    if (maxCardSize)
        reader.setMaxCardSize(maxCardSize);
    QList<TableRecord> records = readAll(reader);
    if (!records.isEmpty())
        records.removeFirst();
    return records;
}

QList<TableRecord> cardsOfFile(const QString &name)
{
    VcardReader reader(sample(name));
    if (!reader.isOpen())
        qWarning() << reader.errorString();
    QList<TableRecord> records = readAll(reader);
    if (!records.isEmpty())
        records.removeFirst();
    return records;
}

int column(const QString &key)
{
    return int(VcardReader::headers().indexOf(key));
}

/// "key=value" pairs, '|' between them; a value "~text" means the cell
/// contains text (used for extras lines).
void checkCells(const TableRecord &record, const QString &expected)
{
    QCOMPARE(record.fields.size(), qsizetype(VcardReader::ColumnCount));
    for (const QString &pair : expected.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq);
        QString value = pair.mid(eq + 1);
        value.replace(QLatin1String("\\n"), QLatin1String("\n"));
        const int c = column(key);
        QVERIFY2(c >= 0, qPrintable(key));
        if (value.startsWith(QLatin1Char('~')))
            QVERIFY2(record.fields[c].split(QLatin1Char('\n')).contains(value.mid(1)),
                     qPrintable(key + QLatin1String(": ") + record.fields[c] + QLatin1String(" lacks ") + value.mid(1)));
        else if (value.startsWith(QLatin1Char('!')))
            QVERIFY2(!record.fields[c].contains(value.mid(1)),
                     qPrintable(key + QLatin1String(": ") + record.fields[c] + QLatin1String(" has ") + value.mid(1)));
        else
            QCOMPARE(record.fields[c], value);
    }
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

} // namespace

class TestVcardReader : public QObject
{
    Q_OBJECT

private slots:
    void headerFirst();
    void cards_data();
    void cards();
    void fixtures_data();
    void fixtures();
    void lineNumbersAndRawText();
    void missingEnd();
    void oversizedCard();
    void bigPhotoSkipped();
    void overlongLineWithoutEnd();
    void crowdedCard();
    void fileEncodings_data();
    void fileEncodings();
    void windows1252File();
    void trickleMatchesBuffer();
    void notVcard();
    void pathErrors();
    void looksLikeVcard();
    void progress();
};

void TestVcardReader::headerFirst()
{
    const QStringList expected = {"name_prefix", "first_name", "middle_name", "last_name", "name_suffix",
                                  "full_name", "company", "department", "job_title", "email", "phone",
                                  "mobile", "website", "street", "street_2", "postal_code", "city",
                                  "region", "country", "description", "extras"};
    QCOMPARE(VcardReader::headers(), expected);
    QCOMPARE(VcardReader::headers().size(), qsizetype(VcardReader::ColumnCount));
    QByteArray bytes = crlf("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEND:VCARD\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(&buffer);
    QVERIFY(reader.isOpen());
    TableRecord record;
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fields, expected);
    QCOMPARE(record.lineNumber, 1);
    QVERIFY(record.isValid());
    QVERIFY(record.rawText.isEmpty());
    QVERIFY(reader.readRecord(&record));
    QCOMPARE(record.fields[VcardReader::LastName], QStringLiteral("Lee"));
    QVERIFY(!reader.readRecord(&record));
    QVERIFY(reader.errorString().isEmpty());
}

void TestVcardReader::cards_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    auto card = [](const char *version, const char *body) {
        return crlf(QByteArray("BEGIN:VCARD\nVERSION:") + version + "\n" + body + "END:VCARD\n");
    };

    // Names.
    QTest::newRow("N parts") << card("3.0", "N:Smith;John;Robert;Dr.;Jr.\nFN:Dr. John Robert Smith Jr.\n")
                             << "last_name=Smith|first_name=John|middle_name=Robert|name_prefix=Dr.|name_suffix=Jr.|full_name=";
    QTest::newRow("N lists 3.0") << card("3.0", "N:Smith;John;Paul,George;Dr.,Prof.;Jr.,PhD\n")
                                 << "middle_name=Paul George|name_prefix=Dr. Prof.|name_suffix=Jr., PhD";
    QTest::newRow("N commas kept in 2.1") << card("2.1", "N:Smith, Jones;John;;;\n")
                                         << "last_name=Smith, Jones|first_name=John";
    QTest::newRow("N escaped") << card("3.0", "N:O\\;Brien\\, Esq.;Ann\\\\Marie;;;\n")
                               << "last_name=O;Brien, Esq.|first_name=Ann\\Marie";
    QTest::newRow("FN when N empty") << card("3.0", "N:;;;;\nFN:Ann Lee\n") << "full_name=Ann Lee|last_name=";
    QTest::newRow("FN when no N") << card("4.0", "FN:Ann Lee\n") << "full_name=Ann Lee";
    QTest::newRow("FN is the company") << card("3.0", "N:;;;;\nFN:Acme\nORG:Acme;\n") << "full_name=|company=Acme";
    QTest::newRow("Apple company card") << card("3.0", "N:;;;;\nFN:Acme Shop\nORG:Acme;\nX-ABShowAs:COMPANY\n")
                                        << "full_name=|company=Acme";
    QTest::newRow("4.0 KIND org") << card("4.0", "KIND:org\nFN:Acme Shop\nORG:Acme\n") << "full_name=|company=Acme";

    // Organisation.
    QTest::newRow("ORG units") << card("3.0", "ORG:Acme\\, Inc.;Sales;EMEA;Paris\nTITLE:Manager\nROLE:Buyer\n")
                               << "company=Acme, Inc.|department=Sales|job_title=Manager|extras=~Organisational unit: EMEA"
                                  "|extras=~Organisational unit: Paris|extras=~Role: Buyer";
    QTest::newRow("ROLE without TITLE") << card("3.0", "N:Lee;Ann;;;\nROLE:Buyer\n") << "job_title=Buyer|extras=";

    // Emails.
    QTest::newRow("emails in order") << card("3.0", "EMAIL;TYPE=INTERNET:a@x.fr\nEMAIL;TYPE=INTERNET:b@x.fr\n")
                                     << "email=a@x.fr ::: b@x.fr";
    QTest::newRow("TYPE=pref first") << card("3.0", "EMAIL;type=INTERNET;type=HOME:a@x.fr\nEMAIL;type=INTERNET;type=WORK;type=pref:b@x.fr\n")
                                     << "email=b@x.fr ::: a@x.fr";
    QTest::newRow("PREF=n order") << card("4.0", "EMAIL;PREF=3:c@x.fr\nEMAIL:d@x.fr\nEMAIL;PREF=1:a@x.fr\nEMAIL;PREF=2:b@x.fr\n")
                                  << "email=a@x.fr ::: b@x.fr ::: c@x.fr ::: d@x.fr";
    QTest::newRow("2.1 bare PREF") << card("2.1", "EMAIL;INTERNET:a@x.fr\nEMAIL;PREF;INTERNET:b@x.fr\n")
                                   << "email=b@x.fr ::: a@x.fr";
    QTest::newRow("grouped email") << card("3.0", "item1.EMAIL;type=INTERNET:a@x.fr\nitem1.X-ABLabel:Perso\n")
                                   << "email=a@x.fr|extras=";

    // Phones.
    QTest::newRow("mobile, phones, fax") << card("2.1", "TEL;WORK;VOICE:+33 1 00 00 00 01\nTEL;CELL;VOICE:+33 6 00 00 00 01\n"
                                                        "TEL;CELL:+33 6 00 00 00 02\nTEL;HOME;VOICE:+33 1 00 00 00 02\nTEL;WORK;FAX:+33 1 00 00 00 03\n")
                                         << "mobile=+33 6 00 00 00 01|phone=+33 1 00 00 00 01 ::: +33 6 00 00 00 02 ::: +33 1 00 00 00 02"
                                            "|extras=Fax: +33 1 00 00 00 03";
    QTest::newRow("TYPE=a,b") << card("3.0", "TEL;TYPE=VOICE,CELL:+1 202 555 0101\nTEL;TYPE=WORK,VOICE:+1 202 555 0102\n")
                              << "mobile=+1 202 555 0101|phone=+1 202 555 0102";
    QTest::newRow("4.0 quoted TYPE, uri, ext") << card("4.0", "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\n"
                                                              "TEL;VALUE=uri;TYPE=\"work,cell,voice\":tel:+1-418-262-6501\n")
                                               << "phone=+1-418-656-9254 ext. 102|mobile=+1-418-262-6501";
    QTest::newRow("Apple mobile label and iPhone") << card("3.0", "item1.TEL:+33 6 00 00 00 09\nitem1.X-ABLabel:_$!<Mobile>!$_\n"
                                                                  "TEL;type=IPHONE;type=CELL:+33 6 00 00 00 08\nitem2.TEL:+33 1 00 00 00 07\n"
                                                                  "item2.X-ABLabel:_$!<HomeFAX>!$_\n")
                                                   << "mobile=+33 6 00 00 00 09|phone=+33 6 00 00 00 08|extras=Fax: +33 1 00 00 00 07";

    // Addresses.
    QTest::newRow("work address first") << card("3.0", "ADR;TYPE=HOME:;;1 Home St;Hometown;;11111;France\n"
                                                       "ADR;TYPE=WORK:BP 12;Bât. B;2 Work St;Worktown;Region;22222;Belgium\n")
                                        << "street=2 Work St|street_2=Bât. B\\nBP 12|city=Worktown|region=Region|postal_code=22222"
                                           "|country=Belgium|extras=Address (home): 1 Home St, 11111 Hometown, France";
    QTest::newRow("preferred work address") << card("3.0", "ADR;TYPE=WORK:;;1 A St;A;;1;X\nADR;TYPE=WORK;TYPE=pref:;;2 B St;B;;2;Y\n")
                                            << "street=2 B St|city=B|extras=Address (work): 1 A St, 1 A, X";
    QTest::newRow("first address without work") << card("3.0", "ADR;TYPE=HOME:;;1 A St;A;;1;X\nADR:;;2 B St;B;;2;Y\n")
                                                 << "street=1 A St|extras=Address: 2 B St, 2 B, Y";
    QTest::newRow("multi-line street kept") << card("3.0", "ADR;TYPE=WORK:;;12 rue X\\nEscalier 3;Paris;;75001;France\n"
                                                          "item1.ADR:;;1 rue Y\\n2e étage;Lyon;;69001;France\nitem1.X-ABLabel:Dépôt\n")
                                            << "street=12 rue X\\nEscalier 3|extras=Address (Dépôt): 1 rue Y, 2e étage, 69001 Lyon, France";
    QTest::newRow("2.1 commas in street") << card("2.1", "ADR;WORK:;;12, rue X;Paris;;75001;France\n") << "street=12, rue X|city=Paris";
    QTest::newRow("LABEL only without ADR") << card("2.1", "LABEL;ENCODING=QUOTED-PRINTABLE:1 Rue=0D=0AParis\n")
                                            << "extras=Address: 1 Rue Paris";
    QTest::newRow("LABEL ignored with ADR") << card("2.1", "ADR:;;1 Rue;Paris;;;\nLABEL:1 Rue Paris\n") << "street=1 Rue|extras=";

    // Websites, notes, extras.
    QTest::newRow("URLs") << card("3.0", "item1.URL:https\\://a.example.fr\nitem1.X-ABLabel:\nURL;TYPE=home:http://b.fr\n"
                                         "item2.URL:http://c.fr\nitem2.X-ABLabel:_$!<HomePage>!$_\n")
                          << "website=https://a.example.fr|extras=~Website (home): http://b.fr|extras=~Website (Home page): http://c.fr";
    QTest::newRow("NOTE escapes") << card("3.0", "NOTE:Line 1\\nLine 2\\, with comma\\; semicolon \\\\ backslash\\NEnd\n")
                                  << "description=Line 1\nLine 2, with comma; semicolon \\ backslash\nEnd";
    QTest::newRow("extras lines") << card("3.0", "BDAY;value=date:1980-03-02\nANNIVERSARY:20100612\nNICKNAME:Bob\n"
                                                 "CATEGORIES:myContacts,Clients,VIP\nIMPP;X-SERVICE-TYPE=Skype:skype:bob\n"
                                                 "X-SOCIALPROFILE;type=twitter;x-user=bob:https://twitter.com/bob\n"
                                                 "item1.X-ABRELATEDNAMES:Jane\nitem1.X-ABLabel:_$!<Spouse>!$_\n"
                                                 "item2.X-ABDATE:2004-06-12\nitem2.X-ABLabel:_$!<Anniversary>!$_\n"
                                                 "X-CUSTOM-FIELD:Hello\nX-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Bobby;1;;;;;;;;;;;;;\n")
                                  << "extras=~Birthday: 1980-03-02|extras=~Anniversary: 2010-06-12|extras=~Nickname: Bob"
                                     "|extras=~Categories: Clients, VIP|extras=~Instant messaging (Skype): skype:bob"
                                     "|extras=~Social profile (twitter): https://twitter.com/bob|extras=~Spouse: Jane"
                                     "|extras=~Anniversary: 2004-06-12|extras=~Custom field: Hello|extras=~Nickname: Bobby";
    QTest::newRow("skipped properties") << card("3.0", "PRODID:-//Apple Inc.//macOS 14.2.1//EN\nREV:2024-01-01T00:00:00Z\nUID:abc-123\n"
                                                       "X-ABUID:ABC:ABPerson\nN:Lee;Ann;;;\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\n"
                                                       "LOGO;VALUE=uri:data:image/png;base64,iVBOR\nKEY;ENCODING=b:AAAA\n"
                                                       "SOUND;ENCODING=b:AAAA\nX-MS-OL-DESIGN;CHARSET=utf-8:<card/>\n")
                                        << "extras=|last_name=Lee";
    QTest::newRow("lower-case names") << card("3.0", "n:Lee;Ann;;;\nemail;type=internet:ann@x.fr\ntel;type=cell:+1 202 555 0199\n"
                                                     "org:Acme\nnote:Hi\n")
                                      << "last_name=Lee|email=ann@x.fr|mobile=+1 202 555 0199|company=Acme|description=Hi";

    // Line folding and transfer encodings.
    QTest::newRow("folded CRLF space") << card("3.0", "NOTE:This is a lo\n ng note\nN:Lee;A\n\tnn;;;\n")
                                       << "description=This is a long note|first_name=Ann";
    QTest::newRow("folded LF") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nN:Le\n e;Ann;;;\nEND:VCARD\n") << "last_name=Lee";
    QTest::newRow("folded inside UTF-8") << card("3.0", "N:Lef\xC3\n \xA8vre;H\xC3\xA9l\xC3\xA8ne;;;\n")
                                         << QString::fromUtf8("last_name=Lefèvre|first_name=Hélène");
    QTest::newRow("QP soft breaks") << card("2.1", "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond =\nline=\n end\n")
                                    << "description=First line\r\nSecond line end";
    QTest::newRow("QP UTF-8") << card("2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fran=C3=A7ois;=C3=89lodie;;;\n")
                              << QString::fromUtf8("last_name=François|first_name=Élodie");
    QTest::newRow("QP bare 2.1 parameter") << card("2.1", "N;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:M=FCller;J=F6rg;;;\n")
                                           << QString::fromUtf8("last_name=Müller|first_name=Jörg");
    QTest::newRow("QP Windows-1252") << card("2.1", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:=80 100 =96 d=E9j=E0 vu\n")
                                     << QString::fromUtf8("description=€ 100 – déjà vu");
    QTest::newRow("CHARSET Windows-1252 raw") << card("2.1", "N;CHARSET=Windows-1252:Lef\xE8vre;H\xE9l\xE8ne\n")
                                              << QString::fromUtf8("last_name=Lefèvre|first_name=Hélène");
    QTest::newRow("CHARSET ISO-8859-1 raw") << card("2.1", "ORG;CHARSET=ISO-8859-1:Soci\xE9t\xE9\n")
                                            << QString::fromUtf8("company=Société");
    QTest::newRow("CHARSET ISO-8859-15 raw") << card("2.1", "NOTE;CHARSET=ISO-8859-15:\xA4 \xBD\n")
                                             << QString::fromUtf8("description=€ œ");
    QTest::newRow("8-bit without CHARSET") << card("2.1", "N:M\xFCller;J\xF6rg\n") << QString::fromUtf8("last_name=Müller|first_name=Jörg");
    QTest::newRow("base64 text") << card("3.0", "NOTE;ENCODING=b:SGVsbG8gd29ybGQ=\n") << "description=";
    QTest::newRow("4.0 param with colon") << card("4.0", "EMAIL;X-NOTE=\"a:b\";TYPE=work:ann@x.fr\n") << "email=ann@x.fr";
    QTest::newRow("blank lines inside") << card("3.0", "N:Lee;Ann;;;\n\n\nEMAIL:ann@x.fr\n") << "last_name=Lee|email=ann@x.fr";
    QTest::newRow("line without colon ignored") << card("3.0", "N:Lee;Ann;;;\ngarbage line\nEMAIL:ann@x.fr\n")
                                                << "last_name=Lee|email=ann@x.fr";
}

void TestVcardReader::cards()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const QList<TableRecord> records = cardsOf(input);
    QCOMPARE(records.size(), 1);
    QVERIFY2(records[0].isValid(), qPrintable(records[0].error));
    checkCells(records[0], expected);
}

void TestVcardReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("card");
    QTest::addColumn<QString>("expected");

    const char *apple = "apple-contacts-3.0.vcf";
    QTest::newRow("apple person") << apple << 0
        << QString::fromUtf8("last_name=Dupont|first_name=Jean|middle_name=Pierre|name_prefix=M.|full_name=|company=Acme Industries"
           "|department=Ventes|job_title=Directeur commercial"
           "|email=jean.dupont@acme-industries.fr ::: jean.dupont@orange.fr|mobile=+33 6 12 34 56 78|phone=+33 1 42 68 53 00"
           "|street=12 rue de la Paix\\nBâtiment B|city=Paris|region=Île-de-France|postal_code=75002|country=France"
           "|website=https://www.acme-industries.fr"
           "|description=Rencontré au salon Vivatech 2024 sur le stand B12, très intéressé par l’offre entreprise.\\nRappeler en janvier."
           "|extras=~Fax: +33 1 42 68 53 01|extras=~Address (home): 8 avenue Foch, 75116 Paris, France"
           "|extras=~Website (LinkedIn): https://www.linkedin.com/in/jeandupont|extras=~Spouse: Marie Dupont"
           "|extras=~Anniversary: 2004-06-12|extras=~Birthday: 1978-05-14|extras=~Nickname: Jeannot"
           "|extras=~Social profile (twitter): https://twitter.com/jdupont"
           "|extras=~Instant messaging (Skype): skype:jean.dupont.acme|extras=!/9j/|extras=!ABPerson");
    QTest::newRow("apple company") << apple << 1
        << QString::fromUtf8("full_name=|last_name=|company=Boulangerie Lefèvre|department=|email=contact@boulangerie-lefevre.fr"
           "|phone=+33 4 78 42 10 10|street=25 rue de la République|city=Lyon");
    QTest::newRow("apple accents") << apple << 2
        << QString::fromUtf8("last_name=Lefèvre|first_name=Hélène|company=Société Générale des Eaux|department=Achats"
           "|mobile=+33 6 98 76 54 32|phone=+33 4 72 00 11 22");
    QTest::newRow("apple invalid email kept") << apple << 3 << "email=paul.martin@|last_name=Martin";

    const char *google = "google-contacts-3.0.vcf";
    QTest::newRow("google person") << google << 0
        << QString::fromUtf8("last_name=Dupont|first_name=Jean|company=Acme Industries|job_title=Directeur commercial"
           "|email=jean.dupont@acme-industries.fr ::: jean.dupont@gmail.com|mobile=+33 6 12 34 56 78"
           "|phone=+33 1 42 68 53 00 ::: +33 1 42 68 53 99|street=12 rue de la Paix|postal_code=75002|city=Paris|country=France"
           "|website=https://www.acme-industries.fr|description=Rencontré au salon Vivatech, stand B12.\\nRappeler en janvier."
           "|extras=~Address (home): 8 avenue Foch, 75116 Paris, France|extras=~Birthday: 1978-05-14"
           "|extras=~Anniversary: 2004-06-12|extras=~Categories: Clients, Salon 2024|extras=~Nickname: Jeannot");
    QTest::newRow("google company") << google << 1
        << QString::fromUtf8("full_name=|company=Boulangerie Lefèvre|email=contact@boulangerie-lefevre.fr|extras=");
    QTest::newRow("google accents") << google << 2 << QString::fromUtf8("last_name=Lefèvre-Åström|first_name=Hélène");

    const char *outlook = "outlook-2.1.vcf";
    QTest::newRow("outlook person") << outlook << 0
        << "last_name=Smith|first_name=John|middle_name=Robert|name_prefix=Mr.|name_suffix=Jr.|company=Contoso Ltd.|department=Sales"
           "|job_title=Sales Manager|email=john.smith@contoso.co.uk ::: jsmith@outlook.com|mobile=+44 7700 900123"
           "|phone=+44 20 7946 0958 ::: +44 20 7946 0321|street=1 Market Street|city=London|postal_code=EC1A 1BB"
           "|country=United Kingdom|website=http://www.contoso.co.uk"
           "|description=Met at the London trade show.\r\nSend the price list before the end of the month."
           "|extras=~Fax: +44 20 7946 0959|extras=~Address (home): 22 Baker Street, NW1 6XE London, United Kingdom"
           "|extras=!card|extras=!20240115";
    QTest::newRow("outlook Windows-1252") << outlook << 1
        << QString::fromUtf8("last_name=Lefèvre|first_name=Hélène|company=Société Générale des Eaux|department=Achats"
           "|street=12, rue de l'Église|city=Lyon|postal_code=69002|country=France"
           "|description=Rencontrée au salon Pollutec à Lyon. Intéressée par les compteurs connectés – rappeler après la réunion budgétaire.");
    QTest::newRow("outlook company") << outlook << 2 << QString::fromUtf8("full_name=|last_name=|company=Boulangerie Lefèvre");

    const char *android = "android-2.1.vcf";
    QTest::newRow("android person") << android << 0
        << QString::fromUtf8("last_name=François|first_name=Élodie|full_name=|company=Boulangerie du Coin|job_title=Gérante"
           "|email=elodie.francois@free.fr ::: e.francois@boulangerie-du-coin.fr|mobile=+33 6 11 22 33 44|phone=+33 4 78 38 12 34"
           "|street=3 place Bellecour|city=Lyon|region=Auvergne-Rhône-Alpes|postal_code=69002|country=France"
           "|description=Cliente fidèle depuis 2019, commande des plateaux pour les événements de fin d’année."
           "|extras=~Nickname: Lolo|extras=~Birthday: 1985-07-14|extras=!/9j/");
    QTest::newRow("android company") << android << 1 << "full_name=|company=Garage Martin|phone=+33 4 78 60 70 80";
    QTest::newRow("android umlauts") << android << 2 << QString::fromUtf8("last_name=Müller|first_name=Jörg|mobile=+49 151 23456789");

    const char *v4 = "rfc6350-4.0.vcf";
    QTest::newRow("rfc 6350 example") << v4 << 0
        << "last_name=Perreault|first_name=Simon|name_suffix=ing. jr, M.Sc.|full_name=|company=Viagenie"
           "|street=2875 Laurier|street_2=Suite D2-630|city=Quebec|region=QC|postal_code=G1V 2M2|country=Canada"
           "|phone=+1-418-656-9254 ext. 102|mobile=+1-418-262-6501|email=simon.perreault@viagenie.ca|website=http://nomis80.org"
           "|extras=~Birthday: --0203|extras=~Anniversary: 20090808T1430-0500|extras=~Gender: M|extras=~Language: fr"
           "|extras=~Language: en|extras=~Geographic position: geo:46.772673,-71.282945|extras=~Time zone: -0500"
           "|extras=!simon.asc";
    QTest::newRow("4.0 org") << v4 << 1 << "full_name=|company=Viagenie|phone=+1-418-656-9200|website=http://www.viagenie.ca";
    QTest::newRow("4.0 PREF order") << v4 << 2
        << QString::fromUtf8("email=zoe@angstrom.ca ::: zoe.angstrom@universite-laval.ca|last_name=Ångström|first_name=Zoë"
           "|name_prefix=Dr.|department=Département de physique|extras=~Categories: recherche, partenaires");
}

void TestVcardReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, card);
    QFETCH(QString, expected);
    const QList<TableRecord> records = cardsOfFile(file);
    QCOMPARE(records.size(), 4);
    for (const TableRecord &r : records)
        QVERIFY2(r.isValid(), qPrintable(r.error));
    checkCells(records[card], expected);
}

void TestVcardReader::lineNumbersAndRawText()
{
    const QList<TableRecord> apple = cardsOfFile(QStringLiteral("apple-contacts-3.0.vcf"));
    QCOMPARE(apple.size(), 4);
    QList<qint64> lines;
    for (const TableRecord &r : apple)
        lines << r.lineNumber;
    QCOMPARE(lines, (QList<qint64>{1, 50, 62, 74}));
    // The card's text with its CRLFs, the PHOTO reduced to its first line.
    QVERIFY(apple[0].rawText.startsWith(QLatin1String("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:")));
    QVERIFY(apple[0].rawText.endsWith(QLatin1String("\r\nEND:VCARD")));
    QVERIFY(apple[0].rawText.contains(QLatin1String("PHOTO;ENCODING=b;TYPE=JPEG:/9j/")));
    QVERIFY(apple[0].rawText.size() < 3000);
    QVERIFY(apple[1].rawText.contains(QString::fromUtf8("FN:Boulangerie Lefèvre\r\n")));

    const QList<TableRecord> android = cardsOfFile(QStringLiteral("android-2.1.vcf"));
    QCOMPARE(android.size(), 4);
    QCOMPARE(android[1].lineNumber, 29);
    QCOMPARE(android[3].lineNumber, 45);

    // LF files, blank lines and text between cards.
    const QList<TableRecord> lf = cardsOf("\n\nBEGIN:VCARD\nN:A;;;;\nEND:VCARD\n\nnoise\nEND:VCARD\n\nbegin:vcard\nN:B;;;;\nend:vcard");
    QCOMPARE(lf.size(), 2);
    QCOMPARE(lf[0].lineNumber, 3);
    QCOMPARE(lf[0].rawText, QStringLiteral("BEGIN:VCARD\nN:A;;;;\nEND:VCARD"));
    QCOMPARE(lf[1].lineNumber, 10);
    QCOMPARE(lf[1].fields[VcardReader::LastName], QStringLiteral("B"));
    QVERIFY(lf[1].isValid());

    // A card's raw text is capped.
    QByteArray big = "BEGIN:VCARD\r\nN:Big;;;;\r\n";
    for (int i = 0; i < 3000; ++i)
        big += "NOTE:" + QByteArray(40, 'x') + "\r\n";
    big += "END:VCARD\r\n";
    const QList<TableRecord> capped = cardsOf(big);
    QCOMPARE(capped.size(), 1);
    QVERIFY(capped[0].isValid());
    QCOMPARE(capped[0].rawText.size(), VcardReader::maxRawText() + 1);
}

void TestVcardReader::missingEnd()
{
    const QByteArray input = crlf("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@x.fr\n"
                                  "BEGIN:VCARD\nVERSION:3.0\nN:Kim;Bo;;;\nEND:VCARD\n"
                                  "BEGIN:VCARD\nVERSION:3.0\nN:Last;One;;;\n");
    const QList<TableRecord> records = cardsOf(input);
    QCOMPARE(records.size(), 3);
    QVERIFY(!records[0].isValid());
    QVERIFY2(records[0].error.contains(QLatin1String("line 1")) && records[0].error.contains(QLatin1String("END:VCARD")),
             qPrintable(records[0].error));
    QCOMPARE(records[0].fields[VcardReader::LastName], QStringLiteral("Lee")); // a best guess
    QVERIFY(!records[0].rawText.contains(QLatin1String("Kim")));
    QCOMPARE(records[1].lineNumber, 5);
    QVERIFY(records[1].isValid());
    QCOMPARE(records[1].fields[VcardReader::LastName], QStringLiteral("Kim"));
    QCOMPARE(records[2].lineNumber, 9);
    QVERIFY(!records[2].isValid());
    QVERIFY(records[2].error.contains(QLatin1String("line 9")));

    // A QP soft break before END:VCARD does not swallow it.
    const QList<TableRecord> qp = cardsOf(crlf("BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\nEND:VCARD\n"
                                               "BEGIN:VCARD\nVERSION:2.1\nN:Next;;;;\nEND:VCARD\n"));
    QCOMPARE(qp.size(), 2);
    QVERIFY(qp[0].isValid());
    QCOMPARE(qp[0].fields[VcardReader::Description], QStringLiteral("abc"));
    QCOMPARE(qp[1].fields[VcardReader::LastName], QStringLiteral("Next"));
}

void TestVcardReader::oversizedCard()
{
    QByteArray input = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Huge;;;;\r\nNOTE:";
    for (int i = 0; i < 200; ++i)
        input += QByteArray(70, 'n') + "\r\n ";
    input += "end\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Small;;;;\r\nEND:VCARD\r\n";
    const QList<TableRecord> records = cardsOf(input, 4096);
    QCOMPARE(records.size(), 2);
    QVERIFY(!records[0].isValid());
    QVERIFY2(records[0].error.contains(QLatin1String("line 1")) && records[0].error.contains(QLatin1String("4 KiB")),
             qPrintable(records[0].error));
    QCOMPARE(records[0].fields.size(), qsizetype(VcardReader::ColumnCount));
    QVERIFY(records[0].fields[VcardReader::LastName].isEmpty());
    QVERIFY(records[1].isValid());
    QCOMPARE(records[1].fields[VcardReader::LastName], QStringLiteral("Small"));
}

void TestVcardReader::bigPhotoSkipped()
{
    // A 10 MB PHOTO, folded as Apple folds it, then as one line: skipped
    // while reading, so the card is read whatever the card size limit.
    for (bool oneLine : {false, true}) {
        QByteArray input = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Photo;Ann;;;\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
        const QByteArray chunk(74, 'A');
        for (int i = 0; i < 10 * 1024 * 1024 / 74; ++i) {
            if (!oneLine && i)
                input += "\r\n ";
            input += chunk;
        }
        input += "\r\nEMAIL:ann@x.fr\r\nEND:VCARD\r\n";
        QElapsedTimer timer;
        timer.start();
        const QList<TableRecord> records = cardsOf(input);
        QCOMPARE(records.size(), 1);
        QVERIFY2(records[0].isValid(), qPrintable(records[0].error));
        QCOMPARE(records[0].fields[VcardReader::LastName], QStringLiteral("Photo"));
        QCOMPARE(records[0].fields[VcardReader::Email], QStringLiteral("ann@x.fr"));
        QVERIFY(records[0].rawText.size() < 500);
        QVERIFY(timer.elapsed() < 10000);
    }
}

void TestVcardReader::overlongLineWithoutEnd()
{
    QByteArray input = "BEGIN:VCARD\nN:Long;;;;\nNOTE:" + QByteArray(100000, 'z');
    const QList<TableRecord> records = cardsOf(input, 1024);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records[0].isValid());
    QVERIFY(records[0].rawText.size() <= VcardReader::maxRawText() + 1);
}

void TestVcardReader::crowdedCard()
{
    // Many short properties within the card limit: linear time, and a long
    // group label shared by all of them does not multiply the card's size.
    QByteArray input = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Crowd;;;;\r\nitem1.X-ABLabel:" + QByteArray(20000, 'L') + "\r\n";
    for (int i = 0; i < 60000; ++i)
        input += "EMAIL:a" + QByteArray::number(i) + "@x.fr\r\nTEL:+1 202 555 " + QByteArray::number(i) + "\r\nitem1.X-A:b\r\n";
    input += "END:VCARD\r\n";
    QElapsedTimer timer;
    timer.start();
    const QList<TableRecord> records = cardsOf(input);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(records.size(), 1);
    QVERIFY2(records[0].isValid(), qPrintable(records[0].error));
    QCOMPARE(records[0].fields[VcardReader::Email].count(QLatin1String(" ::: ")), 59999);
    QVERIFY(records[0].fields[VcardReader::Extras].startsWith(QLatin1String("LLLL")));
    qsizetype chars = 0;
    for (const QString &field : records[0].fields)
        chars += field.size();
    QVERIFY(chars < 2 * input.size());
}

void TestVcardReader::fileEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Hélène;;;\r\nEMAIL:h@x.fr\r\nEND:VCARD\r\n"
                                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ωmega;Ζωή;;;\r\nEND:VCARD\r\n");
    QByteArray le, be;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        le += char(u & 0xFF);
        le += char(u >> 8);
        be += char(u >> 8);
        be += char(u & 0xFF);
    }
    QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8";
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE") + le << "UTF-16LE";
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF") + be << "UTF-16BE";
    QTest::newRow("UTF-16LE no BOM") << le << "UTF-16LE";
    QTest::newRow("UTF-16BE no BOM") << be << "UTF-16BE";
}

void TestVcardReader::fileEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VcardReader reader(&buffer);
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(reader.encoding(), encoding);
    QList<TableRecord> records = readAll(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].lineNumber, 1);
    QCOMPARE(records[1].fields[VcardReader::LastName], QString::fromUtf8("Lefèvre"));
    QCOMPARE(records[1].fields[VcardReader::FirstName], QString::fromUtf8("Hélène"));
    QCOMPARE(records[1].fields[VcardReader::Email], QStringLiteral("h@x.fr"));
    QVERIFY(records[1].rawText.startsWith(QLatin1String("BEGIN:VCARD")));
    QCOMPARE(records[2].lineNumber, 6);
    QCOMPARE(records[2].fields[VcardReader::FirstName], QString::fromUtf8("Ζωή"));
    QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
}

void TestVcardReader::windows1252File()
{
    VcardReader reader(sample(QStringLiteral("outlook-2.1.vcf")));
    QVERIFY(reader.isOpen());
    QCOMPARE(reader.encoding(), QStringLiteral("Windows-1252"));
    const QList<TableRecord> records = readAll(reader);
    QCOMPARE(records.size(), 5);
    QVERIFY(records[2].rawText.contains(QString::fromUtf8("Lefèvre")));
}

void TestVcardReader::trickleMatchesBuffer()
{
    for (const char *name : {"apple-contacts-3.0.vcf", "google-contacts-3.0.vcf", "outlook-2.1.vcf", "android-2.1.vcf",
                             "rfc6350-4.0.vcf"}) {
        QFile file(sample(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QList<TableRecord> expected = cardsOf(bytes);
        TrickleDevice device(bytes);
        VcardReader reader(&device);
        QVERIFY(reader.isOpen());
        QList<TableRecord> records = readAll(reader);
        records.removeFirst();
        QCOMPARE(records.size(), expected.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].fields, expected[i].fields);
            QCOMPARE(records[i].lineNumber, expected[i].lineNumber);
            QCOMPARE(records[i].rawText, expected[i].rawText);
        }
        QCOMPARE(reader.totalBytes(), qint64(-1));
    }
}

void TestVcardReader::notVcard()
{
    for (const QByteArray &bytes : {QByteArray("first_name,last_name\r\nAnn,Lee\r\n"), QByteArray(), QByteArray("\r\n\r\n"),
                                    QByteArray("\xFF\xFE")}) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        VcardReader reader(&buffer);
        QVERIFY(!reader.isOpen());
        QVERIFY(!reader.errorString().isEmpty());
        TableRecord record;
        QVERIFY(!reader.readRecord(&record));
    }
    QBuffer closed;
    VcardReader reader(&closed);
    QVERIFY(!reader.isOpen());
    QVERIFY(reader.errorString().contains(QLatin1String("not open")));
}

void TestVcardReader::pathErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        VcardReader reader(dir.filePath(QStringLiteral("missing.vcf")));
        QVERIFY(!reader.isOpen());
        QVERIFY(reader.errorString().contains(QLatin1String("missing.vcf")));
    }
    {
        VcardReader reader(dir.path());
        QVERIFY(!reader.isOpen());
        QVERIFY(!reader.errorString().isEmpty());
    }
    {
        QFile csv(dir.filePath(QStringLiteral("contacts.vcf")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Name,Email\r\n");
        csv.close();
        VcardReader reader(csv.fileName());
        QVERIFY(!reader.isOpen());
        QVERIFY2(reader.errorString().contains(QLatin1String("contacts.vcf"))
                     && reader.errorString().contains(QLatin1String("BEGIN:VCARD")),
                 qPrintable(reader.errorString()));
    }
}

void TestVcardReader::looksLikeVcard()
{
    QVERIFY(VcardReader::looksLikeVcard("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    QVERIFY(VcardReader::looksLikeVcard("\xEF\xBB\xBF\r\nbegin:vcard\n"));
    QVERIFY(VcardReader::looksLikeVcard(QByteArrayView("\xFF\xFE" "B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D\0", 24)));
    QVERIFY(VcardReader::looksLikeVcard(QByteArrayView("\0B\0E\0G\0I\0N\0:\0V\0C\0A\0R\0D", 22)));
    QVERIFY(!VcardReader::looksLikeVcard("Name,Email\r\n"));
    QVERIFY(!VcardReader::looksLikeVcard("BEGIN:VCALENDAR\r\n"));
    QVERIFY(!VcardReader::looksLikeVcard(""));
}

void TestVcardReader::progress()
{
    VcardReader reader(sample(QStringLiteral("android-2.1.vcf")));
    QVERIFY(reader.isOpen());
    const qint64 total = QFileInfo(sample(QStringLiteral("android-2.1.vcf"))).size();
    QCOMPARE(reader.totalBytes(), total);
    TableRecord record;
    qint64 last = -1;
    while (reader.readRecord(&record)) {
        QVERIFY(reader.bytesRead() >= last);
        QVERIFY(reader.bytesRead() <= total);
        last = reader.bytesRead();
    }
    QCOMPARE(last, total);
}

QTEST_GUILESS_MAIN(TestVcardReader)
#include "tst_vcardreader.moc"
