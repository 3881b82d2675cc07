// The configuration pages: statuses reorder (by the model's drag and drop
// and by Move up/down), rename in place, refuse duplicates and role
// breaches with the service's message shown; the one generic reference page
// adds, renames and removes entries of any simple list and shows the
// uniqueness and "in use" refusals; tags, teams, users and options save
// through their services; the import buttons emit the import hook.
#include "citiespage.h"
#include "configpage.h"
#include "emailservice.h"
#include "emailtemplatespage.h"
#include "messagebanner.h"
#include "optionspage.h"
#include "referencelistmodel.h"
#include "referencelistpage.h"
#include "statusconfigpage.h"
#include "statuslistmodel.h"
#include "tagspage.h"
#include "teamspage.h"
#include "testhelpers.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace TestHelpers;

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statusesReorderByDragAndDrop();
    void statusesMoveUpAndDown();
    void statusRenamedInPlace();
    void statusDuplicateNameRefusedWithMessage();
    void statusOpenClosedAndRoles();
    void statusAddAndRemoveMovingLeads();

    void referencePageAddsRenamesRemoves_data();
    void referencePageAddsRenamesRemoves();
    void referencePageShowsUniquenessError();
    void referencePageRefusesRemovingUsedEntry();
    void referencePageFilters();

    void tagColour();
    void teamMembers();
    void usersAddAndRefuseDuplicateLogin();
    void optionsSaveAtOnce();
    void configPageSectionsAndImportHook();
    void emailTemplatesAddRenameRemove();
    void emailTemplatesInsertPlaceholdersAndShowProblems();

private:
    qint64 status(const QString &name) { return statusId(m_tw->ws(), name); }
    QStringList statusNames();
    static void typeAndAdd(QWidget *page, const QString &text);

    std::unique_ptr<TestWorkspace> m_tw;
};

void TestConfig::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuarryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_config"));
}

void TestConfig::init()
{
    QSettings().clear();
    m_tw = std::make_unique<TestWorkspace>();
}

void TestConfig::cleanup()
{
    m_tw.reset();
}

QStringList TestConfig::statusNames()
{
    QStringList names;
    for (const LeadStatus &s : m_tw->ws().statuses().all())
        names << s.name;
    return names;
}

void TestConfig::typeAndAdd(QWidget *page, const QString &text)
{
    auto *edit = page->findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    auto *add = page->findChild<QPushButton *>(QStringLiteral("primaryButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
}

void TestConfig::statusesReorderByDragAndDrop()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    StatusListModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);
    // Drag "To be processed" (row 0) and drop it before row 3 (Nurturing).
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, StatusListModel::NameColumn)}));
    QVERIFY(mime && mime->hasFormat(StatusListModel::mimeType()));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(statusNames(), (QStringList{QStringLiteral("Marketing qualification"), QStringLiteral("Sales qualification"),
                                         QStringLiteral("To be processed"), QStringLiteral("Nurturing"),
                                         QStringLiteral("Converted"), QStringLiteral("Lost")}));
    // The list follows the service.
    QCOMPARE(model->index(2, StatusListModel::NameColumn).data().toString(), QStringLiteral("To be processed"));
    // The view's move-drop then asks to remove the source row: nothing goes.
    QVERIFY(!model->removeRows(0, 1));
    QCOMPARE(model->rowCount(), 6);

    // Dropped at the end (row -1, no parent).
    mime.reset(model->mimeData({model->index(0, StatusListModel::NameColumn)}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(statusNames().last(), QStringLiteral("Marketing qualification"));
    // Dropped onto its own place: nothing to do.
    mime.reset(model->mimeData({model->index(1, StatusListModel::NameColumn)}));
    QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, QModelIndex()));
}

void TestConfig::statusesMoveUpAndDown()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    page.view()->setCurrentIndex(page.model()->index(3, 0)); // Nurturing
    QPushButton *up = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Move up"))
            up = b;
    QVERIFY(up && up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(statusNames().at(2), QStringLiteral("Nurturing"));
    QCOMPARE(page.view()->currentIndex().row(), 2); // the selection follows
}

