// The lead form's Events, Emails, Attachments and Tickets tabs and the
// schedule-event and compose-email dialogs, over the real services on a
// real SQLite file: lists follow the services' changes, refusals of the
// core (do-not-call, do-not-email, size limit) are shown and save nothing,
// several leads get one event or email each with the refused named, and
// the lead form shows the real tabs and the derived event dates.
#include "activities/attachmentstab.h"
#include "activities/composeemaildialog.h"
#include "activities/desktophandoff.h"
#include "activities/emailstab.h"
#include "activities/eventstab.h"
#include "activities/scheduleeventdialog.h"
#include "activities/ticketstab.h"
#include "attachmentservice.h"
#include "emailservice.h"
#include "eventservice.h"
#include "fieldeditor.h"
#include "leadcommands.h"
#include "leadform.h"
#include "messagebanner.h"
#include "testhelpers.h"
#include "ticketservice.h"
#include "workflow/workflowactions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace TestHelpers;

class TestActivities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eventsTabListsAndFollowsChanges();
    void eventsTabButtonsMarkAndDelete();
    void unsavedLeadCannotTakeEntries();
    void scheduleDialogCreatesAnEvent();
    void scheduleDialogRefusesACallOnDoNotCall();
    void scheduleDialogShowsProblemsAtTheirField();
    void scheduleDialogEditsAnEvent();
    void schedulingOnSeveralLeadsNamesTheRefused();
    void composeWithTemplateFillsTheLeadAndSendKeepsIt();
    void composeRefusesDoNotEmail();
    void composeShowsProblemsAtTheirField();
    void composeToSeveralLeads();
    void attachmentsAddOpenSaveRemove();
    void attachmentsDroppedOnTheTab();
    void attachmentSizeLimitIsShown();
    void ticketsNewCloseReopen();
    void leadFormHasTheRealTabsAndEventDates();

private:
    qint64 addLead(const QString &first, const QString &last, bool doNotCall = false, bool doNotEmail = false);
    QString writeFile(const QString &name, const QByteArray &data);

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_lead = 0;
    QList<QUrl> m_opened;
    DesktopHandoff::Opener m_previousOpener;
    bool m_answer = true;
    int m_asked = 0;
};

qint64 TestActivities::addLead(const QString &first, const QString &last, bool doNotCall, bool doNotEmail)
{
    Lead lead = LeadBuilder().named(first, last).company(QStringLiteral("Acme")).email(first.toLower() + QStringLiteral("@acme.fr"));
    lead.doNotCall = doNotCall;
    lead.doNotEmail = doNotEmail;
    return m_tw->addLead(lead);
}

QString TestActivities::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_tw->dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestActivities::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    m_lead = addLead(QStringLiteral("Jean"), QStringLiteral("Dupont"));
    QVERIFY(m_lead);
    m_opened.clear();
    m_previousOpener = DesktopHandoff::setOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_answer = true;
    m_asked = 0;
    RecordListTab::setConfirm([this](QWidget *, const QString &, const QString &) {
        ++m_asked;
        return m_answer;
    });
}

void TestActivities::cleanup()
{
    DesktopHandoff::setOpener(m_previousOpener);
    RecordListTab::setConfirm({});
    m_tw.reset();
}

void TestActivities::eventsTabListsAndFollowsChanges()
{
    EventsTab tab(m_tw->ws());
    QSignalSpy counts(&tab, &LeadTabPage::countChanged);
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QVERIFY(tab.ids().isEmpty());
    QVERIFY(tab.newButton()->isEnabled());

    Event e;
    e.leadId = m_lead;
    e.kind = Event::Kind::Meeting;
    e.subject = QStringLiteral("Fleet demo");
    e.startsAt = m_tw->ws().now().addDays(2);
    e.durationMinutes = 90;
    auto added = m_tw->ws().events().add(e);
    QVERIFY2(added.ok(), qPrintable(added.errorText()));

    // The service's change reaches the tab through the workspace signal.
    QCOMPARE(tab.ids(), QList<qint64>{added->id});
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QTreeWidgetItem *row = tab.list()->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("Meeting"));
    QCOMPARE(row->text(1), QStringLiteral("Fleet demo"));
    QVERIFY(row->text(3).contains(QStringLiteral("1 h 30 min")));
    QCOMPARE(row->text(4), QStringLiteral("Planned"));
    QCOMPARE(row->text(5), m_tw->ws().currentUser().name);
    QVERIFY(!row->icon(0).isNull());

    QVERIFY(m_tw->ws().events().setState(added->id, Event::State::Done).ok());
    QCOMPARE(tab.list()->topLevelItem(0)->text(4), QStringLiteral("Done"));
    QCOMPARE(counts.last().at(0).toInt(), 0); // the title counts planned events
}

