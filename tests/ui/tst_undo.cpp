// Undo of every desktop action, one step each with an honest label, over the
// real services: creating a lead, losing and reopening, a comment, an
// event's creation, state and deletion, an attachment attached and removed
// (ids that change when a record comes back are followed), and Redo cleared
// by an action that is not undone here.
#include "activities/attachmentstab.h"
#include "activities/eventstab.h"
#include "activities/recordlisttab.h"
#include "activitytab.h"
#include "citiespage.h"
#include "configundo.h"
#include "emailservice.h"
#include "emailtemplatespage.h"
#include "userspage.h"
#include "optionspage.h"
#include "referencelistpage.h"
#include "tagspage.h"
#include "statusconfigpage.h"
#include "statusservice.h"
#include "optionsservice.h"
#include "referenceservice.h"
#include "attachmentservice.h"
#include "changewatcher.h"
#include "eventservice.h"
#include "leadcommands.h"
#include "lossservice.h"
#include "testhelpers.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace TestHelpers;

class TestUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<LeadCommands> m_commands;
    qint64 m_lead = 0;

    Workspace &ws() { return m_tw->ws(); }
    QStringList comments()
    {
        QStringList out;
        for (const Activity &a : ws().leads().history(m_lead))
            if (a.kind == Activity::Kind::Comment)
                out << a.text;
        return out;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_stack = std::make_unique<QUndoStack>();
        m_commands = std::make_unique<LeadCommands>(ws(), *m_stack);
        m_lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("Dupont")));
        RecordListTab::setConfirm([](QWidget *, const QString &, const QString &) { return true; });
        ConfigUndo::setCommands(m_commands.get());
    }
    void cleanup()
    {
        RecordListTab::setConfirm({});
        m_commands.reset();
        m_stack.reset();
        m_tw.reset();
    }

    void creatingALeadIsUndoneIntoTheTrash()
    {
        Lead lead = LeadBuilder().named(QStringLiteral("Anne"), QStringLiteral("Martin"));
        auto saved = m_commands->save(lead);
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Create Anne Martin"));
        m_stack->undo();
        QVERIFY(ws().leads().get(saved->lead.id).errorText().contains(QStringLiteral("trash")));
        m_stack->redo();
        QVERIFY(ws().leads().get(saved->lead.id).ok());
    }

    void loseAndReopenAreOneStepEach()
    {
        const qint64 was = ws().leads().get(m_lead)->statusId;
        const qint64 reason = ws().losses().reasons().first().id;
        QVERIFY(m_commands->recordWorkflow({m_lead}, [&] { return ws().losses().lose(m_lead, reason, QStringLiteral("Too far")).ok(); }));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Lose Jean Dupont"));
        m_stack->undo();
        QCOMPARE(ws().leads().get(m_lead)->statusId, was);
        m_stack->redo();
        QVERIFY(ws().leads().isLost(ws().leads().get(m_lead).value()));
        QCOMPARE(ws().leads().get(m_lead)->lostComment, QStringLiteral("Too far"));

        const qint64 open = ws().statuses().all().at(1).id;
        QVERIFY(m_commands->recordWorkflow({m_lead}, [&] { return ws().losses().reopen(m_lead, open).ok(); }));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Reopen Jean Dupont"));
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo(); // lost again, with its reason and comment
        const Lead lost = ws().leads().get(m_lead).value();
        QVERIFY(ws().leads().isLost(lost));
        QCOMPARE(lost.lostReasonId, reason);
        QCOMPARE(lost.lostComment, QStringLiteral("Too far"));
        // A dialog cancelled pushes nothing.
        QVERIFY(!m_commands->recordWorkflow({m_lead}, [] { return false; }));
        QCOMPARE(m_stack->index(), 1);
    }

    void aCommentIsTakenOffAndWrittenAgain()
    {
        ActivityTab tab(ws());
        tab.setCommands(m_commands.get());
        tab.setLead(ws().leads().get(m_lead).value());
        tab.commentEdit()->setPlainText(QStringLiteral("Called, will call back Monday"));
        QVERIFY(tab.addComment());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Comment on Jean Dupont"));
        m_stack->undo();
        QCOMPARE(comments(), QStringList{});
        m_stack->redo();
        QCOMPARE(comments(), QStringList{QStringLiteral("Called, will call back Monday")});
        m_stack->undo();
        QCOMPARE(comments(), QStringList{});
    }

    void anEventDeletedComesBackAndItsStateFollows()
    {
        EventsTab tab(ws());
        tab.setCommands(m_commands.get());
        tab.setLead(ws().leads().get(m_lead).value());
        Event e;
        e.leadId = m_lead;
        e.kind = Event::Kind::Task;
        e.subject = QStringLiteral("Send the price list");
        e.startsAt = ws().now().addDays(1);
        const qint64 id = ws().events().add(e)->id;
        QVERIFY(tab.selectId(id));
        QVERIFY(tab.markCurrent(Event::State::Done));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Mark \"Send the price list\" done"));
        QVERIFY(tab.selectId(id));
        QVERIFY(tab.removeCurrent());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Delete \"Send the price list\""));
        QVERIFY(ws().events().forLead(m_lead).isEmpty());
        m_stack->undo(); // back, under a new id
        const QList<Event> back = ws().events().forLead(m_lead);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().subject, QStringLiteral("Send the price list"));
        QCOMPARE(back.first().state, Event::State::Done);
        m_stack->undo(); // the mark, on the event as it is now
        QCOMPARE(ws().events().forLead(m_lead).first().state, Event::State::Planned);
        m_stack->redo();
        m_stack->redo();
        QVERIFY(ws().events().forLead(m_lead).isEmpty());
    }

    void anAttachmentRemovedComesBackWhole()
    {
        AttachmentsTab tab(ws());
        tab.setCommands(m_commands.get());
        tab.setLead(ws().leads().get(m_lead).value());
        const QString path = m_tw->dir() + QStringLiteral("/offer.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Offer for 40 vans\n");
        f.close();
        QVERIFY(tab.addFiles({path}));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Attach \"offer.txt\""));
        QVERIFY(tab.selectId(ws().attachments().forLead(m_lead).first().id));
        QVERIFY(tab.removeCurrent());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Remove \"offer.txt\""));
        QVERIFY(ws().attachments().forLead(m_lead).isEmpty());
        m_stack->undo();
        const QList<Attachment> back = ws().attachments().forLead(m_lead);
        QCOMPARE(back.size(), 1);
        QCOMPARE(ws().attachments().read(back.first().id)->data, QByteArray("Offer for 40 vans\n"));
        m_stack->undo(); // the attach itself, on the file as it came back
        QVERIFY(ws().attachments().forLead(m_lead).isEmpty());
    }

    void configurationEditsAreUndone()
    {
        // A reference list: add, rename, remove, each one step back.
        ReferenceListPage page(ws(), RefKind::Industry);
        const qint64 id = page.addItem(QStringLiteral("Robotics"));
        QVERIFY(id);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add \"Robotics\""));
        QVERIFY(page.renameItem(id, QStringLiteral("Robotics & drones")));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Rename \"Robotics\" to \"Robotics & drones\""));
        QVERIFY(page.removeItem(id));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Remove \"Robotics & drones\""));
        auto names = [this] {
            QStringList out;
            for (const ReferenceItem &r : ws().references().list(RefKind::Industry))
                out << r.name;
            return out;
        };
        QVERIFY(!names().contains(QStringLiteral("Robotics & drones")));
        m_stack->undo(); // back, under a new id
        QVERIFY(names().contains(QStringLiteral("Robotics & drones")));
        m_stack->undo(); // the rename, on the entry as it came back
        QVERIFY(names().contains(QStringLiteral("Robotics")));
        m_stack->undo(); // the addition
        QVERIFY(!names().contains(QStringLiteral("Robotics")));
        m_stack->redo();
        QVERIFY(names().contains(QStringLiteral("Robotics")));
        QVERIFY(m_stack->canRedo()); // an undo step's own change does not clear Redo

        // A tag's colour.
        TagsPage tags(ws());
        const qint64 tag = ws().references().add(RefKind::Tag, QStringLiteral("Hot"))->id;
        const QString colour = ws().references().find(RefKind::Tag, tag)->color;
        QVERIFY(tags.setTagColor(tag, QStringLiteral("#aa0000")));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change the colour of \"Hot\""));
        m_stack->undo();
        QCOMPARE(ws().references().find(RefKind::Tag, tag)->color, colour);

        // A status added, moved and renamed, then all of it undone.
        StatusConfigPage statuses(ws());
        const int count = int(ws().statuses().all().size());
        const qint64 status = statuses.addStatus(QStringLiteral("Demo booked"), true);
        QVERIFY(status);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add the status \"Demo booked\""));
        m_stack->undo();
        QCOMPARE(int(ws().statuses().all().size()), count);
        m_stack->redo(); // back, under a new id
        QCOMPARE(int(ws().statuses().all().size()), count + 1);
        QCOMPARE(ws().statuses().all().last().name, QStringLiteral("Demo booked"));

        // An option.
        OptionsPage options(ws());
        const int kept = ws().options().backupsKept();
        options.backupsKeptBox()->setValue(kept + 3);
        QCOMPARE(ws().options().backupsKept(), kept + 3);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Change the option backups_kept"));
        QVERIFY(!m_stack->canRedo()); // a new step clears Redo
        m_stack->undo();
        QCOMPARE(ws().options().backupsKept(), kept);
    }

    void theRestOfTheConfigurationIsUndoneToo()
    {
        // An email template added, edited, removed: three steps back.
        EmailTemplatesPage templates(ws());
        templates.startNew();
        templates.nameEdit()->setText(QStringLiteral("First call"));
        templates.subjectEdit()->setText(QStringLiteral("Hello"));
        QVERIFY(templates.save());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add the template \"First call\""));
        templates.subjectEdit()->setText(QStringLiteral("Bonjour"));
        QVERIFY(templates.save());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit the template \"First call\""));
        QVERIFY(templates.removeCurrent());
        QVERIFY(!ws().emails().templateByName(QStringLiteral("First call")));
        m_stack->undo();
        QCOMPARE(ws().emails().templateByName(QStringLiteral("First call"))->subject, QStringLiteral("Bonjour"));
        m_stack->undo(); // the edit, on the template as it came back
        QCOMPARE(ws().emails().templateByName(QStringLiteral("First call"))->subject, QStringLiteral("Hello"));
        m_stack->undo();
        QVERIFY(!ws().emails().templateByName(QStringLiteral("First call")));
        m_stack->redo();
        QVERIFY(ws().emails().templateByName(QStringLiteral("First call")));

        // A city added, then undone.
        CitiesPage cities(ws());
        City c;
        c.name = QStringLiteral("Quimper");
        c.postalCode = QStringLiteral("29000");
        const qint64 city = cities.addCity(c);
        QVERIFY(city);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add the city Quimper"));
        m_stack->undo();
        QVERIFY(ws().references().findCities(QStringLiteral("quimper"), 5).isEmpty());
        m_stack->redo();
        QCOMPARE(ws().references().findCities(QStringLiteral("quimper"), 5).size(), 1);

        // A closed status removed with its leads moved: undo puts it back,
        // at its place, with those leads in it.
        StatusConfigPage statuses(ws());
        const qint64 parked = statuses.addStatus(QStringLiteral("Parked"), false);
        QVERIFY(parked);
        QVERIFY(ws().database().exec(QStringLiteral("UPDATE leads SET status_id = ? WHERE id = ?"), {parked, m_lead}).ok());
        QList<qint64> order;
        for (const LeadStatus &st : ws().statuses().all())
            order << st.id;
        const qint64 nurturing = statusId(ws(), QStringLiteral("Nurturing"));
        QVERIFY(statuses.removeStatus(parked, nurturing));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Remove the status \"Parked\""));
        QCOMPARE(ws().leads().get(m_lead)->statusId, nurturing);
        m_stack->undo();
        const auto back = ws().statuses().findByName(QStringLiteral("Parked"));
        QVERIFY(back);
        QVERIFY(!back->isOpen);
        QCOMPARE(ws().leads().get(m_lead)->statusId, back->id);
        QList<qint64> now;
        for (const LeadStatus &st : ws().statuses().all())
            now << (st.id == back->id ? parked : st.id);
        QCOMPARE(now, order);
        m_stack->redo();
        QVERIFY(!ws().statuses().findByName(QStringLiteral("Parked")));
        QCOMPARE(ws().leads().get(m_lead)->statusId, nurturing);

        // A user added (undone: deactivated, never deleted), then edited.
        UsersPage users(ws());
        users.editUser(0);
        users.loginEdit()->setText(QStringLiteral("zoe"));
        users.nameEdit()->setText(QStringLiteral("Zoé Martin"));
        QVERIFY(users.save());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add the user Zoé Martin"));
        m_stack->undo();
        QVERIFY(!ws().users().resolve(QStringLiteral("zoe"))->active);
        m_stack->redo();
        QVERIFY(ws().users().resolve(QStringLiteral("zoe"))->active);
        const qint64 zoe = ws().users().resolve(QStringLiteral("zoe"))->id;
        users.editUser(zoe);
        users.roleBox()->setCurrentIndex(users.roleBox()->findData(int(Role::Marketeer)));
        QVERIFY(users.save());
        QCOMPARE(ws().users().find(zoe)->role, Role::Marketeer);
        m_stack->undo();
        QCOMPARE(ws().users().find(zoe)->role, Role::Sales);
    }

    void anActionNotUndoneHereClearsRedoOnly()
    {
        QVERIFY(m_commands->takeInCharge({m_lead}));
        const qint64 second = m_tw->addLead(LeadBuilder().named(QString(), QStringLiteral("Second")));
        QVERIFY(m_commands->takeInCharge({second}));
        m_stack->undo();
        QVERIFY(m_stack->canRedo());
        m_commands->clearRedo();
        QVERIFY(!m_stack->canRedo());
        QVERIFY(m_stack->canUndo()); // the step before stays
        QCOMPARE(m_stack->count(), 1);
        // A new action pushed clears Redo too.
        m_stack->undo();
        QVERIFY(m_stack->canRedo());
        QVERIFY(m_commands->takeInCharge({second}));
        QVERIFY(!m_stack->canRedo());
    }

    void aChangeOfTheConfigurationClearsRedoOnlyWhenItIsThisQuarrys()
    {
        ChangeWatcher watcher(ws());
        m_commands->follow(watcher);
        watcher.start(60000); // looked at by hand below
        QVERIFY(m_commands->takeInCharge({m_lead}));
        m_stack->undo();
        QVERIFY(m_stack->canRedo());
        // Another user adds a status: it shows here, and Redo stays.
        {
            auto other = Workspace::open(m_tw->path(), QStringLiteral("tester"));
            QVERIFY2(other, qPrintable(other.errorText()));
            QVERIFY(other.value()->statuses().add(QStringLiteral("Waiting"), true, 0));
        }
        QVERIFY(watcher.poll());
        QVERIFY(ws().statuses().findByName(QStringLiteral("Waiting")));
        QVERIFY(m_stack->canRedo());
        m_stack->redo();
        QCOMPARE(ws().leadRepository().find(m_lead)->assignedTo, ws().currentUserId());
        // This Quarry's own change of the configuration clears it.
        m_stack->undo();
        QVERIFY(m_stack->canRedo());
        QVERIFY(ws().statuses().add(QStringLiteral("Parked"), true, 0));
        QVERIFY(!m_stack->canRedo());
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