void TestConfig::statusRenamedInPlace()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 id = status(QStringLiteral("Nurturing"));
    const QModelIndex index = page.model()->index(page.model()->rowOf(id), StatusListModel::NameColumn);
    page.view()->setCurrentIndex(index);
    page.view()->edit(index);
    auto *editor = page.view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Warm-up"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(m_tw->ws().statuses().find(id)->name, QStringLiteral("Warm-up"));
    QCOMPARE(page.model()->index(page.model()->rowOf(id), 0).data().toString(), QStringLiteral("Warm-up"));
    QVERIFY(page.message().isEmpty());
}

void TestConfig::statusDuplicateNameRefusedWithMessage()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    const qint64 id = status(QStringLiteral("To be processed"));
    const QModelIndex index = page.model()->index(page.model()->rowOf(id), StatusListModel::NameColumn);
    QVERIFY(!page.model()->setData(index, QStringLiteral("nurturing"), Qt::EditRole));
    QCOMPARE(m_tw->ws().statuses().find(id)->name, QStringLiteral("To be processed"));
    QVERIFY(page.banner()->isVisible());
    QVERIFY2(page.message().contains(QStringLiteral("already exists")), qPrintable(page.message()));
    QVERIFY(page.banner()->kind() == MessageBanner::Kind::Error);
    // An empty name too.
    QVERIFY(!page.model()->setData(index, QStringLiteral("  "), Qt::EditRole));
    QVERIFY2(page.message().contains(QStringLiteral("needs a name")), qPrintable(page.message()));
}

void TestConfig::statusOpenClosedAndRoles()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    StatusListModel *model = page.model();
    const qint64 nurturing = status(QStringLiteral("Nurturing"));
    const QModelIndex open = model->index(model->rowOf(nurturing), StatusListModel::OpenColumn);
    QCOMPARE(open.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model->setData(open, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_tw->ws().statuses().find(nurturing)->isOpen);

    // The status of new leads must stay open: refused, message shown.
    const qint64 first = status(QStringLiteral("To be processed"));
    QVERIFY(!model->setData(model->index(model->rowOf(first), StatusListModel::OpenColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_tw->ws().statuses().find(first)->isOpen);
    QVERIFY2(page.message().contains(QStringLiteral("must stay open")), qPrintable(page.message()));

    // The lost role goes to the (closed) Nurturing status through its combo.
    QComboBox *lost = page.roleCombo(StatusRole::Lost);
    const qint64 oldLost = status(QStringLiteral("Lost"));
    QCOMPARE(lost->currentData().toLongLong(), oldLost);
    QVERIFY(page.setRole(StatusRole::Lost, nurturing));
    QCOMPARE(m_tw->ws().statuses().byRole(StatusRole::Lost).id, nurturing);
    QCOMPARE(page.roleCombo(StatusRole::Lost)->currentData().toLongLong(), nurturing);
    // A status holds one role; new leads cannot start in a closed status.
    QVERIFY(!page.setRole(StatusRole::New, nurturing));
    QVERIFY2(page.message().contains(QStringLiteral("one role")), qPrintable(page.message()));
    QVERIFY(!page.setRole(StatusRole::New, oldLost));
    QVERIFY2(page.message().contains(QStringLiteral("must be open")), qPrintable(page.message()));
    QCOMPARE(page.roleCombo(StatusRole::New)->currentData().toLongLong(), first);
}

void TestConfig::statusAddAndRemoveMovingLeads()
{
    StatusConfigPage page(m_tw->ws());
    page.show();
    typeAndAdd(&page, QStringLiteral("Trial"));
    const qint64 trial = status(QStringLiteral("Trial"));
    QVERIFY(trial);
    QCOMPARE(page.model()->rowCount(), 7);
    typeAndAdd(&page, QStringLiteral("TRIAL"));
    QVERIFY2(page.message().contains(QStringLiteral("already exists")), qPrintable(page.message()));
    QCOMPARE(page.model()->rowCount(), 7);

    const qint64 lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Ada"), QStringLiteral("Byron")).status(trial));
    QVERIFY(!page.removeStatus(trial));
    QVERIFY2(page.message().contains(QStringLiteral("move them")), qPrintable(page.message()));
    const qint64 nurturing = status(QStringLiteral("Nurturing"));
    QVERIFY(page.removeStatus(trial, nurturing));
    QCOMPARE(m_tw->ws().leads().get(lead)->statusId, nurturing);
    QCOMPARE(page.model()->rowCount(), 6);
    QVERIFY(!page.removeStatus(status(QStringLiteral("Lost"))));
    QVERIFY2(page.message().contains(QStringLiteral("role")), qPrintable(page.message()));
}

void TestConfig::referencePageAddsRenamesRemoves_data()
{
    QTest::addColumn<RefKind>("kind");
    QTest::addRow("industries") << RefKind::Industry;
    QTest::addRow("departments") << RefKind::Department;
    QTest::addRow("loss reasons") << RefKind::LossReason;
    QTest::addRow("marketing lists") << RefKind::MarketingList;
    QTest::addRow("locations") << RefKind::Location;
}

void TestConfig::referencePageAddsRenamesRemoves()
{
    QFETCH(RefKind, kind);
    ReferenceListPage page(m_tw->ws(), kind);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = page.model()->rowCount();
    auto names = [&] {
        QStringList out;
        for (const ReferenceItem &i : m_tw->ws().references().list(kind))
            out << i.name;
        return out;
    };

    typeAndAdd(&page, QStringLiteral("Zeta entry"));
    QVERIFY2(names().contains(QStringLiteral("Zeta entry")), qPrintable(page.message()));
    QCOMPARE(page.model()->rowCount(), before + 1);
    QVERIFY(page.currentItem());
    QCOMPARE(page.currentItem()->name, QStringLiteral("Zeta entry"));
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("newNameEdit"))->text().isEmpty());
    const qint64 id = page.currentItem()->id;

    // Rename in place through the view's model (the filter proxy).
    QAbstractItemModel *viewModel = page.view()->model();
    QVERIFY(viewModel->setData(page.view()->currentIndex(), QStringLiteral("Omega entry"), Qt::EditRole));
    QVERIFY(names().contains(QStringLiteral("Omega entry")));
    QVERIFY(!names().contains(QStringLiteral("Zeta entry")));

    // Remove with the button; Undo puts it back.
    page.selectItem(id);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
    QVERIFY(!names().contains(QStringLiteral("Omega entry")));
    QCOMPARE(page.model()->rowCount(), before);
    QVERIFY(page.message().contains(QStringLiteral("removed")));
    auto *undo = page.banner()->findChild<QToolButton *>(QStringLiteral("bannerAction"));
    QVERIFY(undo);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(names().contains(QStringLiteral("Omega entry")));
}

