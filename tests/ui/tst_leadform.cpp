// The lead form: editors come from the field registry; a save goes through
// the service and shows refusals at the fields they name without writing
// anything; likely duplicates are reported; unsaved changes are guarded;
// the status chevrons move the lead (never to converted or lost); comments
// go to the timeline; the report prints to PDF.
#include "activitytab.h"
#include "changewatcher.h"
#include "basiceditors.h"
#include "fieldeditor.h"
#include "leadcommands.h"
#include "leadform.h"
#include "leadformheader.h"
#include "leadprinter.h"
#include "listeditors.h"
#include "messagebanner.h"
#include "multivalueedit.h"
#include "statuschevronbar.h"
#include "testhelpers.h"
#include "websearch.h"

#include <QApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTimer>
#include <QUndoStack>

using namespace TestHelpers;

class TestLeadForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editorsFollowTheRegistry();
    void loadsEveryFieldOfTheLead();
    void invalidEmailShowsAtTheFieldAndSavesNothing();
    void missingNameIsShownAtLastName();
    void validNewLeadIsCreated();
    void editIsSavedAndUndoable();
    void likelyDuplicateIsReportedAfterSave();
    void closingWithUnsavedChangesAsks_data();
    void closingWithUnsavedChangesAsks();
    void unchangedFormClosesWithoutAsking();
    void statusChevronMovesTheLead();
    void convertedAndLostAreNotClickable();
    void takeInChargeButton();
    void commentGoesToTheTimeline();
    void changesFromElsewhereKeepTheUserEdits();
    void aFieldAnotherProgramChangedIsNotOverwritten_data();
    void aFieldAnotherProgramChangedIsNotOverwritten();
    void anotherProgramsChangeShowsInTheOpenForm();
    void webSearchUrls();
    void reportSavesAsPdf();

private:
    QLineEdit *line(const QString &key) const;
    /// Bob, a manager, changes the lead's city and company from another
    /// program (a workspace of his own on the same database).
    bool bobChanges(const QString &city, const QString &company);
    /// Answers the next modal message box with `button`; records its object name.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LeadCommands> m_commands;
    std::unique_ptr<LeadForm> m_form;
    QString m_boxName;
    qint64 m_lead = 0;
};

void TestLeadForm::init()
{
    m_tw = std::make_unique<TestWorkspace>();
    m_lead = m_tw->addLead(LeadBuilder()
                               .named(QStringLiteral("Jean"), QStringLiteral("Dupont"))
                               .company(QStringLiteral("Acme"))
                               .email(QStringLiteral("jean@acme.fr"))
                               .phone(QStringLiteral("+33 1 23 45 67 89"))
                               .title(QStringLiteral("40 vans"))
                               .score(3));
    QVERIFY(m_lead);
    m_undo = std::make_unique<QUndoStack>();
    m_commands = std::make_unique<LeadCommands>(m_tw->ws(), *m_undo);
    m_form = std::make_unique<LeadForm>(m_tw->ws(), *m_commands);
    m_form->resize(1200, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_boxName.clear();
}

void TestLeadForm::cleanup()
{
    m_form.reset();
    m_commands.reset();
    m_undo.reset();
    m_tw.reset();
}

QLineEdit *TestLeadForm::line(const QString &key) const
{
    auto *editor = qobject_cast<LineEditor *>(m_form->editor(key));
    return editor ? editor->lineEdit() : nullptr;
}

bool TestLeadForm::bobChanges(const QString &city, const QString &company)
{
    if (!m_tw->ws().users().resolve(QStringLiteral("bob"))) {
        User bob;
        bob.login = QStringLiteral("bob");
        bob.name = QStringLiteral("Bob Martin");
        bob.role = Role::Manager;
        if (!m_tw->ws().users().add(bob))
            return false;
    }
    auto other = Workspace::open(m_tw->path(), QStringLiteral("bob"));
    if (!other)
        return false;
    const Lead read = other.value()->leads().get(m_lead).value();
    Lead b = read;
    b.city = city;
    b.company = company;
    return other.value()->leads().update(b, read).ok();
}

void TestLeadForm::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this, button] { answerNextMessageBox(button); });
            return;
        }
        m_boxName = box->objectName();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