void TestActivities::eventsTabButtonsMarkAndDelete()
{
    EventsTab tab(m_tw->ws());
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    Event e;
    e.leadId = m_lead;
    e.kind = Event::Kind::Task;
    e.subject = QStringLiteral("Send the price list");
    e.startsAt = m_tw->ws().now().addDays(1);
    const qint64 id = m_tw->ws().events().add(e)->id;
    QVERIFY(tab.selectId(id));
    QVERIFY(tab.doneButton()->isEnabled());
    QVERIFY(tab.cancelButton()->isEnabled());

    QTest::mouseClick(tab.cancelButton(), Qt::LeftButton);
    QCOMPARE(m_tw->ws().events().find(id)->state, Event::State::Cancelled);
    QVERIFY(!tab.doneButton()->isEnabled()); // only a planned event is marked
    QCOMPARE(tab.currentId(), id);            // the selection survives the reload

    m_answer = false;
    QTest::mouseClick(tab.deleteButton(), Qt::LeftButton);
    QCOMPARE(m_asked, 1);
    QVERIFY(m_tw->ws().events().find(id).has_value());
    m_answer = true;
    QTest::keyClick(tab.list(), Qt::Key_Delete); // the Delete key asks too
    QCOMPARE(m_asked, 2);
    QVERIFY(!m_tw->ws().events().find(id).has_value());
    QVERIFY(tab.ids().isEmpty());
    QVERIFY(!tab.deleteButton()->isEnabled());
}

void TestActivities::unsavedLeadCannotTakeEntries()
{
    EventsTab events(m_tw->ws());
    EmailsTab emails(m_tw->ws());
    AttachmentsTab files(m_tw->ws());
    TicketsTab tickets(m_tw->ws());
    for (RecordListTab *tab : std::initializer_list<RecordListTab *>{&events, &emails, &files, &tickets}) {
        QSignalSpy counts(tab, &LeadTabPage::countChanged);
        tab->setLead(Lead());
        QCOMPARE(counts.last().at(0).toInt(), -1);
        QVERIFY2(tab->hint()->text().contains(QStringLiteral("Save the lead")), qPrintable(tab->objectName()));
        QVERIFY(!tab->hint()->isHidden());
    }
    QVERIFY(!events.newButton()->isEnabled());
    QVERIFY(!emails.composeButton()->isEnabled());
    QVERIFY(!files.addFilesButton()->isEnabled());
    QVERIFY(!files.addFiles({writeFile(QStringLiteral("a.txt"), "x")}));
    QVERIFY(!tickets.newButton()->isEnabled());
    QVERIFY(!tickets.addTicket(QStringLiteral("Nothing")));
}

void TestActivities::scheduleDialogCreatesAnEvent()
{
    ScheduleEventDialog dialog(m_tw->ws(), QList<qint64>{m_lead});
    // Defaults: the next full hour, 30 minutes, the current user.
    QCOMPARE(dialog.startEdit()->dateTime(), QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toLocalTime());
    QCOMPARE(dialog.durationSpin()->value(), 30);
    QCOMPARE(dialog.ownerCombo()->currentData().toLongLong(), m_tw->ws().currentUserId());
    QVERIFY(dialog.startEdit()->calendarPopup());

    dialog.setKind(Event::Kind::Meeting);
    QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Visit the depot"));
    const QDateTime start = QDateTime(QDate(2026, 3, 5), QTime(14, 0), Qt::UTC);
    dialog.setStart(start);
    dialog.setDuration(45);
    // Duration and end stay in step both ways.
    QCOMPARE(dialog.endEdit()->dateTime(), start.addSecs(45 * 60).toLocalTime());
    dialog.setEnd(start.addSecs(120 * 60));
    QCOMPARE(dialog.durationSpin()->value(), 120);

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Event> events = m_tw->ws().events().forLead(m_lead);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().subject, QStringLiteral("Visit the depot"));
    QCOMPARE(events.first().kind, Event::Kind::Meeting);
    QCOMPARE(events.first().durationMinutes, 120);
    QCOMPARE(events.first().startsAt.toUTC(), start);
    // The lead's next event date follows (derived by the core).
    QCOMPARE(m_tw->ws().leads().get(m_lead)->nextEventAt.toUTC(), start);
}

