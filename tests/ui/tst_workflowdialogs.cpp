// The workflow dialogs over a real SQLite file: convert (new partner, new
// contact, opportunity; existing partner; cancel), lose (reason required) and
// reopen, check duplicates (messy duplicates found, merge into the chosen
// master, "not duplicates" remembered), and the kanban's drop on Lost through
// the real WorkflowActions (cancel changes nothing, Lose loses).
#include "workflow/convertdialog.h"
#include "duplicatefinder.h"
#include "workflow/duplicatesdialog.h"
#include "kanbanpage.h"
#include "leadcommands.h"
#include "leadform.h"
#include "workflow/losedialog.h"
#include "lossservice.h"
#include "mergeservice.h"
#include "partnerservice.h"
#include "testhelpers.h"
#include "workflow/workflowactions.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace TestHelpers;

namespace {
/// With QUARRY_SHOTS=<dir>, saves what `w` looks like (for reviewing sizes and clipping).
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SHOTS");
    if (dir.isEmpty())
        return;
    w->show();
    QTest::qWait(50);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestWorkflowDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void convertNewPartnerContactAndOpportunity();
    void convertIntoExistingPartnerWithItsContact();
    void convertWithProspectStatusWon();
    void convertRefusedShowsProblemAtField();
    void cancelConvertsNothing();
    void loseRequiresReasonThenLoses();
    void loseSeveralDoesTheAllowedPart();
    void reopenPutsBackOnChosenStatus();
    void duplicatesFindsMessyGroupAndMergesIntoChosenMaster();
    void notDuplicatesLeavesLaterSearches();
    void duplicatesScopeAndFieldProblems();
    void kanbanDropOnLostCancelledChangesNothing();
    void kanbanDropOnLostAcceptedLoses();
    void leadFormButtonsOpenTheDialogs();
    void checkDuplicatesHookOpensTheChosenLead();

private:
    Workspace &ws() { return m_tw->ws(); }
    qint64 status(const QString &name) { return statusId(ws(), name); }
    Lead lead(qint64 id) { return ws().leads().get(id).value(); }
    qint64 count(const QString &table) { return sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(); }
    /// Runs `onModal` on the next modal dialog the code under test opens.
    void whenModal(std::function<void(QWidget *)> onModal);

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_jean = 0;
};

void TestWorkflowDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuarryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workflowdialogs"));
}

void TestWorkflowDialogs::init()
{
    QSettings().clear();
    m_tw = std::make_unique<TestWorkspace>();
    Lead l = LeadBuilder()
                 .named(QStringLiteral("Jean"), QStringLiteral("Dupont"))
                 .company(QStringLiteral("Acme Industrie"))
                 .email(QStringLiteral("jean.dupont@acme.fr"))
                 .phone(QStringLiteral("+33 1 23 45 67 89"))
                 .title(QStringLiteral("Acme: new plant"))
                 .status(status(QStringLiteral("Sales qualification")))
                 .build();
    l.budgetSet = true;
    l.budget = 48000;
    l.estimatedCloseDate = QDate(2026, 6, 30);
    m_jean = m_tw->addLead(l);
    QVERIFY(m_jean);
}

void TestWorkflowDialogs::cleanup()
{
    m_tw.reset();
}

void TestWorkflowDialogs::whenModal(std::function<void(QWidget *)> onModal)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, onModal] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            onModal(modal);
        }
    });
    timer->start();
}