void TestLeadForm::editorsFollowTheRegistry()
{
    for (const LeadField &f : leadFields()) {
        const bool shown = f.key != QLatin1String("status") && f.key != QLatin1String("id") && f.key != QLatin1String("updated_at");
        QCOMPARE(m_form->editor(f.key) != nullptr, shown);
    }
    QVERIFY(qobject_cast<MultiValueEditor *>(m_form->editor(QStringLiteral("email"))));
    QVERIFY(qobject_cast<HtmlEditor *>(m_form->editor(QStringLiteral("description"))));
    QVERIFY(qobject_cast<StarEditor *>(m_form->editor(QStringLiteral("score"))));
    QVERIFY(qobject_cast<ReadOnlyEditor *>(m_form->editor(QStringLiteral("created_at"))));
}

void TestLeadForm::loadsEveryFieldOfTheLead()
{
    QVERIFY(m_form->openLead(m_lead));
    QCOMPARE(line(QStringLiteral("first_name"))->text(), QStringLiteral("Jean"));
    QCOMPARE(m_form->editor(QStringLiteral("email"))->value().toStringList(), QStringList{QStringLiteral("jean@acme.fr")});
    QCOMPARE(m_form->editor(QStringLiteral("score"))->value().toInt(), 3);
    QCOMPARE(m_form->header()->name->text(), QStringLiteral("Jean Dupont"));
    QCOMPARE(m_form->header()->statusBar->current(), m_tw->ws().statuses().idOf(StatusRole::New));
    QVERIFY(!m_form->isModified());
    // A lead that does not exist: said in a message box, the form keeps its lead.
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!m_form->openLead(987654));
    QCOMPARE(m_form->leadId(), m_lead);
}