void TestConfig::referencePageShowsUniquenessError()
{
    ReferenceListPage page(m_tw->ws(), RefKind::Department);
    page.show();
    QVERIFY(page.addItem(QStringLiteral("Achats")));
    const qint64 other = page.addItem(QStringLiteral("Ventes"));
    QVERIFY(other);
    const int rows = page.model()->rowCount();
    // Same name without case and accents: refused, and the message says so.
    typeAndAdd(&page, QStringLiteral("ACHATS"));
    QCOMPARE(page.model()->rowCount(), rows);
    QVERIFY(page.banner()->isVisible());
    QVERIFY2(page.message().contains(QStringLiteral("already exists")), qPrintable(page.message()));
    // What was typed stays, so it can be corrected.
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("newNameEdit"))->text(), QStringLiteral("ACHATS"));
    // A rename onto another name too.
    QVERIFY(!page.renameItem(other, QStringLiteral("achats")));
    QVERIFY2(page.message().contains(QStringLiteral("already exists")), qPrintable(page.message()));
    QCOMPARE(m_tw->ws().references().nameOf(RefKind::Department, other), QStringLiteral("Ventes"));
    // A success clears the banner.
    QVERIFY(page.renameItem(other, QStringLiteral("Ventes export")));
    QVERIFY(page.message().isEmpty());
}

