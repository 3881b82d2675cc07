// The partners, contacts and opportunities pages: what a conversion
// produced is listed (and the pages follow conversions made elsewhere),
// search as you type filters, the editors save through PartnerService and
// show its refusals at the field (saving nothing), Won makes a customer,
// and the lead a record came from opens in the main window's form.
#include "partners/contacteditor.h"
#include "contactlistmodel.h"
#include "conversionfixtures.h"
#include "conversionservice.h"
#include "partners/fieldproblems.h"
#include "icons.h"
#include "leadform.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "opportunitylistmodel.h"
#include "partnerlistmodel.h"
#include "partners/contactspage.h"
#include "partners/opportunitiespage.h"
#include "partners/opportunitydetails.h"
#include "partners/partnereditor.h"
#include "partners/partnerspage.h"
#include "partnerservice.h"
#include "searchfield.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace TestHelpers;

class TestPartners : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Workspace &ws() { return m_tw->ws(); }

    ConversionResult convert(const QString &first, const QString &last, const QString &company, const QString &city)
    {
        Lead lead = personAt(first, last, company, city).title(QStringLiteral("Fleet renewal")).phone(QStringLiteral("04 72 00 00 00")).build();
        lead.estimatedAmount = 42000;
        lead.estimatedCloseDate = QDate(2026, 5, 31);
        return convertIntoNewRecords(*m_tw, lead);
    }

    template<typename Page>
    std::unique_ptr<Page> shown()
    {
        auto page = std::make_unique<Page>(ws());
        page->resize(1060, 720);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
        return page;
    }

    static QStringList column(QAbstractItemModel *m, int col)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, col).data().toString();
        return out;
    }

    static void clickRow(QTableView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        // QTest types ASCII only; insert() is typing for the rest (emits textEdited).
        if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; }))
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuarryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_partners"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Icons::setUseTheme(false);
    }
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void emptyPagesSayHowToFillThem()
    {
        auto partners = shown<PartnersPage>();
        QCOMPARE(partners->model()->rowCount(), 0);
        QVERIFY(partners->emptyText().contains(QStringLiteral("Convert a lead to create a partner")));
        QVERIFY(partners->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
        auto contacts = shown<ContactsPage>();
        QVERIFY(contacts->emptyText().contains(QStringLiteral("Convert a lead")));
        auto opportunities = shown<OpportunitiesPage>();
        QVERIFY(opportunities->emptyText().contains(QStringLiteral("Convert a lead")));
    }

    void pagesListWhatAConversionProduced()
    {
        // The pages exist before the conversion, as in the app: they follow it.
        auto partners = shown<PartnersPage>();
        QAbstractItemModelTester tester(partners->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto contacts = std::make_unique<ContactsPage>(ws()); // hidden: reads again when shown
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        QVERIFY(done.partnerId && done.opportunityId && done.contactIds.size() == 1);
        QTRY_COMPARE(partners->model()->rowCount(), 1);
        QVERIFY(partners->emptyText().isEmpty());
        QCOMPARE(partners->model()->index(0, PartnerListModel::Name).data().toString(), QStringLiteral("Transports Dupré"));
        QCOMPARE(partners->model()->index(0, PartnerListModel::Type).data().toString(), QStringLiteral("Prospect"));
        QCOMPARE(partners->model()->index(0, PartnerListModel::Contacts).data().toInt(), 1);
        QVERIFY(partners->view()->isColumnHidden(PartnerListModel::ProspectStatus)); // the option is off
        QCOMPARE(partners->findChild<QLabel *>(QStringLiteral("recordCount"))->text(), QStringLiteral("1 partner"));

        contacts->resize(1060, 720);
        contacts->show();
        QVERIFY(QTest::qWaitForWindowExposed(contacts.get()));
        QCOMPARE(contacts->model()->rowCount(), 1);
        QCOMPARE(contacts->model()->index(0, ContactListModel::Name).data().toString(), QStringLiteral("Jeanne Dupré"));
        QCOMPARE(contacts->model()->index(0, ContactListModel::Partner).data().toString(), QStringLiteral("Transports Dupré"));

        auto opportunities = shown<OpportunitiesPage>();
        QCOMPARE(opportunities->model()->rowCount(), 1);
        QCOMPARE(opportunities->model()->index(0, OpportunityListModel::Amount).data().toString(), QStringLiteral("$42,000.00"));
        QCOMPARE(opportunities->model()->index(0, OpportunityListModel::Lead).data().toString(), QStringLiteral("Jeanne Dupré"));
        clickRow(opportunities->view(), 0);
        QCOMPARE(opportunities->details()->opportunityId(), done.opportunityId);
        QCOMPARE(opportunities->details()->value(QStringLiteral("partner"))->text(), QStringLiteral("Transports Dupré"));
        QCOMPARE(opportunities->details()->amountEdit()->text(), QStringLiteral("42,000.00"));
        QCOMPARE(opportunities->details()->closeEdit()->date(), QDate(2026, 5, 31));
    }

    void editingAnOpportunitySavesAndRefusalsShowAtTheField()
    {
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        auto page = shown<OpportunitiesPage>();
        OpportunityDetails *details = page->details();
        QCOMPARE(details->opportunityId(), done.opportunityId); // the first row is shown on entry
        // Refused: no name, an amount that is not one; nothing saved.
        retype(details->nameEdit(), QString());
        retype(details->amountEdit(), QStringLiteral("lots"));
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(details->problems()->hasProblem(QStringLiteral("expected_amount")));
        retype(details->amountEdit(), QStringLiteral("-5"));
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(details->problems()->hasProblem(QStringLiteral("name")));
        QVERIFY(details->problems()->hasProblem(QStringLiteral("expected_amount")));
        QVERIFY(details->banner()->text().contains(QStringLiteral("needs a name")));
        QCOMPARE(ws().partners().opportunity(done.opportunityId)->name, QStringLiteral("Fleet renewal"));
        QCOMPARE(*ws().partners().opportunity(done.opportunityId)->expectedAmount, 42000.0);

        retype(details->nameEdit(), QStringLiteral("Fleet renewal, phase 2"));
        retype(details->amountEdit(), QStringLiteral("$55,500.50")); // the locale's currency format is accepted
        details->stageBox()->setCurrentIndex(details->stageBox()->findData(QStringLiteral("proposition")));
        details->closeEdit()->setDate(QDate(2026, 9, 30));
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        const Opportunity o = *ws().partners().opportunity(done.opportunityId);
        QCOMPARE(o.name, QStringLiteral("Fleet renewal, phase 2"));
        QCOMPARE(*o.expectedAmount, 55500.5);
        QCOMPARE(o.stage, QStringLiteral("proposition"));
        QCOMPARE(o.expectedClose, QDate(2026, 9, 30));
        QCOMPARE(o.fromLeadId, done.leadId); // kept
        QCOMPARE(page->model()->index(0, OpportunityListModel::Amount).data().toString(), QStringLiteral("$55,500.50"));
        QCOMPARE(page->model()->index(0, OpportunityListModel::Stage).data().toString(), QStringLiteral("Proposition"));
        // No amount and no date are allowed.
        retype(details->amountEdit(), QString());
        details->closeEdit()->setDate(details->closeEdit()->minimumDate());
        QVERIFY(details->save());
        QVERIFY(!ws().partners().opportunity(done.opportunityId)->expectedAmount);
        QVERIFY(!ws().partners().opportunity(done.opportunityId)->expectedClose.isValid());
    }

    void searchAsYouTypeFilters()
    {
        convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"), QStringLiteral("Lyon"));
        convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"), QStringLiteral("Berlin"));
        auto partners = shown<PartnersPage>();
        QCOMPARE(partners->model()->rowCount(), 2);
        QTest::keyClicks(partners->searchField(), QStringLiteral("back"));
        QTRY_COMPARE(partners->model()->rowCount(), 1);
        QCOMPARE(partners->model()->index(0, 0).data().toString(), QStringLiteral("Bäckerei Weiß"));
        QCOMPARE(partners->editor()->lineEdit(QStringLiteral("name"))->text(), QStringLiteral("Bäckerei Weiß")); // the match is shown
        QTest::keyClick(partners->searchField(), Qt::Key_Escape);
        QTRY_COMPARE(partners->model()->rowCount(), 2);
        QTest::keyClicks(partners->searchField(), QStringLiteral("zzz"));
        QTRY_COMPARE(partners->model()->rowCount(), 0);
        QVERIFY(partners->emptyText().contains(QStringLiteral("zzz")));

        auto contacts = shown<ContactsPage>();
        QTest::keyClicks(contacts->searchField(), QStringLiteral("dupre"));
        QTRY_COMPARE(column(contacts->model(), ContactListModel::Name), QStringList{QStringLiteral("Jeanne Dupré")});

        auto opportunities = shown<OpportunitiesPage>();
        QTest::keyClicks(opportunities->searchField(), QStringLiteral("weiss"));
        QTRY_COMPARE(column(opportunities->model(), OpportunityListModel::Partner), QStringList{QStringLiteral("Bäckerei Weiß")});
    }

    void searchFoldsAccentsInTheCity()
    {
        convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"), QStringLiteral("Besançon"));
        convert(QStringLiteral("Karl"), QStringLiteral("Weiß"), QStringLiteral("Bäckerei Weiß"), QStringLiteral("Berlin"));
        auto partners = shown<PartnersPage>();
        QCOMPARE(partners->model()->rowCount(), 2);
        QTest::keyClicks(partners->searchField(), QStringLiteral("besancon"));
        QTRY_COMPARE(column(partners->model(), 0), QStringList{QStringLiteral("Transports Dupré")});
        QCOMPARE(partners->editor()->lineEdit(QStringLiteral("city"))->text(), QStringLiteral("Besançon"));
    }

    void editingAPartnerSavesThroughTheService()
    {
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        auto page = shown<PartnersPage>();
        clickRow(page->view(), 0);
        PartnerEditor *editor = page->editor();
        QCOMPARE(editor->partnerId(), done.partnerId);
        QCOMPARE(editor->lineEdit(QStringLiteral("city"))->text(), QStringLiteral("Lyon"));
        QVERIFY(!editor->saveButton()->isEnabled());
        retype(editor->lineEdit(QStringLiteral("city")), QStringLiteral("Villeurbanne"));
        retype(editor->lineEdit(QStringLiteral("website")), QStringLiteral("www.dupre.fr"));
        retype(editor->lineEdit(QStringLiteral("tin")), QStringLiteral("123 456 789"));
        QVERIFY(editor->isModified());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->isModified());
        const Partner saved = *ws().partners().find(done.partnerId);
        QCOMPARE(saved.city, QStringLiteral("Villeurbanne"));
        QCOMPARE(saved.website, QStringLiteral("www.dupre.fr"));
        QCOMPARE(saved.tin, QStringLiteral("123456789"));
        QCOMPARE(saved.name, QStringLiteral("Transports Dupré"));
        QCOMPARE(page->model()->index(0, PartnerListModel::City).data().toString(), QStringLiteral("Villeurbanne"));
        QCOMPARE(page->currentId(), done.partnerId); // still selected after the list reloads
        QVERIFY(editor->banner()->text().contains(QStringLiteral("Saved")));
        // The editor shows what the partner has.
        QCOMPARE(editor->contactsList()->count(), 1);
        QVERIFY(editor->contactsList()->item(0)->text().startsWith(QStringLiteral("Jeanne Dupré")));
        QCOMPARE(editor->opportunitiesList()->count(), 1);
        QVERIFY(editor->opportunitiesList()->item(0)->text().contains(QStringLiteral("$42,000.00")));
    }

    void aRefusedEditShowsTheProblemAndSavesNothing()
    {
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        auto page = shown<PartnersPage>();
        clickRow(page->view(), 0);
        PartnerEditor *editor = page->editor();
        retype(editor->lineEdit(QStringLiteral("name")), QString());
        retype(editor->lineEdit(QStringLiteral("tin")), QStringLiteral("12 34"));
        retype(editor->lineEdit(QStringLiteral("city")), QStringLiteral("Paris"));
        QTest::keyClick(editor->lineEdit(QStringLiteral("city")), Qt::Key_Return); // Enter saves too
        QVERIFY(editor->banner()->isVisible());
        QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("needs a name")));
        QVERIFY(editor->banner()->text().contains(QStringLiteral("TIN")));
        QVERIFY(editor->problems()->hasProblem(QStringLiteral("name")));
        QVERIFY(editor->problems()->hasProblem(QStringLiteral("tin")));
        QVERIFY(!editor->problems()->hasProblem(QStringLiteral("city")));
        QVERIFY(editor->lineEdit(QStringLiteral("name"))->hasFocus());
        QVERIFY(editor->isModified()); // the edits are kept to fix
        const Partner stored = *ws().partners().find(done.partnerId);
        QCOMPARE(stored.name, QStringLiteral("Transports Dupré"));
        QCOMPARE(stored.city, QStringLiteral("Lyon"));
        QCOMPARE(stored.tin, QString());
        // Fixing and saving clears the frames.
        retype(editor->lineEdit(QStringLiteral("name")), QStringLiteral("Dupré Transports"));
        retype(editor->lineEdit(QStringLiteral("tin")), QString());
        QVERIFY(editor->save());
        QVERIFY(!editor->problems()->hasProblem(QStringLiteral("name")));
        QCOMPARE(ws().partners().find(done.partnerId)->name, QStringLiteral("Dupré Transports"));
        QCOMPARE(ws().partners().find(done.partnerId)->city, QStringLiteral("Paris"));
    }

    void wonProspectStatusMakesACustomer()
    {
        QVERIFY(ws().options().set(QStringLiteral("manage_prospect_statuses"), QStringLiteral("yes")).ok());
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        auto page = shown<PartnersPage>();
        QVERIFY(!page->view()->isColumnHidden(PartnerListModel::ProspectStatus));
        QCOMPARE(page->model()->index(0, PartnerListModel::ProspectStatus).data().toString(), QStringLiteral("To be processed"));
        clickRow(page->view(), 0);
        PartnerEditor *editor = page->editor();
        QComboBox *status = editor->prospectStatusBox();
        QVERIFY(status->isVisibleTo(editor));
        const auto won = ws().partners().prospectStatusByName(QStringLiteral("Won"));
        QVERIFY(won);
        status->setFocus();
        const int wonIndex = status->findData(won->id);
        QVERIFY(wonIndex > 0);
        while (status->currentIndex() != wonIndex)
            QTest::keyClick(status, status->currentIndex() < wonIndex ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(editor->isModified());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        const Partner p = *ws().partners().find(done.partnerId);
        QCOMPARE(p.prospectStatusId, won->id);
        QCOMPARE(p.type, Partner::Type::Customer);
        QCOMPARE(editor->typeLabel()->text(), QStringLiteral("Customer"));
        QVERIFY(editor->banner()->text().contains(QStringLiteral("now a customer")));
        QCOMPARE(page->model()->index(0, PartnerListModel::Type).data().toString(), QStringLiteral("Customer"));
        QCOMPARE(page->model()->index(0, PartnerListModel::ProspectStatus).data().toString(), QStringLiteral("Won"));

        // With the option off the status is not offered, and the column goes.
        QVERIFY(ws().options().set(QStringLiteral("manage_prospect_statuses"), QStringLiteral("no")).ok());
        QTRY_VERIFY(page->view()->isColumnHidden(PartnerListModel::ProspectStatus));
        QTRY_VERIFY(!status->isVisibleTo(editor));
    }

    void contactEditsSaveAndRefusalsShowAtTheField()
    {
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        const qint64 function = ws().references().add(RefKind::Function, QStringLiteral("Fleet manager"))->id;
        auto page = shown<ContactsPage>();
        clickRow(page->view(), 0);
        ContactEditor *editor = page->editor();
        QCOMPARE(editor->contactId(), done.contactIds.first());
        QCOMPARE(editor->partnerLabel()->text(), QStringLiteral("Transports Dupré"));
        // Both names empty: refused at the last name, nothing saved.
        retype(editor->lineEdit(QStringLiteral("first_name")), QString());
        retype(editor->lineEdit(QStringLiteral("last_name")), QString());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->problems()->hasProblem(QStringLiteral("last_name")));
        QVERIFY(editor->banner()->text().contains(QStringLiteral("first or last name")));
        QCOMPARE(ws().partners().contact(done.contactIds.first())->lastName, QStringLiteral("Dupré"));

        retype(editor->lineEdit(QStringLiteral("first_name")), QStringLiteral("Jeanne"));
        retype(editor->lineEdit(QStringLiteral("last_name")), QStringLiteral("Dupré-Martin"));
        editor->functionBox()->setCurrentIndex(editor->functionBox()->findData(function));
        QTest::mouseClick(editor->doNotEmailBox(), Qt::LeftButton);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        const Contact c = *ws().partners().contact(done.contactIds.first());
        QCOMPARE(c.lastName, QStringLiteral("Dupré-Martin"));
        QCOMPARE(c.functionId, function);
        QVERIFY(c.doNotEmail);
        QCOMPARE(page->model()->index(0, ContactListModel::Name).data().toString(), QStringLiteral("Jeanne Dupré-Martin"));
        QCOMPARE(page->model()->index(0, ContactListModel::Function).data().toString(), QStringLiteral("Fleet manager"));
        QVERIFY(!editor->problems()->hasProblem(QStringLiteral("last_name")));
    }

    void openLeadSignalsCarryTheLeadId()
    {
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        auto partners = shown<PartnersPage>();
        QSignalSpy fromPartner(partners.get(), &RecordListPage::openLeadRequested);
        clickRow(partners->view(), 0);
        QListWidget *leads = partners->editor()->leadsList();
        QCOMPARE(leads->count(), 1);
        QVERIFY(leads->item(0)->text().startsWith(QStringLiteral("Jeanne Dupré")));
        QTest::mouseClick(partners->editor()->openLeadButton(), Qt::LeftButton);
        QCOMPARE(fromPartner.count(), 1);
        QCOMPARE(fromPartner.first().first().toLongLong(), done.leadId);

        auto contacts = shown<ContactsPage>();
        QSignalSpy fromContact(contacts.get(), &RecordListPage::openLeadRequested);
        clickRow(contacts->view(), 0);
        QTest::mouseClick(contacts->editor()->openLeadButton(), Qt::LeftButton);
        QCOMPARE(fromContact.count(), 1);
        QCOMPARE(fromContact.first().first().toLongLong(), done.leadId);

        auto opportunities = shown<OpportunitiesPage>();
        QSignalSpy fromOpportunity(opportunities.get(), &RecordListPage::openLeadRequested);
        const QRect rect = opportunities->view()->visualRect(opportunities->model()->index(0, 0));
        // A press first, as a real double-click has (the view checks the pressed row).
        QTest::mouseClick(opportunities->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(opportunities->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(fromOpportunity.count(), 1);
        QCOMPARE(fromOpportunity.first().first().toLongLong(), done.leadId);
        // Enter on the row, and the details' button, too.
        opportunities->view()->setFocus();
        QTest::keyClick(opportunities->view(), Qt::Key_Return);
        QCOMPARE(fromOpportunity.count(), 2);
        QTest::mouseClick(opportunities->details()->openLeadButton(), Qt::LeftButton);
        QCOMPARE(fromOpportunity.count(), 3);
        QCOMPARE(fromOpportunity.last().first().toLongLong(), done.leadId);
    }

    void mainWindowOpensTheLeadAPartnerCameFrom()
    {
        QSettings().clear();
        const ConversionResult done = convert(QStringLiteral("Jeanne"), QStringLiteral("Dupré"), QStringLiteral("Transports Dupré"),
                                              QStringLiteral("Lyon"));
        MainWindow window(ws());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Partners);
        auto *page = qobject_cast<PartnersPage *>(window.page(Page::Partners));
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QCOMPARE(page->model()->rowCount(), 1);
        clickRow(page->view(), 0);
        QTest::mouseClick(page->editor()->openLeadButton(), Qt::LeftButton);
        QVERIFY(window.isFormShown());
        QCOMPARE(window.form()->leadId(), done.leadId);
        // Back from the form returns to the partners.
        QVERIFY(window.closeForm());
        QVERIFY(page->isVisible());
        QVERIFY(qobject_cast<ContactsPage *>(window.page(Page::Contacts)));
        QVERIFY(qobject_cast<OpportunitiesPage *>(window.page(Page::Opportunities)));
    }
};

QTEST_MAIN(TestPartners)
#include "tst_partners.moc"