void TestLeadForm::invalidEmailShowsAtTheFieldAndSavesNothing()
{
    m_form->newLead();
    QTest::keyClicks(line(QStringLiteral("last_name")), QStringLiteral("Martin"));
    auto *emails = qobject_cast<MultiValueEditor *>(m_form->editor(QStringLiteral("email")));
    QLineEdit *emailLine = emails->edit()->lineEdits().first();
    QTest::keyClicks(emailLine, QStringLiteral("martin@@example"));
    QVERIFY(m_form->isModified());

    QTest::mouseClick(m_form->header()->saveButton, Qt::LeftButton);

    // Nothing written: still only the lead of init().
    QCOMPARE(m_tw->ws().leadRepository().count(LeadFilter{}), 1);
    QCOMPARE(m_form->leadId(), 0);
    // The error is at the email field: red frame, tooltip, and listed at the top.
    QVERIFY(!emails->problem().isEmpty());
    QVERIFY(emailLine->property("problem").toBool());
    QVERIFY(emailLine->toolTip().contains(QStringLiteral("martin@@example")));
    QVERIFY(m_form->banner()->isVisible());
    QCOMPARE(m_form->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(m_form->banner()->text().contains(QStringLiteral("martin@@example")));
    QVERIFY(!line(QStringLiteral("last_name"))->property("problem").toBool());
    QVERIFY(m_form->isModified()); // what was typed is kept

    // Fixing the field clears its frame; saving then works.
    emailLine->selectAll();
    QTest::keyClicks(emailLine, QStringLiteral("martin@example.com"));
    QVERIFY(!emailLine->property("problem").toBool());
    QVERIFY(m_form->save());
    QCOMPARE(m_tw->ws().leadRepository().count(LeadFilter{}), 2);
}

void TestLeadForm::missingNameIsShownAtLastName()
{
    m_form->newLead();
    QTest::keyClicks(line(QStringLiteral("first_name")), QStringLiteral("Anonyme"));
    QVERIFY(!m_form->save());
    QVERIFY(!m_form->editor(QStringLiteral("last_name"))->problem().isEmpty());
    QVERIFY(line(QStringLiteral("last_name"))->hasFocus()); // the first field in error gets the focus
    QCOMPARE(m_tw->ws().leadRepository().count(LeadFilter{}), 1);
}

void TestLeadForm::validNewLeadIsCreated()
{
    QSignalSpy saved(m_form.get(), &LeadForm::leadSaved);
    QSignalSpy modified(m_form.get(), &LeadForm::modifiedChanged);
    m_form->newLead();
    QTest::keyClicks(line(QStringLiteral("company")), QStringLiteral("Nordlicht Logistik"));
    QCOMPARE(modified.count(), 2); // newLead() said false, typing said true
    QVERIFY(m_form->save());
    QCOMPARE(saved.count(), 1);
    const qint64 id = saved.first().first().toLongLong();
    QCOMPARE(m_form->leadId(), id);
    const auto lead = m_tw->ws().leads().get(id);
    QVERIFY(lead.ok());
    QCOMPARE(lead->company, QStringLiteral("Nordlicht Logistik"));
    QCOMPARE(lead->assignedTo, m_tw->ws().currentUserId()); // a new lead is mine
    QVERIFY(!m_form->isModified());
}

void TestLeadForm::editIsSavedAndUndoable()
{
    QVERIFY(m_form->openLead(m_lead));
    QLineEdit *city = line(QStringLiteral("city"));
    QTest::keyClicks(city, QStringLiteral("Nantes"));
    QVERIFY(m_form->save());
    QCOMPARE(m_tw->ws().leads().get(m_lead)->city, QStringLiteral("Nantes"));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(m_tw->ws().leads().get(m_lead)->city, QString());
    // The open, unmodified form follows the undo.
    QCOMPARE(city->text(), QString());
    m_undo->redo();
    QCOMPARE(city->text(), QStringLiteral("Nantes"));
}

void TestLeadForm::likelyDuplicateIsReportedAfterSave()
{
    m_form->newLead();
    QTest::keyClicks(line(QStringLiteral("first_name")), QStringLiteral("jean"));
    QTest::keyClicks(line(QStringLiteral("last_name")), QStringLiteral("DUPONT"));
    QTest::keyClicks(line(QStringLiteral("company")), QStringLiteral("ACME"));
    QVERIFY(m_form->save());
    QVERIFY(m_form->banner()->isVisible());
    QCOMPARE(m_form->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(m_form->banner()->text().contains(QStringLiteral("#%1").arg(m_lead)));
    QSignalSpy open(m_form.get(), &LeadForm::openLeadRequested);
    emit m_form->banner()->linkActivated(QStringLiteral("lead:%1").arg(m_lead));
    QCOMPARE(open.count(), 1);
}

void TestLeadForm::closingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("storedCity");
    QTest::addRow("cancel") << int(QMessageBox::Cancel) << false << QString();
    QTest::addRow("discard") << int(QMessageBox::Discard) << true << QString();
    QTest::addRow("save") << int(QMessageBox::Save) << true << QStringLiteral("Lyon");
}

void TestLeadForm::closingWithUnsavedChangesAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(QString, storedCity);
    QVERIFY(m_form->openLead(m_lead));
    QTest::keyClicks(line(QStringLiteral("city")), QStringLiteral("Lyon"));
    answerNextMessageBox(QMessageBox::StandardButton(answer));
    QCOMPARE(m_form->maybeClose(), closes);
    QCOMPARE(m_boxName, QStringLiteral("unsavedChangesBox"));
    QCOMPARE(m_tw->ws().leads().get(m_lead)->city, storedCity);
    // Cancel keeps the edit on screen; Discard puts the saved value back.
    QCOMPARE(line(QStringLiteral("city"))->text(), answer == QMessageBox::Discard ? QString() : QStringLiteral("Lyon"));
}