void TestConfig::referencePageRefusesRemovingUsedEntry()
{
    ReferenceListPage page(m_tw->ws(), RefKind::Source);
    page.show();
    const qint64 source = page.addItem(QStringLiteral("Fair 2026"));
    QVERIFY(source);
    QVERIFY(m_tw->addLead(LeadBuilder().named(QStringLiteral("Ada"), QStringLiteral("Byron")).source(source)));
    QVERIFY(!page.removeItem(source));
    QVERIFY2(page.message().contains(QStringLiteral("used by")), qPrintable(page.message()));
    QVERIFY(m_tw->ws().references().find(RefKind::Source, source));
}

void TestConfig::referencePageFilters()
{
    ReferenceListPage page(m_tw->ws(), RefKind::LossReason);
    page.show();
    const int all = page.view()->model()->rowCount();
    QVERIFY(all > 2);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("filterEdit")), QStringLiteral("budget"));
    QCOMPARE(page.view()->model()->rowCount(), 1);
    // Adding clears the filter so the new entry shows.
    QVERIFY(page.addItem(QStringLiteral("Went quiet")));
    QCOMPARE(page.view()->model()->rowCount(), all + 1);
}

void TestConfig::tagColour()
{
    TagsPage page(m_tw->ws());
    page.show();
    const qint64 tag = page.addItem(QStringLiteral("Hot"));
    QVERIFY(tag);
    QVERIFY(m_tw->ws().references().colorOf(tag).startsWith(QLatin1Char('#'))); // a colour from the palette
    QVERIFY(page.setTagColor(tag, QStringLiteral("#112233")));
    QCOMPARE(m_tw->ws().references().colorOf(tag), QStringLiteral("#112233"));
    QCOMPARE(page.findChild<QToolButton *>(QStringLiteral("colorButton"))->text(), QStringLiteral("#112233"));
    QVERIFY(!page.setTagColor(tag, QStringLiteral("red")));
    QVERIFY2(page.message().contains(QStringLiteral("#rrggbb")), qPrintable(page.message()));
}

void TestConfig::teamMembers()
{
    const qint64 ana = addUser(m_tw->ws(), QStringLiteral("ana"), QStringLiteral("Ana Sousa"));
    TeamsPage page(m_tw->ws());
    page.show();
    const qint64 team = page.addItem(QStringLiteral("North"));
    QVERIFY(team);
    QListWidget *members = page.membersList();
    QCOMPARE(members->count(), m_tw->ws().users().all().size());
    for (int i = 0; i < members->count(); ++i)
        if (members->item(i)->data(Qt::UserRole).toLongLong() == ana)
            members->item(i)->setCheckState(Qt::Checked);
    QCOMPARE(m_tw->ws().users().teamMembers(team), QList<qint64>{ana});
}

void TestConfig::usersAddAndRefuseDuplicateLogin()
{
    UsersPage page(m_tw->ws());
    page.show();
    page.editUser(0);
    page.loginEdit()->setText(QStringLiteral("jdoe"));
    page.nameEdit()->setText(QStringLiteral("John Doe"));
    page.emailEdit()->setText(QStringLiteral("john@example.com"));
    QVERIFY(page.save());
    const auto john = m_tw->ws().users().resolve(QStringLiteral("jdoe"));
    QVERIFY(john);
    QCOMPARE(john->name, QStringLiteral("John Doe"));
    QVERIFY(john->active);
    QCOMPARE(page.editedUserId(), john->id);

    page.editUser(0);
    page.loginEdit()->setText(QStringLiteral("jdoe"));
    QVERIFY(!page.save());
    QVERIFY2(page.message().contains(QStringLiteral("taken")), qPrintable(page.message()));

    // Deactivating is an edit of the user.
    page.editUser(john->id);
    page.activeBox()->setChecked(false);
    QVERIFY(page.save());
    QVERIFY(!m_tw->ws().users().find(john->id)->active);
}