void TestWorkflowDialogs::convertNewPartnerContactAndOpportunity()
{
    ConvertDialog dialog(ws(), m_jean);
    dialog.show();
    QVERIFY(dialog.canConvert());
    auto *newPartner = dialog.findChild<QRadioButton *>(QStringLiteral("newPartnerRadio"));
    auto *contactMode = dialog.findChild<QComboBox *>(QStringLiteral("contactMode"));
    auto *opportunity = dialog.findChild<QGroupBox *>(QStringLiteral("opportunityBox"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("opportunityName"));
    auto *amount = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("expectedAmount"));
    auto *close = dialog.findChild<QDateEdit *>(QStringLiteral("expectedClose"));
    QVERIFY(newPartner && contactMode && opportunity && name && amount && close);
    // Defaults: a new partner, a new contact (the lead names a person), the
    // opportunity prefilled from the qualification.
    QVERIFY(newPartner->isChecked());
    QCOMPARE(contactMode->currentData().toInt(), int(ConversionRequest::ContactMode::New));
    QCOMPARE(name->text(), QStringLiteral("Acme: new plant"));
    QCOMPARE(amount->value(), 48000.0);
    QCOMPARE(close->date(), QDate(2026, 6, 30));
    QVERIFY(!opportunity->isChecked());
    // The prospect status is asked only when the CRM manages them.
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("prospectStatus"))->isHidden());

    opportunity->setChecked(true);
    shot(&dialog, QStringLiteral("convert"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Acme plant retrofit"));
    amount->setValue(52000);
    auto *convert = dialog.findChild<QPushButton *>(QStringLiteral("convertButton"));
    QVERIFY(convert && convert->isEnabled() && !convert->icon().isNull());
    QTest::mouseClick(convert, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.conversion().has_value());
    QVERIFY(!dialog.summary().isEmpty());

    const ConversionResult r = *dialog.conversion();
    QVERIFY(r.partnerCreated);
    QCOMPARE(count(QStringLiteral("partners")), 1);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT name FROM partners WHERE id = %1").arg(r.partnerId)).toString(), QStringLiteral("Acme Industrie"));
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT partner_type FROM partners WHERE id = %1").arg(r.partnerId)).toString(), QStringLiteral("prospect"));
    QCOMPARE(count(QStringLiteral("contacts")), 1);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT last_name || '/' || partner_id FROM contacts")).toString(),
             QStringLiteral("Dupont/%1").arg(r.partnerId));
    QCOMPARE(count(QStringLiteral("opportunities")), 1);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT name FROM opportunities")).toString(), QStringLiteral("Acme plant retrofit"));
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT expected_amount FROM opportunities")).toDouble(), 52000.0);
    QCOMPARE(QDate::fromString(sqlValue(ws(), QStringLiteral("SELECT expected_close FROM opportunities")).toString().left(10), Qt::ISODate),
             QDate(2026, 6, 30));

    const Lead after = lead(m_jean);
    QCOMPARE(after.statusId, ws().statuses().idOf(StatusRole::Converted));
    QCOMPARE(after.convertedPartnerId, r.partnerId);
    QCOMPARE(after.convertedOpportunityId, r.opportunityId);
    QVERIFY(ws().leads().isConverted(after));
    // Read-only afterwards: an edit is refused.
    Lead edit = after;
    edit.company = QStringLiteral("Other");
    QVERIFY(!ws().leads().update(edit));
    // Converting again is refused at once: the dialog says why and offers no Convert.
    ConvertDialog again(ws(), m_jean);
    QVERIFY(!again.canConvert());
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("convertButton"))->isEnabled());
}

void TestWorkflowDialogs::convertIntoExistingPartnerWithItsContact()
{
    const qint64 other = addPartner(ws(), QStringLiteral("Zeta"));
    const qint64 acme = addPartner(ws(), QStringLiteral("ACME industrie"));
    const qint64 contact = addContact(ws(), acme, QStringLiteral("Martin"));
    QVERIFY(other && acme && contact);

    ConvertDialog dialog(ws(), m_jean);
    dialog.show();
    // The partner named as the lead's company (case folded) is suggested.
    QCOMPARE(dialog.suggestedPartnerId(), acme);
    auto *use = dialog.findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
    QVERIFY(use && use->isVisible());
    // The search narrows the list.
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("partnerList"));
    QTest::keyClicks(search, QStringLiteral("zet"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), other);
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("existingPartnerRadio"))->isChecked());
    QCOMPARE(dialog.request().partnerId, acme);
    QVERIFY(!use->isVisible()); // the suggestion is taken

    // Its existing contact can be picked.
    auto *contacts = dialog.findChild<QListWidget *>(QStringLiteral("contactList"));
    dialog.selectContacts({contact});
    QCOMPARE(contacts->count(), 1);
    QCOMPARE(contacts->item(0)->checkState(), Qt::Checked);
    shot(&dialog, QStringLiteral("convert-existing"));
    QVERIFY(dialog.apply());

    QCOMPARE(count(QStringLiteral("partners")), 2); // none created
    QCOMPARE(count(QStringLiteral("contacts")), 1);
    QCOMPARE(count(QStringLiteral("opportunities")), 0);
    const Lead after = lead(m_jean);
    QCOMPARE(after.convertedPartnerId, acme);
    QCOMPARE(after.convertedContactIds, QList<qint64>{contact});
    QVERIFY(!dialog.conversion()->partnerCreated);
}