void TestActivities::scheduleDialogRefusesACallOnDoNotCall()
{
    const qint64 dnc = addLead(QStringLiteral("Marie"), QStringLiteral("Curie"), true);
    ScheduleEventDialog dialog(m_tw->ws(), QList<qint64>{dnc});
    QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(Event::Kind::Meeting)); // not a refusal by default
    dialog.setKind(Event::Kind::Call);
    dialog.setSubject(QStringLiteral("Follow-up call"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problemAt(QStringLiteral("kind")).contains(QStringLiteral("Do not call")), qPrintable(dialog.problemAt(QStringLiteral("kind"))));
    QVERIFY(dialog.kindCombo()->property("problem").toBool());
    QVERIFY(m_tw->ws().events().forLead(dnc).isEmpty());

    // A meeting is fine.
    dialog.setKind(Event::Kind::Meeting);
    QVERIFY(dialog.save());
    QCOMPARE(m_tw->ws().events().forLead(dnc).size(), 1);
}

void TestActivities::scheduleDialogShowsProblemsAtTheirField()
{
    ScheduleEventDialog dialog(m_tw->ws(), QList<qint64>{m_lead});
    dialog.setSubject(QStringLiteral("   "));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.problemAt(QStringLiteral("subject")).isEmpty());
    QVERIFY(dialog.subjectEdit()->property("problem").toBool());

    dialog.setSubject(QStringLiteral("Call back"));
    dialog.setEnd(dialog.startEdit()->dateTime().addSecs(-3600));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problemAt(QStringLiteral("subject")).isEmpty());
    QVERIFY(!dialog.subjectEdit()->property("problem").toBool());
    QVERIFY(dialog.problemAt(QStringLiteral("end")).contains(QStringLiteral("before the start")));
    QVERIFY(m_tw->ws().events().forLead(m_lead).isEmpty());
}

void TestActivities::scheduleDialogEditsAnEvent()
{
    Event e;
    e.leadId = m_lead;
    e.subject = QStringLiteral("Call");
    e.startsAt = m_tw->ws().now().addDays(1);
    const Event added = m_tw->ws().events().add(e).value();
    ScheduleEventDialog dialog(m_tw->ws(), added);
    QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Call"));
    auto *state = dialog.findChild<QComboBox *>(QStringLiteral("eventState"));
    QVERIFY(state);
    dialog.setSubject(QStringLiteral("Call about the quote"));
    state->setCurrentIndex(state->findData(int(Event::State::Done)));
    QVERIFY(dialog.save());
    const Event saved = *m_tw->ws().events().find(added.id);
    QCOMPARE(saved.subject, QStringLiteral("Call about the quote"));
    QCOMPARE(saved.state, Event::State::Done);
    QCOMPARE(m_tw->ws().events().forLead(m_lead).size(), 1);
}

void TestActivities::schedulingOnSeveralLeadsNamesTheRefused()
{
    const qint64 b = addLead(QStringLiteral("Paul"), QStringLiteral("Martin"));
    const qint64 dnc = addLead(QStringLiteral("Marie"), QStringLiteral("Curie"), true);
    ScheduleEventDialog dialog(m_tw->ws(), {m_lead, b, dnc});
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("eventLeads"))->text().contains(QStringLiteral("3 lead")));

    // A problem of the event itself saves nothing on any lead.
    dialog.setKind(Event::Kind::Call);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.problemAt(QStringLiteral("subject")).isEmpty());
    QVERIFY(dialog.saved().isEmpty());

    dialog.setSubject(QStringLiteral("Spring offer"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.saved().size(), 2);
    QCOMPARE(m_tw->ws().events().forLead(m_lead).size(), 1);
    QCOMPARE(m_tw->ws().events().forLead(b).size(), 1);
    QVERIFY(m_tw->ws().events().forLead(dnc).isEmpty());
    QCOMPARE(dialog.refusals().size(), 1);
    QVERIFY(dialog.refusals().first().contains(QStringLiteral("Marie Curie")));
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("Marie Curie")));
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("2 of 3")));
    QCOMPARE(dialog.leadIds(), QList<qint64>{dnc}); // only the refused stay

    dialog.setKind(Event::Kind::Meeting);
    QVERIFY(dialog.save());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_tw->ws().events().forLead(dnc).size(), 1);
    QCOMPARE(m_tw->ws().events().forLead(m_lead).size(), 1); // not twice
}