void TestConfig::optionsSaveAtOnce()
{
    OptionsPage page(m_tw->ws());
    page.show();
    QVERIFY(!m_tw->ws().options().restrictFunctions());
    page.flagBox(QStringLiteral("restrict_functions"))->setChecked(true);
    QVERIFY(m_tw->ws().options().restrictFunctions());
    page.flagBox(QStringLiteral("agencies_management"))->setChecked(true);
    QVERIFY(m_tw->ws().options().agenciesManagement());

    QListWidget *required = page.requiredFieldsList();
    for (int i = 0; i < required->count(); ++i)
        if (required->item(i)->data(Qt::UserRole).toString() == QLatin1String("source"))
            required->item(i)->setCheckState(Qt::Checked);
    QCOMPARE(m_tw->ws().options().requiredFields(), QStringList{QStringLiteral("source")});

    page.attachmentLimitBox()->setValue(10);
    QCOMPARE(m_tw->ws().options().attachmentMaxBytes(), qint64(10) * 1024 * 1024);

    // Another writer (the CLI) changes an option: the page follows.
    QVERIFY(m_tw->ws().options().set(QStringLiteral("restrict_functions"), QStringLiteral("no")).ok());
    QVERIFY(!page.flagBox(QStringLiteral("restrict_functions"))->isChecked());
}

void TestConfig::configPageSectionsAndImportHook()
{
    ConfigPage page(m_tw->ws());
    page.show();
    const QStringList keys = page.sectionKeys();
    for (const char *key : {"statuses", "options", "users", "teams", "industries", "functions", "departments", "sources",
                            "categories", "loss_reasons", "agencies", "companies", "sales_directions", "campaigns",
                            "distribution_channels", "locations", "marketing_lists", "tags", "products", "countries", "cities"})
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    QCOMPARE(page.currentSection(), QStringLiteral("statuses"));

    QSignalSpy imports(&page, &ConfigPage::csvImportRequested);
    ConfigSection *industries = page.showSection(QStringLiteral("industries"));
    QVERIFY(qobject_cast<ReferenceListPage *>(industries));
    auto *button = industries->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(imports.count(), 1);
    QCOMPARE(imports.at(0).at(0).value<RefKind>(), RefKind::Industry);
    // Other simple lists have no import.
    QVERIFY(!page.showSection(QStringLiteral("departments"))->findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());

    ConfigSection *cities = page.showSection(QStringLiteral("cities"));
    QTest::mouseClick(cities->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(imports.count(), 2);
    QCOMPARE(imports.at(1).at(0).value<RefKind>(), RefKind::City);
    // Cities: add one, then find it by prefix.
    auto *citiesPage = qobject_cast<CitiesPage *>(cities);
    QVERIFY(citiesPage);
    City city;
    city.name = QStringLiteral("Zürich");
    city.postalCode = QStringLiteral("8001");
    QVERIFY(citiesPage->addCity(city));
    citiesPage->search(QStringLiteral("zur"));
    QCOMPARE(citiesPage->results()->rowCount(), 1);
    QVERIFY(!citiesPage->addCity(city));
    QVERIFY2(citiesPage->message().contains(QStringLiteral("already exists")), qPrintable(citiesPage->message()));

    // The last section is remembered.
    ConfigPage again(m_tw->ws());
    QCOMPARE(again.currentSection(), QStringLiteral("cities"));
}

void TestConfig::emailTemplatesAddRenameRemove()
{
    Workspace &ws = m_tw->ws();
    ConfigPage config(ws);
    QVERIFY(config.sectionKeys().contains(QStringLiteral("email_templates")));
    auto *page = qobject_cast<EmailTemplatesPage *>(config.showSection(QStringLiteral("email_templates")));
    QVERIFY(page);
    config.show();
    QVERIFY(QTest::qWaitForWindowExposed(&config));
    const int before = int(ws.emails().templates().size());
    QCOMPARE(page->list()->count(), before);

    // Add: a new template typed in and saved.
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QCOMPARE(page->currentTemplateId(), qint64(0));
    QTest::keyClicks(page->nameEdit(), QStringLiteral("First call"));
    QTest::keyClicks(page->subjectEdit(), QStringLiteral("Bonjour"));
    QTest::keyClicks(page->bodyEdit(), QStringLiteral("Thanks for your interest."));
    QVERIFY(page->saveButton()->isEnabled());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->currentTemplateId() != 0, qPrintable(page->message()));
    const qint64 id = page->currentTemplateId();
    QCOMPARE(page->list()->count(), before + 1);
    QCOMPARE(page->list()->currentItem()->text(), QStringLiteral("First call"));
    std::optional<EmailTemplate> saved = ws.emails().findTemplate(id);
    QVERIFY(saved);
    QCOMPARE(saved->subject, QStringLiteral("Bonjour"));
    QCOMPARE(saved->body, QStringLiteral("Thanks for your interest."));
    QVERIFY(!page->saveButton()->isEnabled());

    // Rename: edit the name, save; the list follows.
    page->nameEdit()->selectAll();
    QTest::keyClicks(page->nameEdit(), QStringLiteral("First contact"));
    QVERIFY(page->isModified());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QCOMPARE(ws.emails().findTemplate(id)->name, QStringLiteral("First contact"));
    QCOMPARE(page->list()->currentItem()->text(), QStringLiteral("First contact"));
    QCOMPARE(page->currentTemplateId(), id);

    // Remove, then Undo brings it back (under a new id).
    QVERIFY(page->removeButton()->isEnabled());
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QVERIFY(!ws.emails().findTemplate(id));
    QCOMPARE(page->list()->count(), before);
    QVERIFY(page->message().contains(QStringLiteral("First contact")));
    auto *undo = page->banner()->findChild<QToolButton *>(QStringLiteral("bannerAction"));
    QVERIFY(undo);
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(ws.emails().templateByName(QStringLiteral("First contact")));
    QCOMPARE(page->list()->count(), before + 1);
}