void TestWorkflowDialogs::convertWithProspectStatusWon()
{
    QVERIFY(ws().options().set(QStringLiteral("manage_prospect_statuses"), QStringLiteral("yes")));
    ConvertDialog dialog(ws(), m_jean);
    dialog.show();
    auto *prospect = dialog.findChild<QComboBox *>(QStringLiteral("prospectStatus"));
    QVERIFY(prospect && prospect->isVisible());
    QVERIFY(prospect->count() > 1);
    qint64 won = 0;
    for (const ProspectStatus &s : ws().partners().prospectStatuses())
        if (s.isWon)
            won = s.id;
    QVERIFY(won);
    prospect->setCurrentIndex(prospect->findData(won));
    shot(&dialog, QStringLiteral("convert-prospect-status"));
    QVERIFY(dialog.apply());
    const qint64 partner = dialog.conversion()->partnerId;
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT partner_type FROM partners WHERE id = %1").arg(partner)).toString(), QStringLiteral("customer"));
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT prospect_status_id FROM partners WHERE id = %1").arg(partner)).toLongLong(), won);
}

void TestWorkflowDialogs::convertRefusedShowsProblemAtField()
{
    // Existing partner chosen but none picked: said at the partner list, nothing written.
    ConvertDialog dialog(ws(), m_jean);
    dialog.show();
    dialog.findChild<QRadioButton *>(QStringLiteral("existingPartnerRadio"))->setChecked(true);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problemAt(QStringLiteral("partner")).isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("partnerError"))->isVisible());

    // Existing contacts chosen but none ticked: the service's problem at the contact.
    const qint64 acme = addPartner(ws(), QStringLiteral("Acme Industrie"));
    ConvertDialog second(ws(), m_jean);
    second.show();
    second.selectPartner(acme);
    second.selectContacts({});
    QVERIFY(!second.apply());
    QVERIFY(second.problemAt(QStringLiteral("contact")).contains(QStringLiteral("contact")));
    shot(&second, QStringLiteral("convert-refused"));
    QCOMPARE(count(QStringLiteral("contacts")), 0);
    QVERIFY(!ws().leads().isConverted(lead(m_jean)));
}

void TestWorkflowDialogs::cancelConvertsNothing()
{
    const Lead before = lead(m_jean);
    ConvertDialog dialog(ws(), m_jean);
    dialog.show();
    dialog.findChild<QGroupBox *>(QStringLiteral("opportunityBox"))->setChecked(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.conversion());
    QCOMPARE(count(QStringLiteral("partners")), 0);
    QCOMPARE(count(QStringLiteral("contacts")), 0);
    QCOMPARE(count(QStringLiteral("opportunities")), 0);
    QCOMPARE(lead(m_jean).statusId, before.statusId);

    // Through the hook (as the form, grid and kanban call it): Escape cancels.
    WorkflowActions actions(ws());
    bool seen = false;
    whenModal([&seen](QWidget *modal) {
        seen = qobject_cast<ConvertDialog *>(modal) != nullptr;
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    actions.convert(m_jean, nullptr);
    QVERIFY(seen);
    QCOMPARE(count(QStringLiteral("partners")), 0);
    QCOMPARE(lead(m_jean).statusId, before.statusId);
}

void TestWorkflowDialogs::loseRequiresReasonThenLoses()
{
    const qint64 before = lead(m_jean).statusId;
    LoseDialog dialog(ws(), {m_jean});
    dialog.show();
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("lossReason"));
    auto *comment = dialog.findChild<QPlainTextEdit *>(QStringLiteral("lossComment"));
    auto *lose = dialog.findChild<QPushButton *>(QStringLiteral("loseButton"));
    QVERIFY(reason && comment && lose && !lose->icon().isNull());
    QVERIFY(reason->count() > 1); // the seeded reasons after "Choose a reason…"
    QTest::keyClicks(comment, QStringLiteral("Went with a competitor"));
    QTest::mouseClick(lose, Qt::LeftButton);
    // Refused: the problem at the reason, the dialog open, nothing changed.
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problemAt(QStringLiteral("lost_reason")).isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("lossReasonError"))->isVisible());
    QCOMPARE(lead(m_jean).statusId, before);
    shot(&dialog, QStringLiteral("lose-refused"));

    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // keyboard: the first reason
    const qint64 reasonId = dialog.reasonId();
    QVERIFY(reasonId != 0);
    QVERIFY(dialog.problemAt(QStringLiteral("lost_reason")).isEmpty()); // cleared on change
    QTest::mouseClick(lose, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Lead after = lead(m_jean);
    QCOMPARE(after.statusId, ws().statuses().idOf(StatusRole::Lost));
    QCOMPARE(after.lostReasonId, reasonId);
    QCOMPARE(after.lostComment, QStringLiteral("Went with a competitor"));

    // Losing it again is refused with the service's reason in the banner.
    LoseDialog again(ws(), {m_jean});
    again.setReason(reasonId);
    QVERIFY(!again.apply());
}