void TestActivities::composeWithTemplateFillsTheLeadAndSendKeepsIt()
{
    EmailTemplate t;
    t.name = QStringLiteral("Welcome");
    t.subject = QStringLiteral("Hello {first_name}");
    t.body = QStringLiteral("Dear {full_name},\nthank you for your interest in {company}.");
    QVERIFY(m_tw->ws().emails().addTemplate(t).ok());

    EmailsTab tab(m_tw->ws());
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QVERIFY(tab.composeButton()->isEnabled());

    ComposeEmailDialog dialog(m_tw->ws(), {m_lead});
    QCOMPARE(dialog.toEdit()->text(), QStringLiteral("jean@acme.fr"));
    QCOMPARE(dialog.templateCombo()->count(), 2);
    dialog.templateCombo()->setCurrentIndex(1);
    emit dialog.templateCombo()->activated(1);
    QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Hello Jean"));
    QVERIFY(dialog.bodyEdit()->toPlainText().startsWith(QStringLiteral("Dear Jean Dupont,")));
    QVERIFY(dialog.bodyEdit()->toPlainText().contains(QStringLiteral("Acme")));
    dialog.setCc(QStringLiteral("boss@quarry.test"));
    QVERIFY(dialog.handOff());

    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<EmailMessage> kept = m_tw->ws().emails().forLead(m_lead);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().subject, QStringLiteral("Hello Jean"));
    QCOMPARE(kept.first().cc, QStringList{QStringLiteral("boss@quarry.test")});
    // Handed to the mail client (the test's opener), never a real one.
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().scheme(), QStringLiteral("mailto"));
    QVERIFY(m_opened.first().toString().startsWith(QStringLiteral("mailto:jean@acme.fr")));

    // The Emails tab lists it and previews the body.
    QCOMPARE(tab.ids(), QList<qint64>{kept.first().id});
    QCOMPARE(tab.list()->topLevelItem(0)->text(2), QStringLiteral("Hello Jean"));
    QVERIFY(tab.preview()->toPlainText().contains(QStringLiteral("thank you for your interest in Acme")));
}

void TestActivities::composeRefusesDoNotEmail()
{
    const qint64 dne = addLead(QStringLiteral("Marie"), QStringLiteral("Curie"), false, true);
    EmailsTab tab(m_tw->ws());
    tab.setLead(m_tw->ws().leads().get(dne).value());
    QVERIFY(!tab.composeButton()->isEnabled());
    QVERIFY(tab.hint()->text().contains(QStringLiteral("Do not email")));

    ComposeEmailDialog dialog(m_tw->ws(), {dne});
    QVERIFY(!dialog.banner()->isHidden());
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("Do not email")));
    QVERIFY(!dialog.sendButton()->isEnabled());
    dialog.setTo(QStringLiteral("marie@acme.fr"));
    dialog.setSubject(QStringLiteral("Offer"));
    QVERIFY(!dialog.send());
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("Do not email")));
    QVERIFY(m_tw->ws().emails().forLead(dne).isEmpty());
    QVERIFY(m_opened.isEmpty());
}

void TestActivities::composeShowsProblemsAtTheirField()
{
    ComposeEmailDialog dialog(m_tw->ws(), {m_lead});
    dialog.setTo(QStringLiteral("not an address"));
    QVERIFY(!dialog.send());
    QVERIFY(dialog.problemAt(QStringLiteral("to")).contains(QStringLiteral("not a valid email")));
    QVERIFY(!dialog.problemAt(QStringLiteral("subject")).isEmpty());
    QVERIFY(dialog.toEdit()->property("problem").toBool());
    QVERIFY(m_tw->ws().emails().forLead(m_lead).isEmpty());
    QVERIFY(m_opened.isEmpty());
}