void TestConfig::emailTemplatesInsertPlaceholdersAndShowProblems()
{
    Workspace &ws = m_tw->ws();
    EmailTemplatesPage page(ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The placeholders offered are the ones EmailService::fill() understands.
    QComboBox *fields = page.placeholderBox();
    QCOMPARE(fields->count(), int(EmailService::placeholders().size()));
    QVERIFY(fields->findData(QStringLiteral("first_name")) >= 0);

    page.addButton()->click();
    QTest::keyClicks(page.nameEdit(), QStringLiteral("Relance"));
    // Into the subject where the cursor is…
    page.subjectEdit()->setFocus();
    QTest::keyClicks(page.subjectEdit(), QStringLiteral("Hello "));
    fields->setCurrentIndex(fields->findData(QStringLiteral("first_name")));
    page.insertButton()->click();
    QCOMPARE(page.subjectEdit()->text(), QStringLiteral("Hello {first_name}"));
    // …and into the body.
    page.bodyEdit()->setFocus();
    QTest::keyClicks(page.bodyEdit(), QStringLiteral("About "));
    fields->setCurrentIndex(fields->findData(QStringLiteral("company")));
    page.insertButton()->click();
    QCOMPARE(page.bodyEdit()->toPlainText(), QStringLiteral("About {company}"));
    QVERIFY(page.save());
    const std::optional<EmailTemplate> t = ws.emails().templateByName(QStringLiteral("Relance"));
    QVERIFY(t);
    QCOMPARE(t->subject, QStringLiteral("Hello {first_name}"));
    // The service fills what was inserted.
    const qint64 lead = m_tw->addLead(LeadBuilder().named(QStringLiteral("Zoé"), QStringLiteral("Martin")).company(QStringLiteral("Acme")));
    QCOMPARE(ws.emails().fill(t->body, *ws.leads().get(lead)), QStringLiteral("About Acme"));

    // A refused save: no name, and a name already taken, shown in the banner and at the field.
    page.addButton()->click();
    QTest::keyClicks(page.subjectEdit(), QStringLiteral("Subject"));
    QVERIFY(!page.save());
    QVERIFY(page.nameEdit()->property("problem").toBool());
    QVERIFY(!page.nameEdit()->toolTip().isEmpty()); // the refusal, at its field
    QVERIFY(!page.message().isEmpty());
    QTest::keyClicks(page.nameEdit(), QStringLiteral("relance"));
    QVERIFY(!page.save());
    QVERIFY(page.message().contains(QStringLiteral("Relance")));
    page.nameEdit()->clear();
    QTest::keyClicks(page.nameEdit(), QStringLiteral("Autre"));
    QVERIFY(page.save());
    QVERIFY(!page.nameEdit()->property("problem").toBool());
}

QTEST_MAIN(TestConfig)
#include "tst_config.moc"