void TestWorkflowDialogs::loseSeveralDoesTheAllowedPart()
{
    // Two leads, one already lost: the other is lost, the first is named.
    LoseDialog first(ws(), {m_jean});
    first.setReason(ws().losses().reasons().first().id);
    QVERIFY(first.apply());
    const qint64 other = m_tw->addLead(LeadBuilder().named(QStringLiteral("Nina"), QStringLiteral("Roux")));
    LoseDialog dialog(ws(), {m_jean, other});
    dialog.setReason(ws().losses().reasons().first().id);
    QVERIFY(dialog.apply());
    QVERIFY(ws().leads().isLost(lead(other)));
    QCOMPARE(dialog.refused().ids, QList<qint64>{m_jean});
    // Every lead refused: the dialog stays, nothing changed.
    LoseDialog again(ws(), {m_jean, other});
    again.setReason(ws().losses().reasons().first().id);
    QVERIFY(!again.apply());
}

void TestWorkflowDialogs::reopenPutsBackOnChosenStatus()
{
    const qint64 reason = ws().losses().reasons().first().id;
    QVERIFY(ws().losses().lose(m_jean, reason, QStringLiteral("no budget")));

    ReopenDialog dialog(ws(), {m_jean});
    dialog.show();
    auto *statusBox = dialog.findChild<QComboBox *>(QStringLiteral("reopenStatus"));
    QVERIFY(statusBox);
    // Default: the default new status; only open statuses are offered.
    QCOMPARE(dialog.statusId(), ws().statuses().idOf(StatusRole::New));
    QCOMPARE(statusBox->findData(ws().statuses().idOf(StatusRole::Lost)), -1);
    QCOMPARE(statusBox->findData(ws().statuses().idOf(StatusRole::Converted)), -1);
    const qint64 nurturing = status(QStringLiteral("Nurturing"));
    dialog.setStatus(nurturing);
    shot(&dialog, QStringLiteral("reopen"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reopenButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Lead after = lead(m_jean);
    QCOMPARE(after.statusId, nurturing);
    QCOMPARE(after.lostReasonId, 0);

    // A lead that is not lost is refused, the problem at the status.
    ReopenDialog again(ws(), {m_jean});
    QVERIFY(!again.apply());
    QVERIFY(!again.problemAt(QStringLiteral("status")).isEmpty());
}

void TestWorkflowDialogs::duplicatesFindsMessyGroupAndMergesIntoChosenMaster()
{
    // Jean (m_jean) plus two messy copies of him, and an unrelated lead.
    const qint64 fr = ws().referenceRepository().countryIdByCode(QStringLiteral("FR"));
    QVERIFY(fr);
    m_tw->setNow(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
    const qint64 copy1 = m_tw->addLead(LeadBuilder()
                                           .named(QStringLiteral("JEAN"), QStringLiteral("Dupônt"))
                                           .email(QStringLiteral(" Jean.Dupont@ACME.fr "))
                                           .phone(QStringLiteral("01.23.45.67.89"))
                                           .country(fr)
                                           .city(QStringLiteral("Lyon")));
    m_tw->setNow(QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC));
    const qint64 copy2 = m_tw->addLead(LeadBuilder()
                                           .named(QStringLiteral("jean"), QStringLiteral("dupont"))
                                           .email(QStringLiteral("jd@home.example"))
                                           .phone(QStringLiteral("0033123456789"))
                                           .country(fr));
    const qint64 other = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ana"), QStringLiteral("Sousa")).phone(QStringLiteral("01 99 88 77 66")).country(fr));
    QVERIFY(copy1 && copy2 && other);

    DuplicatesDialog dialog(ws(), {});
    dialog.show();
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("scopeAll"))->isChecked());
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("scopeSelection"))->isEnabled());
    // Every field the finder accepts has its box.
    for (const QString &key : DuplicateFinder::fieldKeys())
        QVERIFY2(dialog.findChild<QCheckBox *>(QStringLiteral("field_") + key), qPrintable(key));
    dialog.setFields({});
    dialog.findChild<QCheckBox *>(QStringLiteral("field_phone"))->setChecked(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("findButton")), Qt::LeftButton);
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{m_jean, copy1, copy2}}));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("groupTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(0), QStringLiteral("JEAN Dupônt"));
    QCOMPARE(tree->topLevelItem(0)->child(1)->text(3), QStringLiteral("01.23.45.67.89"));
    // The oldest is the master until another is chosen; ticking one makes it the master.
    QCOMPARE(dialog.masterOf(0), m_jean);
    tree->topLevelItem(0)->child(1)->setCheckState(0, Qt::Checked);
    QCOMPARE(dialog.masterOf(0), copy1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->checkState(0), Qt::Unchecked);
    // Keyboard: Space ticks the current lead as master; "Set as master" does the same.
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0)->child(2));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(dialog.masterOf(0), copy2);
    tree->setCurrentItem(tree->topLevelItem(0)->child(1));
    auto *setMasterButton = dialog.findChild<QPushButton *>(QStringLiteral("setMasterButton"));
    QVERIFY(setMasterButton->isEnabled());
    QTest::mouseClick(setMasterButton, Qt::LeftButton);
    QCOMPARE(dialog.masterOf(0), copy1);
    QCOMPARE(tree->topLevelItem(0)->child(2)->checkState(0), Qt::Unchecked);
    shot(&dialog, QStringLiteral("duplicates"));

    // Merge shows the plan; cancelling it changes nothing.
    std::optional<MergePlan> shown;
    dialog.setMergeConfirmation([&shown](const MergePlan &plan) {
        shown = plan;
        return false;
    });
    tree->setCurrentItem(tree->topLevelItem(0)->child(2));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(shown->before.id, copy1);
    QCOMPARE(dialog.groups().size(), 1);
    QVERIFY(ws().leads().get(m_jean).ok() && ws().leads().get(copy2).ok());

    // The plan dialog lists what comes from where.
    MergePlanDialog planDialog(ws(), *shown);
    QVERIFY(planDialog.gains()->topLevelItemCount() > 0);
    bool companyFromJean = false;
    for (int i = 0; i < planDialog.gains()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = planDialog.gains()->topLevelItem(i);
        if (row->text(1) == QStringLiteral("Acme Industrie") && row->text(2).contains(QStringLiteral("#%1").arg(m_jean)))
            companyFromJean = true;
    }
    QVERIFY(companyFromJean);
    shot(&planDialog, QStringLiteral("merge-plan"));

    // Confirmed: the chosen master stays with the others' values, the others leave.
    dialog.setMergeConfirmation([](const MergePlan &) { return true; });
    QVERIFY(dialog.mergeGroup(0));
    QVERIFY(dialog.groups().isEmpty());
    QCOMPARE(tree->topLevelItemCount(), 0);
    QCOMPARE(dialog.lastMasterId(), copy1);
    shot(&dialog, QStringLiteral("duplicates-merged"));
    const Lead master = lead(copy1);
    QCOMPARE(master.company, QStringLiteral("Acme Industrie"));
    QCOMPARE(master.city, QStringLiteral("Lyon"));
    QVERIFY(master.emails.size() >= 2);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(m_jean)).toLongLong(), copy1);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(copy2)).toLongLong(), copy1);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(other)).toLongLong(), 0);

    // "Open master" asks for the master to be shown.
    QSignalSpy open(&dialog, &DuplicatesDialog::openLeadRequested);
    auto *openMaster = dialog.findChild<QPushButton *>(QStringLiteral("openMasterButton"));
    QVERIFY(openMaster->isEnabled());
    QTest::mouseClick(openMaster, Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), copy1);

    // A new search finds nothing left.
    DuplicatesDialog again(ws(), {});
    again.setFields({QStringLiteral("phone")});
    QVERIFY(again.find());
    QVERIFY(again.groups().isEmpty());

    // Undo from the dialog: the leads come back and the group with them.
    auto *undoButton = dialog.findChild<QPushButton *>(QStringLiteral("undoMergeButton"));
    QVERIFY(undoButton && undoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QCOMPARE(sqlValue(ws(), QStringLiteral("SELECT merged_into FROM leads WHERE id = %1").arg(m_jean)).toLongLong(), 0);
    QCOMPARE(lead(copy1).company, QString());
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{m_jean, copy1, copy2}}));
    QVERIFY(!undoButton->isEnabled());
}