void TestLeadForm::unchangedFormClosesWithoutAsking()
{
    QVERIFY(m_form->openLead(m_lead));
    // Typing and erasing it again is no change.
    QTest::keyClicks(line(QStringLiteral("city")), QStringLiteral("X"));
    QTest::keyClick(line(QStringLiteral("city")), Qt::Key_Backspace);
    QVERIFY(!m_form->isModified());
    QVERIFY(m_form->maybeClose());
    QVERIFY(m_boxName.isEmpty());
}

void TestLeadForm::statusChevronMovesTheLead()
{
    QVERIFY(m_form->openLead(m_lead));
    const qint64 target = m_tw->ws().statuses().all().at(2).id;
    StatusChevronBar *bar = m_form->header()->statusBar;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->stepRect(target).center());
    QCOMPARE(m_tw->ws().leads().get(m_lead)->statusId, target);
    QCOMPARE(bar->current(), target);
    QCOMPARE(m_undo->count(), 1);
}

void TestLeadForm::convertedAndLostAreNotClickable()
{
    QVERIFY(m_form->openLead(m_lead));
    Workspace &ws = m_tw->ws();
    const qint64 before = ws.leads().get(m_lead)->statusId;
    StatusChevronBar *bar = m_form->header()->statusBar;
    QSignalSpy clicks(bar, &StatusChevronBar::statusClicked);
    for (StatusRole role : {StatusRole::Converted, StatusRole::Lost}) {
        const QRect r = bar->stepRect(ws.statuses().idOf(role));
        QVERIFY(r.isValid());
        QTest::mouseClick(bar, Qt::LeftButton, {}, r.center());
    }
    QCOMPARE(clicks.count(), 0);
    QCOMPARE(ws.leads().get(m_lead)->statusId, before);
}

void TestLeadForm::takeInChargeButton()
{
    QVERIFY(m_form->openLead(m_lead));
    QPushButton *take = m_form->header()->takeButton;
    QVERIFY(take->isVisible());
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(m_tw->ws().leads().get(m_lead)->assignedTo, m_tw->ws().currentUserId());
    QVERIFY(!take->isVisible()); // mine now
}

void TestLeadForm::commentGoesToTheTimeline()
{
    QVERIFY(m_form->openLead(m_lead));
    ActivityTab *tab = m_form->activityTab();
    QTest::keyClicks(tab->commentEdit(), QStringLiteral("Called, wants a demo"));
    QTest::keyClick(tab->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(tab->commentEdit()->toPlainText().isEmpty());
    bool found = false;
    for (const Activity &a : m_tw->ws().leads().history(m_lead))
        found = found || (a.kind == Activity::Kind::Comment && a.text == QLatin1String("Called, wants a demo"));
    QVERIFY(found);
    QVERIFY(tab->timeline()->toPlainText().contains(QStringLiteral("Called, wants a demo")));
}

void TestLeadForm::changesFromElsewhereKeepTheUserEdits()
{
    QVERIFY(m_form->openLead(m_lead));
    QTest::keyClicks(line(QStringLiteral("city")), QStringLiteral("Lille"));
    // Someone else takes the lead in charge while the form is being edited.
    QVERIFY(m_tw->ws().leads().takeInCharge({m_lead}).ok());
    QCOMPARE(m_form->editor(QStringLiteral("assigned_to"))->value().toLongLong(), m_tw->ws().currentUserId());
    QCOMPARE(line(QStringLiteral("city"))->text(), QStringLiteral("Lille"));
    QVERIFY(m_form->isModified());
}

void TestLeadForm::aFieldAnotherProgramChangedIsNotOverwritten_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
}