void TestActivities::composeToSeveralLeads()
{
    EmailTemplate t;
    t.name = QStringLiteral("Offer");
    t.subject = QStringLiteral("An offer for {first_name}");
    t.body = QStringLiteral("Hello {first_name}");
    const qint64 templateId = m_tw->ws().emails().addTemplate(t)->id;
    const qint64 b = addLead(QStringLiteral("Paul"), QStringLiteral("Martin"));
    const qint64 dne = addLead(QStringLiteral("Marie"), QStringLiteral("Curie"), false, true);

    ComposeEmailDialog dialog(m_tw->ws(), {m_lead, b, dne});
    QVERIFY(!dialog.toEdit()->isEnabled()); // each lead's own addresses
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("Marie Curie")));
    dialog.setTemplate(templateId);
    QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("An offer for {first_name}"));

    QVERIFY(!dialog.send());
    QCOMPARE(dialog.sent().size(), 2);
    QCOMPARE(m_tw->ws().emails().forLead(m_lead).first().subject, QStringLiteral("An offer for Jean"));
    QCOMPARE(m_tw->ws().emails().forLead(b).first().subject, QStringLiteral("An offer for Paul"));
    QCOMPARE(m_tw->ws().emails().forLead(b).first().to, QStringList{QStringLiteral("paul@acme.fr")});
    QVERIFY(m_tw->ws().emails().forLead(dne).isEmpty());
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(dialog.refusals().size(), 1);
    QVERIFY(dialog.refusals().first().contains(QStringLiteral("Marie Curie")));
    QVERIFY(dialog.banner()->text().contains(QStringLiteral("2 of 3")));
    QCOMPARE(dialog.leadIds(), QList<qint64>{dne});
    QVERIFY(!dialog.sendButton()->isEnabled());

    // Without the hand-off the email is kept and nothing is opened.
    m_opened.clear();
    ComposeEmailDialog again(m_tw->ws(), {b});
    again.setHandOff(false);
    again.setSubject(QStringLiteral("Kept only"));
    QVERIFY(again.send());
    QCOMPARE(m_tw->ws().emails().forLead(b).size(), 2);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(again.handedOff().isEmpty());
}

void TestActivities::attachmentsAddOpenSaveRemove()
{
    AttachmentsTab tab(m_tw->ws());
    QSignalSpy counts(&tab, &LeadTabPage::countChanged);
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QVERIFY(tab.acceptDrops());
    const QByteArray data = "Quote for 40 vans\n";
    QVERIFY(tab.addFiles({writeFile(QStringLiteral("quote.txt"), data)}));
    QCOMPARE(tab.ids().size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QTreeWidgetItem *row = tab.list()->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("quote.txt"));
    QCOMPARE(row->text(1), AttachmentService::sizeText(data.size()));
    QCOMPARE(row->text(3), m_tw->ws().currentUser().name);
    QCOMPARE(tab.currentId(), tab.ids().first());

    // Open: a temporary copy handed to the desktop (the test's opener).
    QTest::keyClick(tab.list(), Qt::Key_Return); // Enter opens too
    QCOMPARE(m_opened.size(), 1);
    m_opened.clear();
    const QString opened = tab.openCurrent();
    QVERIFY(!opened.isEmpty());
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(opened)});
    QFile copy(opened);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), data);

    const QString saved = m_tw->dir() + QStringLiteral("/saved-quote.txt");
    QVERIFY(tab.saveCurrentAs(saved));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QCOMPARE(savedFile.readAll(), data);

    m_answer = false;
    QVERIFY(!tab.removeCurrent());
    QCOMPARE(m_tw->ws().attachments().forLead(m_lead).size(), 1);
    m_answer = true;
    QTest::mouseClick(tab.removeButton(), Qt::LeftButton);
    QCOMPARE(m_asked, 2);
    QVERIFY(m_tw->ws().attachments().forLead(m_lead).isEmpty());
    QVERIFY(tab.ids().isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

void TestActivities::attachmentsDroppedOnTheTab()
{
    AttachmentsTab tab(m_tw->ws());
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("a.pdf"), "%PDF-1.4 a")),
                  QUrl::fromLocalFile(writeFile(QStringLiteral("b.csv"), "x,y\n1,2\n"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&tab, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&tab, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(tab.ids().size(), 2);
    QStringList names;
    for (const Attachment &a : m_tw->ws().attachments().forLead(m_lead))
        names << a.fileName;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("a.pdf"), QStringLiteral("b.csv")}));
}