void TestWorkflowDialogs::notDuplicatesLeavesLaterSearches()
{
    const qint64 namesake = m_tw->addLead(LeadBuilder().named(QStringLiteral("Jean"), QStringLiteral("DUPONT")).company(QStringLiteral("Boulangerie Dupont")));
    const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Éric"), QStringLiteral("Martin")));
    const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("eric"), QStringLiteral("martin")));
    QVERIFY(namesake && a && b);

    DuplicatesDialog dialog(ws(), {});
    dialog.setFields({QStringLiteral("full_name")});
    QVERIFY(dialog.find());
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{m_jean, namesake}, {a, b}}));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("groupTree"));
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("notDuplicatesButton")), Qt::LeftButton);
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{a, b}}));
    QVERIFY(ws().duplicates().isMarkedNotDuplicate(m_jean, namesake));
    // Both leads are still there.
    QVERIFY(ws().leads().get(namesake).ok() && ws().leads().get(m_jean).ok());

    DuplicatesDialog again(ws(), {});
    again.setFields({QStringLiteral("full_name")});
    QVERIFY(again.find());
    QCOMPARE(again.groups(), (QList<QList<qint64>>{{a, b}}));
}

void TestWorkflowDialogs::duplicatesScopeAndFieldProblems()
{
    const qint64 a = m_tw->addLead(LeadBuilder().named(QStringLiteral("Éric"), QStringLiteral("Martin")));
    const qint64 b = m_tw->addLead(LeadBuilder().named(QStringLiteral("eric"), QStringLiteral("martin")));
    const qint64 c = m_tw->addLead(LeadBuilder().named(QStringLiteral("Eric"), QStringLiteral("Martin")));
    // Over a selection: only the selected leads are compared.
    DuplicatesDialog dialog(ws(), {a, c, m_jean});
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("scopeSelection"))->isChecked());
    dialog.setFields({QStringLiteral("last_name"), QStringLiteral("first_name")});
    QVERIFY(dialog.find());
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{a, c}}));
    dialog.findChild<QRadioButton *>(QStringLiteral("scopeAll"))->setChecked(true);
    QVERIFY(dialog.find());
    QCOMPARE(dialog.groups(), (QList<QList<qint64>>{{a, b, c}}));
    // No field ticked: the finder's problem shows under the fields.
    dialog.setFields({});
    QVERIFY(!dialog.find());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fieldsError"))->isVisibleTo(&dialog));
}