void TestLeadForm::aFieldAnotherProgramChangedIsNotOverwritten()
{
    QFETCH(bool, keepMine);
    QVERIFY(m_form->openLead(m_lead));
    QLineEdit *city = line(QStringLiteral("city"));
    QTest::keyClicks(city, QStringLiteral("Lille"));
    // Another program, on its own connection (no signal reaches this form),
    // changes the city and the company meanwhile.
    QVERIFY(bobChanges(QStringLiteral("Nantes"), QStringLiteral("Acme SA")));
    QVERIFY(!m_form->save());
    QCOMPARE(m_form->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(m_form->banner()->text().contains(QStringLiteral("someone else changed")), qPrintable(m_form->banner()->text()));
    QCOMPARE(m_tw->ws().leadRepository().find(m_lead)->city, QStringLiteral("Nantes"));
    QToolButton *choice = nullptr;
    for (QToolButton *b : m_form->banner()->findChildren<QToolButton *>())
        if (b->text() == (keepMine ? QStringLiteral("Keep mine") : QStringLiteral("Take theirs")))
            choice = b;
    QVERIFY(choice);
    choice->click();
    const Lead stored = *m_tw->ws().leadRepository().find(m_lead);
    QCOMPARE(stored.company, QStringLiteral("Acme SA")); // theirs, never touched here, is kept either way
    if (keepMine) {
        QCOMPARE(stored.city, QStringLiteral("Lille"));
        QVERIFY(!m_form->isModified());
    } else {
        QCOMPARE(stored.city, QStringLiteral("Nantes"));
        QCOMPARE(line(QStringLiteral("city"))->text(), QStringLiteral("Nantes"));
        QCOMPARE(line(QStringLiteral("company"))->text(), QStringLiteral("Acme SA"));
    }
}

void TestLeadForm::anotherProgramsChangeShowsInTheOpenForm()
{
    ChangeWatcher watcher(m_tw->ws());
    watcher.start(100);
    QVERIFY(m_form->openLead(m_lead));
    QTest::keyClicks(line(QStringLiteral("city")), QStringLiteral("Lille"));
    // Bob changes a field this user did not touch (the company) and one
    // they are editing (the city).
    QVERIFY(bobChanges(QStringLiteral("Nantes"), QStringLiteral("Acme SA")));
    // Within a second, without a refresh: the untouched field shows theirs,
    // the edited one keeps the user's text and is flagged as a conflict.
    QTRY_COMPARE_WITH_TIMEOUT(line(QStringLiteral("company"))->text(), QStringLiteral("Acme SA"), 1500);
    QCOMPARE(line(QStringLiteral("city"))->text(), QStringLiteral("Lille"));
    QCOMPARE(m_form->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(m_form->banner()->text().contains(QStringLiteral("someone else changed")), qPrintable(m_form->banner()->text()));
    // A save is refused on the city, never written over Bob's.
    QVERIFY(!m_form->save());
    QCOMPARE(m_tw->ws().leadRepository().find(m_lead)->city, QStringLiteral("Nantes"));
}

void TestLeadForm::webSearchUrls()
{
    Lead lead = LeadBuilder().named(QStringLiteral("Élodie"), QStringLiteral("Lefèvre")).company(QStringLiteral("Boulangeries Giraud")).city(QStringLiteral("Nantes"));
    const QUrl company = WebSearch::companyUrl(lead);
    QVERIFY(QUrl::fromPercentEncoding(company.toEncoded()).contains(QStringLiteral("Boulangeries Giraud Nantes")));
    const QUrl person = WebSearch::personUrl(lead);
    QCOMPARE(person.host(), QStringLiteral("www.linkedin.com"));
    QVERIFY(QUrl::fromPercentEncoding(person.toEncoded()).replace(QLatin1Char('+'), QLatin1Char(' ')).contains(QStringLiteral("Élodie Lefèvre Boulangeries Giraud")));
    QVERIFY(WebSearch::personUrl(LeadBuilder().company(QStringLiteral("Acme"))).isEmpty());
}

void TestLeadForm::reportSavesAsPdf()
{
    const QString path = m_tw->dir() + QStringLiteral("/report.pdf");
    QString error;
    QVERIFY2(LeadPrinter::saveAsPdf(m_tw->ws(), *m_tw->ws().leads().get(m_lead), path, &error), qPrintable(error));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_MAIN(TestLeadForm)
#include "tst_leadform.moc"