void TestActivities::attachmentSizeLimitIsShown()
{
    QVERIFY(m_tw->ws().options().set(QStringLiteral("attachment_max_bytes"), QStringLiteral("100")).ok());
    AttachmentsTab tab(m_tw->ws());
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QVERIFY(tab.hint()->text().contains(AttachmentService::sizeText(100)));
    QVERIFY(!tab.addFiles({writeFile(QStringLiteral("big.bin"), QByteArray(500, 'x'))}));
    QVERIFY(!tab.banner()->isHidden());
    QCOMPARE(tab.banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(tab.banner()->text().contains(QStringLiteral("big.bin")), qPrintable(tab.banner()->text()));
    QVERIFY(tab.banner()->text().contains(QStringLiteral("limited to")));
    QVERIFY(m_tw->ws().attachments().forLead(m_lead).isEmpty());
    // A small file still goes in, and the message goes away.
    QVERIFY(tab.addFiles({writeFile(QStringLiteral("small.txt"), "ok")}));
    QVERIFY(tab.banner()->isHidden());
    QCOMPARE(tab.ids().size(), 1);
}

void TestActivities::ticketsNewCloseReopen()
{
    TicketsTab tab(m_tw->ws());
    QSignalSpy counts(&tab, &LeadTabPage::countChanged);
    tab.setLead(m_tw->ws().leads().get(m_lead).value());
    QVERIFY(!tab.addTicket(QStringLiteral("  ")));
    QVERIFY(tab.banner()->text().contains(QStringLiteral("subject")));
    QVERIFY(tab.addTicket(QStringLiteral("Install the second line"), QStringLiteral("Before April")));
    QCOMPARE(tab.ids().size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(tab.list()->topLevelItem(0)->text(1), QStringLiteral("Open"));
    QCOMPARE(tab.toggleButton()->text(), QStringLiteral("&Close ticket"));

    QTest::mouseClick(tab.toggleButton(), Qt::LeftButton);
    const Ticket closed = *m_tw->ws().tickets().find(tab.ids().first());
    QVERIFY(!closed.isOpen);
    QCOMPARE(tab.list()->topLevelItem(0)->text(1), QStringLiteral("Closed"));
    QVERIFY(!tab.list()->topLevelItem(0)->text(3).isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), 0); // the title counts open tickets
    QCOMPARE(tab.toggleButton()->text(), QStringLiteral("Re&open ticket"));

    QVERIFY(tab.toggleCurrent());
    QVERIFY(m_tw->ws().tickets().find(closed.id)->isOpen);
    QCOMPARE(counts.last().at(0).toInt(), 1);
}

void TestActivities::leadFormHasTheRealTabsAndEventDates()
{
    QUndoStack undo;
    LeadCommands commands(m_tw->ws(), undo);
    WorkflowActions actions(m_tw->ws());
    LeadForm form(m_tw->ws(), commands);
    form.setLeadActions(&actions);
    form.resize(1200, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.findChild<EventsTab *>());
    QVERIFY(form.findChild<EmailsTab *>());
    QVERIFY(form.findChild<AttachmentsTab *>());
    QVERIFY(form.findChild<TicketsTab *>());
    QVERIFY(form.openLead(m_lead));

    auto *events = form.findChild<EventsTab *>();
    QVERIFY(events->newButton()->isEnabled());
    Event e;
    e.leadId = m_lead;
    e.kind = Event::Kind::Meeting;
    e.subject = QStringLiteral("Demo");
    e.startsAt = QDateTime(QDate(2026, 3, 9), QTime(15, 0), Qt::UTC);
    QVERIFY(m_tw->ws().events().add(e).ok());
    QCOMPARE(form.editor(QStringLiteral("next_event_at"))->value().toDateTime().toUTC(), e.startsAt);
    auto *tabs = form.findChild<QTabWidget *>(QStringLiteral("leadTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(events)), QStringLiteral("Events (1)"));
    QVERIFY(!form.isModified());

    // A new lead: the tabs explain that it must be saved first.
    form.newLead();
    QVERIFY(!events->newButton()->isEnabled());
    QCOMPARE(tabs->tabText(tabs->indexOf(events)), QStringLiteral("Events"));
    form.setLeadActions(nullptr);
}

QTEST_MAIN(TestActivities)
#include "tst_activities.moc"