void TestWorkflowDialogs::kanbanDropOnLostCancelledChangesNothing()
{
    QUndoStack undo;
    KanbanPage page(ws(), &undo);
    auto *actions = new WorkflowActions(ws(), &page);
    page.setLeadActions(actions);
    page.resize(1400, 700);
    page.show();
    const qint64 before = lead(m_jean).statusId;
    bool seen = false;
    whenModal([&seen](QWidget *modal) {
        seen = qobject_cast<LoseDialog *>(modal) != nullptr;
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(page.moveLeads({m_jean}, ws().statuses().idOf(StatusRole::Lost)));
    QTRY_VERIFY(seen);
    QCOMPARE(lead(m_jean).statusId, before);
    QCOMPARE(undo.count(), 0);

    // Convert column likewise.
    seen = false;
    whenModal([&seen](QWidget *modal) {
        seen = qobject_cast<ConvertDialog *>(modal) != nullptr;
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(page.moveLeads({m_jean}, ws().statuses().idOf(StatusRole::Converted)));
    QTRY_VERIFY(seen);
    QCOMPARE(lead(m_jean).statusId, before);
    QCOMPARE(count(QStringLiteral("partners")), 0);
}

void TestWorkflowDialogs::kanbanDropOnLostAcceptedLoses()
{
    QUndoStack undo;
    KanbanPage page(ws(), &undo);
    page.setLeadActions(new WorkflowActions(ws(), &page));
    page.show();
    bool done = false;
    whenModal([&done](QWidget *modal) {
        auto *dialog = qobject_cast<LoseDialog *>(modal);
        QVERIFY(dialog);
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("lossReason"));
        reason->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loseButton")), Qt::LeftButton);
        done = true;
    });
    QVERIFY(page.moveLeads({m_jean}, ws().statuses().idOf(StatusRole::Lost)));
    QTRY_VERIFY(done);
    QTRY_COMPARE(lead(m_jean).statusId, ws().statuses().idOf(StatusRole::Lost));
}

void TestWorkflowDialogs::leadFormButtonsOpenTheDialogs()
{
    QUndoStack undo;
    LeadCommands commands(ws(), undo);
    LeadForm form(ws(), commands);
    WorkflowActions actions(ws());
    form.setLeadActions(&actions);
    QVERIFY(form.openLead(m_jean));
    form.resize(1200, 900);
    form.show();

    // Lose: the dialog opens from the form; Lose with a reason loses the lead.
    bool sawLose = false;
    whenModal([&sawLose](QWidget *modal) {
        auto *dialog = qobject_cast<LoseDialog *>(modal);
        sawLose = dialog != nullptr;
        if (!dialog)
            return qobject_cast<QDialog *>(modal)->reject();
        dialog->findChild<QComboBox *>(QStringLiteral("lossReason"))->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loseButton")), Qt::LeftButton);
    });
    form.lose();
    QVERIFY(sawLose);
    QCOMPARE(lead(m_jean).statusId, ws().statuses().idOf(StatusRole::Lost));

    // Reopen from the form: back on the default new status.
    bool sawReopen = false;
    whenModal([&sawReopen](QWidget *modal) {
        sawReopen = qobject_cast<ReopenDialog *>(modal) != nullptr;
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("reopenButton")), Qt::LeftButton);
    });
    form.reopen();
    QVERIFY(sawReopen);
    QCOMPARE(lead(m_jean).statusId, ws().statuses().idOf(StatusRole::New));

    // Convert from the form with the defaults: the form turns read-only.
    bool sawConvert = false;
    whenModal([&sawConvert](QWidget *modal) {
        sawConvert = qobject_cast<ConvertDialog *>(modal) != nullptr;
        QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("convertButton")), Qt::LeftButton);
    });
    form.convert();
    QVERIFY(sawConvert);
    QVERIFY(ws().leads().isConverted(lead(m_jean)));
    QTRY_VERIFY(form.isReadOnly());
    QCOMPARE(count(QStringLiteral("partners")), 1);
}

void TestWorkflowDialogs::checkDuplicatesHookOpensTheChosenLead()
{
    const qint64 copy = m_tw->addLead(LeadBuilder().named(QStringLiteral("JEAN"), QStringLiteral("DUPONT")));
    QVERIFY(copy);
    WorkflowActions actions(ws());
    QSignalSpy open(&actions, &LeadActions::openLeadRequested);
    bool seen = false;
    // As the grid's Tools menu calls it, with the two leads selected.
    whenModal([&seen](QWidget *modal) {
        auto *dialog = qobject_cast<DuplicatesDialog *>(modal);
        seen = dialog != nullptr;
        if (!dialog)
            return qobject_cast<QDialog *>(modal)->reject();
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("scopeSelection"))->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("findButton")), Qt::LeftButton);
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("groupTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0)->child(1));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openLeadButton")), Qt::LeftButton);
    });
    actions.checkDuplicates({m_jean, copy}, nullptr);
    QVERIFY(seen);
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), copy);
}

QTEST_MAIN(TestWorkflowDialogs)
#include "tst_workflowdialogs.moc"
