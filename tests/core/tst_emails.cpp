// EmailService: drafts from templates with the lead's fields filled in, the
// mailto URL for the desktop mail client, the email kept on the lead, and
// do-not-email refusing it.
#include "conversionservice.h"
#include "emailservice.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace TestHelpers;

class TestEmails : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }
    qint64 m_lead = 0;

    EmailMessage message(const QString &subject = QStringLiteral("Hello"))
    {
        EmailMessage m;
        m.leadId = m_lead;
        m.to = {QStringLiteral("zoe@example.org")};
        m.subject = subject;
        m.body = QStringLiteral("Body");
        return m;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        Lead lead = LeadBuilder()
                        .named(QStringLiteral("Zoé"), QStringLiteral("Durand"))
                        .company(QStringLiteral("Durand & Fils"))
                        .email(QStringLiteral("zoe@durand.fr"))
                        .email(QStringLiteral("contact@durand.fr"))
                        .city(QStringLiteral("Nantes"));
        lead.functionId = ws().references().add(RefKind::Function, QStringLiteral("Buyer"))->id;
        m_lead = m_tw->addLead(lead);
        QVERIFY(m_lead);
    }
    void cleanup() { m_tw.reset(); }

    void fillsPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("first name") << "Dear {first_name}," << "Dear Zoé,";
        QTest::addRow("company") << "{company} team" << "Durand & Fils team";
        QTest::addRow("full name") << "{full_name}" << "Zoé Durand";
        QTest::addRow("any lead field") << "in {city}" << "in Nantes";
        QTest::addRow("a reference by name") << "as {job_title}" << "as Buyer";
        QTest::addRow("an alias") << "{function}" << "Buyer";
        QTest::addRow("a list") << "{email}" << "zoe@durand.fr, contact@durand.fr";
        QTest::addRow("blank value") << "[{region}]" << "[]";
        QTest::addRow("the sender") << "{user_name}" << "tester";
        QTest::addRow("unknown placeholder kept") << "{nonsense} {first_name}" << "{nonsense} Zoé";
        QTest::addRow("no placeholder") << "plain text" << "plain text";
        QTest::addRow("braces without a name") << "{ } {}" << "{ } {}";
    }
    void fillsPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ws().emails().fill(text, *ws().leadRepository().find(m_lead)), expected);
    }

    void composesFromATemplate()
    {
        EmailTemplate t;
        t.name = QStringLiteral("Welcome");
        t.subject = QStringLiteral("Welcome, {first_name}");
        t.body = QStringLiteral("Hello {full_name} of {company}");
        auto added = ws().emails().addTemplate(t);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        auto draft = ws().emails().compose(m_lead, added->id);
        QVERIFY2(draft.ok(), qPrintable(draft.errorText()));
        QCOMPARE(draft->to, (QStringList{QStringLiteral("zoe@durand.fr"), QStringLiteral("contact@durand.fr")}));
        QCOMPARE(draft->subject, QStringLiteral("Welcome, Zoé"));
        QCOMPARE(draft->body, QStringLiteral("Hello Zoé Durand of Durand & Fils"));
        QCOMPARE(draft->templateId, added->id);
        QVERIFY(!ws().emails().compose(m_lead, 9999).ok());
        QVERIFY(ws().emails().templateByName(QStringLiteral("  WELCOME ")));
    }

    void keepsTheSentEmailOnTheLead()
    {
        QSignalSpy changed(&ws(), &Workspace::leadsChanged);
        EmailMessage m = message(QStringLiteral("Quote for {company}"));
        m.to = {QStringLiteral("zoe@durand.fr; boss@durand.fr"), QStringLiteral(" zoe@durand.fr ")};
        m.cc = {QStringLiteral("me@quarry.test")};
        m.body = QStringLiteral("Hi {first_name}");
        auto sent = ws().emails().send(m);
        QVERIFY2(sent.ok(), qPrintable(sent.errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sent->to, (QStringList{QStringLiteral("zoe@durand.fr"), QStringLiteral("boss@durand.fr")}));
        QCOMPARE(sent->subject, QStringLiteral("Quote for Durand & Fils"));
        QCOMPARE(sent->body, QStringLiteral("Hi Zoé"));
        QCOMPARE(sent->sentAt, ws().now());
        QCOMPARE(sent->sentBy, ws().currentUserId());
        const QList<EmailMessage> kept = ws().emails().forLead(m_lead);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().id, sent->id);
        QCOMPARE(kept.first().to, sent->to);
        QCOMPARE(kept.first().cc, QStringList{QStringLiteral("me@quarry.test")});
        QCOMPARE(kept.first().subject, sent->subject);
        const QList<Activity> history = ws().leads().history(m_lead);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const Activity &a) {
            return a.kind == Activity::Kind::Email && a.text.contains(QStringLiteral("Quote for Durand"));
        }));
    }

    void aLoggedEmailIsTakenOffItsLead()
    {
        auto sent = ws().emails().send(message(QStringLiteral("Quote")));
        QVERIFY(sent.ok());
        QVERIFY2(ws().emails().removeLogged(sent->id).ok(), "the undo of a send");
        QVERIFY(ws().emails().forLead(m_lead).isEmpty());
        QVERIFY(ws().leads().history(m_lead).last().text.contains(QStringLiteral("taken off")));
        QVERIFY(!ws().emails().removeLogged(sent->id).ok()); // gone
    }

    void refused_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("field");
        QTest::addRow("do not email") << "dne" << "do_not_email";
        QTest::addRow("no recipient") << "no to" << "to";
        QTest::addRow("bad recipient") << "bad to" << "to";
        QTest::addRow("bad copy") << "bad cc" << "cc";
        QTest::addRow("no subject") << "no subject" << "subject";
        QTest::addRow("unknown lead") << "unknown" << "id";
        QTest::addRow("converted lead") << "converted" << "lead";
    }
    void refused()
    {
        QFETCH(QString, situation);
        QFETCH(QString, field);
        EmailMessage m = message();
        if (situation == QLatin1String("dne")) {
            Lead l = *ws().leadRepository().find(m_lead);
            l.doNotEmail = true;
            QVERIFY(ws().leads().update(l).ok());
        } else if (situation == QLatin1String("no to")) {
            m.to.clear();
        } else if (situation == QLatin1String("bad to")) {
            m.to = {QStringLiteral("not-an-address")};
        } else if (situation == QLatin1String("bad cc")) {
            m.cc = {QStringLiteral("x@")};
        } else if (situation == QLatin1String("no subject")) {
            m.subject = QStringLiteral("  ");
        } else if (situation == QLatin1String("unknown")) {
            m.leadId = 9999;
        } else if (situation == QLatin1String("converted")) {
            QVERIFY(ws().conversions().convert(ws().conversions().defaultRequest(m_lead)).ok());
        }
        auto sent = ws().emails().send(m);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.problems().first().field, field);
        QVERIFY(ws().emails().forLead(m_lead).isEmpty());
    }

    void doNotEmailSaysWhy()
    {
        Lead l = *ws().leadRepository().find(m_lead);
        l.doNotEmail = true;
        QVERIFY(ws().leads().update(l).ok());
        auto sent = ws().emails().send(message());
        QVERIFY(!sent.ok());
        QVERIFY(sent.errorText().contains(QStringLiteral("Zoé Durand")));
        QVERIFY(sent.errorText().contains(QStringLiteral("Do not email")));
        QVERIFY(!ws().emails().compose(m_lead).ok());
    }

    void mailtoUrl_data()
    {
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::addRow("address only") << QStringList{"a@b.fr"} << QStringList() << QString() << QString() << "mailto:a@b.fr";
        QTest::addRow("several, spaces and ampersand")
            << QStringList{"a@b.fr", "c@d.fr"} << QStringList{"e@f.fr"} << "Q&A today" << QString()
            << "mailto:a@b.fr,c@d.fr?cc=e@f.fr&subject=Q%26A%20today";
        QTest::addRow("accents as UTF-8, line breaks as CRLF")
            << QStringList{"a@b.fr"} << QStringList() << "Zoé" << "line 1\nline 2"
            << "mailto:a@b.fr?subject=Zo%C3%A9&body=line%201%0D%0Aline%202";
        QTest::addRow("question mark and equals in the body")
            << QStringList{"a@b.fr"} << QStringList() << QString() << "1+1=2?" << "mailto:a@b.fr?body=1%2B1%3D2%3F";
    }
    void mailtoUrl()
    {
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        EmailMessage m;
        m.to = to;
        m.cc = cc;
        m.subject = subject;
        m.body = body;
        const QString url = EmailService::mailtoUrl(m);
        QCOMPARE(url, expected);
        // What a mail client reads back.
        const QUrl parsed(url);
        QCOMPARE(parsed.scheme(), QStringLiteral("mailto"));
        if (!subject.isEmpty())
            QCOMPARE(QUrlQuery(parsed).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject);
    }

    void templates()
    {
        EmailTemplate t;
        t.name = QStringLiteral("Follow-up");
        t.subject = QStringLiteral("Following up");
        auto added = ws().emails().addTemplate(t);
        QVERIFY(added.ok());
        QVERIFY(!ws().emails().addTemplate(t).ok()); // same name
        EmailTemplate blank;
        blank.name = QStringLiteral("Blank");
        QCOMPARE(ws().emails().addTemplate(blank).problems().first().field, QStringLiteral("body"));
        EmailTemplate unnamed;
        unnamed.subject = QStringLiteral("x");
        QCOMPARE(ws().emails().addTemplate(unnamed).problems().first().field, QStringLiteral("name"));
        EmailTemplate edited = added.value();
        edited.body = QStringLiteral("Any news, {first_name}?");
        QVERIFY(ws().emails().updateTemplate(edited).ok());
        QCOMPARE(ws().emails().findTemplate(added->id)->body, edited.body);
        QCOMPARE(ws().emails().templates().size(), 1);
        QVERIFY(ws().emails().removeTemplate(added->id).ok());
        QVERIFY(ws().emails().templates().isEmpty());
        QVERIFY(!ws().emails().removeTemplate(added->id).ok());
    }
};

QTEST_GUILESS_MAIN(TestEmails)
#include "tst_emails.moc"
