// The import wizard end to end on a real file: detected settings shown and
// overridable, columns matched, options, the preview with its problems, the
// run on a worker thread, the result with the counts and the report; Cancel
// leaves nothing. Also the export dialog and the reference import dialog.
#include "export/exportdialog.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importpreviewpage.h"
#include "import/importresultpage.h"
#include "import/importvaluespage.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "import/referenceimportdialog.h"
#include "leadcommands.h"
#include "leadgrid.h"
#include "leadtablemodel.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace TestHelpers;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }
    static QString data(const QString &name) { return QStringLiteral(QUARRY_TEST_DATA_DIR "/import/") + name; }

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
        emit combo->activated(index); // as a user's pick
    }

    QString bigFile(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("Name,Email,Company\n");
            for (int i = 0; i < rows; ++i)
                f.write(QStringLiteral("Person %1,p%1@example.com,Firm %1\n").arg(i).toUtf8());
        }
        return path;
    }

private slots:
    /// Next page; the value step (which reads the file on a worker) is
    /// waited for and passed with its automatic choices.
    static void advance(ImportWizard &wizard)
    {
        wizard.next();
        if (wizard.currentId() != int(ImportWizard::ValuesPage))
            return;
        auto *values = static_cast<ImportValuesPage *>(wizard.currentPage());
        for (int i = 0; i < 200 && !values->isLoaded(); ++i)
            values->waitLoaded();
        wizard.next();
    }

    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void importsAEuropeanSpreadsheetStepByStep()
    {
        ImportWizard wizard(ws());
        const QString report = m_dir.filePath(QStringLiteral("rejected.csv"));
        wizard.setReportPath(report);
        QStringList opened;
        wizard.setReportOpener([&opened](const QString &path) { opened << path; });
        QSignalSpy reset(&ws(), &Workspace::leadsReset);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();

        // The file: semicolons and Windows-1252 detected, shown, overridable.
        wizard.setFilePath(data("european-semicolon-cp1252.csv"));
        auto *delimiter = child<QComboBox>(&wizard, "delimiterCombo");
        auto *encoding = child<QComboBox>(&wizard, "encodingCombo");
        auto *sample = child<QTableWidget>(&wizard, "sampleTable");
        QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("Windows-1252"));
        QVERIFY(child<QLabel>(&wizard, "detectedLabel")->text().contains(QStringLiteral("semicolon")));
        QCOMPARE(sample->columnCount(), 14);
        QCOMPARE(sample->rowCount(), 4);
        QCOMPARE(sample->item(0, 3)->text(), QStringLiteral("Cœur de Lion SARL"));
        choose(delimiter, QStringLiteral(","));
        QVERIFY(sample->columnCount() < 14); // wrong: the rows fall apart
        choose(delimiter, QStringLiteral(";"));
        QCOMPARE(sample->columnCount(), 14);
        choose(encoding, QStringLiteral("UTF-8"));
        QCOMPARE(wizard.format().encoding, QStringLiteral("UTF-8"));
        choose(encoding, QStringLiteral("Windows-1252"));
        QVERIFY(wizard.format().isWindows1252());
        QCOMPARE(sample->item(0, 3)->text(), QStringLiteral("Cœur de Lion SARL"));

        // A UTF-8 file read as Windows-1252 shows why the choice is there.
        wizard.setFilePath(data("outlook-export.csv"));
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("UTF-8"));
        QCOMPARE(sample->item(0, 5)->text(), QStringLiteral("Société Générale"));
        choose(encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(sample->item(0, 5)->text(), QStringLiteral("SociÃ©tÃ© GÃ©nÃ©rale"));
        wizard.setFilePath(data("european-semicolon-cp1252.csv"));

        // The mapping: matched by header; the amount ignored; a change sticks.
        advance(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = static_cast<ImportMappingPage *>(wizard.currentPage());
        QCOMPARE(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("first_name"));
        QCOMPARE(mapping->fieldCombo(5)->currentData().toString(), QStringLiteral("email"));
        QCOMPARE(mapping->fieldCombo(12)->currentData().toString(), ImportMapping::Extras); // the amount: kept as an extra
        choose(mapping->fieldCombo(13), QStringLiteral("requirements"));
        QCOMPARE(wizard.mapping().field(13), QStringLiteral("requirements"));
        choose(mapping->fieldCombo(2), QStringLiteral("first_name")); // first name twice: refused
        QVERIFY(!mapping->isComplete());
        QVERIFY(child<QLabel>(&wizard, "mappingProblems")->isVisible());
        choose(mapping->fieldCombo(2), QStringLiteral("last_name"));
        QVERIFY(mapping->isComplete());
        const QString saved = m_dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(mapping->saveMapping(saved));
        QVERIFY(ImportMapping::load(saved)->columns() == wizard.mapping().columns());
        // A saved mapping loads back into the page: its columns keep their
        // fields, the others are matched automatically.
        child<QPushButton>(&wizard, "autoMatchButton")->click();
        QCOMPARE(mapping->fieldCombo(13)->currentData().toString(), QStringLiteral("description"));
        QVERIFY(mapping->loadMapping(data("european-mapping.json")));
        QCOMPARE(mapping->fieldCombo(13)->currentData().toString(), QStringLiteral("requirements"));
        QCOMPARE(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("first_name"));
        QVERIFY(!mapping->loadMapping(m_dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(child<QLabel>(&wizard, "mappingProblems")->isVisible());
        QVERIFY(mapping->loadMapping(saved));
        QVERIFY(mapping->isComplete());
        QCOMPARE(wizard.mapping().field(13), QStringLiteral("requirements"));

        // Options: a tag for every row, duplicates updated.
        advance(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
        child<QLineEdit>(&wizard, "tagsEdit")->setText(QStringLiteral("Salon 2026, vip"));
        child<QRadioButton>(&wizard, "updateRadio")->setChecked(true);
        choose(child<QComboBox>(&wizard, "statusCombo"), QStringLiteral("Nurturing"));

        // The preview: four rows, Élodie's refused with the reason; nothing written.
        advance(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QTableWidget *preview = static_cast<ImportPreviewPage *>(wizard.currentPage())->table();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(3, 0)->text(), QStringLiteral("5"));
        QCOMPARE(preview->item(3, 1)->text(), ImportPreviewPage::tr("Rejected"));
        QVERIFY(preview->item(3, 2)->text().contains(QStringLiteral("bad-email@")));
        QVERIFY(child<QLabel>(&wizard, "previewSummary")->text().contains(QStringLiteral("Salon 2026")));
        QVERIFY(preview->item(0, 2)->text().contains(QStringLiteral("Gérant"))); // a job title to create
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 0);

        // The run, on a worker thread, then the result.
        advance(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
        QVERIFY(wizard.result() && wizard.result()->ok());
        QCOMPARE(wizard.result()->value().counts, (ImportCounts{4, 3, 0, 0, 1}));
        QCOMPARE(imported.size(), 1);
        QVERIFY(reset.size() >= 1);
        auto *result = static_cast<ImportResultPage *>(wizard.currentPage());
        QVERIFY(result->countsLabel()->text().contains(QStringLiteral("<b>3</b>")));
        QVERIFY(result->reportButton()->isVisible());
        // The rejected row is listed with its line and the reason.
        QCOMPARE(result->rejectedTable()->rowCount(), 1);
        QCOMPARE(result->rejectedTable()->item(0, 0)->text(), QStringLiteral("5"));
        QVERIFY(result->rejectedTable()->item(0, 1)->text().contains(QStringLiteral("bad-email@")));
        result->reportButton()->click();
        QCOMPARE(opened, QStringList{report});
        QVERIFY(QFile::exists(report));

        // The window's workspace sees the leads and the new tags.
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 3);
        const Lead lead = *ws().leadRepository().find(ws().leadRepository().ids(LeadFilter{}).first());
        QCOMPARE(lead.requirements, QStringLiteral("Très intéressé ; rappeler"));
        QCOMPARE(lead.statusId, statusId(ws(), QStringLiteral("Nurturing")));
        QStringList tags;
        for (qint64 id : lead.tagIds)
            tags << ws().references().nameOf(RefKind::Tag, id);
        tags.sort();
        QCOMPARE(tags, (QStringList{"Salon 2026", "vip"}));
    }

    void valueStepMatchesCreatesOrLeavesEmpty()
    {
        QVERIFY(ws().references().add(RefKind::Industry, QStringLiteral("Retail")));
        const QString path = m_dir.filePath(QStringLiteral("values.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Last Name,Industry,Lead Source\n"
                "A,Healthcare,Referral\n"
                "B,Healthcare,Carrier pigeon\n"
                "C,RETAIL,Referral\n");
        f.close();
        ImportWizard wizard(ws());
        wizard.setReportPath(m_dir.filePath(QStringLiteral("values-rejected.csv")));
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValuesPage));
        auto *values = static_cast<ImportValuesPage *>(wizard.currentPage());
        for (int i = 0; i < 200 && !values->isLoaded(); ++i)
            values->waitLoaded();
        QVERIFY(values->isLoaded());
        // Each value once, with its rows and its automatic choice.
        QHash<QString, int> rowOf;
        QTableWidget *table = child<QTableWidget>(&wizard, "valuesTable");
        for (int r = 0; r < table->rowCount(); ++r)
            if (!values->valueAt(r).isEmpty())
                rowOf.insert(values->fieldAt(r) + QLatin1Char('/') + values->valueAt(r), r);
        QVERIFY2(rowOf.contains(QStringLiteral("industry/Healthcare")), qPrintable(QStringList(rowOf.keys()).join(',')));
        QCOMPARE(table->item(rowOf.value(QStringLiteral("industry/Healthcare")), 1)->text(), QStringLiteral("2"));
        QComboBox *healthcare = values->choiceCombo(rowOf.value(QStringLiteral("industry/Healthcare")));
        QCOMPARE(healthcare->currentText(), ImportValuesPage::tr("Leave empty")); // matches nothing
        QComboBox *retail = values->choiceCombo(rowOf.value(QStringLiteral("industry/RETAIL")));
        QCOMPARE(retail->currentText(), QStringLiteral("→ Retail")); // folded case
        QComboBox *pigeon = values->choiceCombo(rowOf.value(QStringLiteral("source/Carrier pigeon")));
        QCOMPARE(pigeon->currentText(), ImportValuesPage::tr("Leave empty"));
        // The user creates Healthcare and maps the pigeon to Referral.
        healthcare->setCurrentIndex(healthcare->findText(ImportValuesPage::tr("Create \"%1\"").arg(QStringLiteral("Healthcare"))));
        pigeon->setCurrentIndex(pigeon->findText(QStringLiteral("→ Referral")));
        advance(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
        QCOMPARE(wizard.mapping().valueChoice(QStringLiteral("industry"), QStringLiteral("Healthcare"))->action,
                 ImportValueChoice::Action::Create);
        advance(wizard);
        advance(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
        QVERIFY(wizard.result() && wizard.result()->ok());
        QCOMPARE(wizard.result()->value().counts, (ImportCounts{3, 3, 0, 0, 0}));
        QStringList industries, sources;
        for (qint64 id : ws().leadRepository().ids(LeadFilter{})) {
            const Lead l = *ws().leadRepository().find(id);
            industries << ws().references().nameOf(RefKind::Industry, l.industryId);
            sources << ws().references().nameOf(RefKind::Source, l.sourceId);
        }
        industries.sort();
        QStringList left;
        for (const LeftEmptyCount &v : wizard.result()->value().leftEmpty)
            left << v.fieldKey + QLatin1Char('=') + v.value;
        QVERIFY2(industries == (QStringList{"Healthcare", "Healthcare", "Retail"}),
                 qPrintable(industries.join(',') + QStringLiteral(" left empty: ") + left.join(',') + QStringLiteral(" map: ")
                            + QString::fromUtf8(QJsonDocument(wizard.mapping().toJson()).toJson(QJsonDocument::Compact))));
        QCOMPARE(sources, (QStringList{"Referral", "Referral", "Referral"}));
    }

    void aRejectedRowLeavesNothingBehind()
    {
        // Through the wizard as through the CLI: the refused row's new
        // function, tag and industry are not created, even with the value
        // step set to create them.
        const QString path = m_dir.filePath(QStringLiteral("side-effects.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,Email,Job Title,Tags,Industry\n"
                "Bad,Row,not-an-email,Chief Dreamer,Fresh tag,Space mining\n"
                "Good,Row,good@row.example,Night Owl,,\n");
        f.close();
        const qsizetype functions = ws().references().list(RefKind::Function).size();
        ImportWizard wizard(ws());
        wizard.setReportPath(m_dir.filePath(QStringLiteral("side-effects-rejected.csv")));
        wizard.show();
        wizard.setFilePath(path);
        advance(wizard); // mapping
        wizard.next();   // the value step, creating whatever matches nothing
        auto *values = static_cast<ImportValuesPage *>(wizard.currentPage());
        for (int i = 0; i < 200 && !values->isLoaded(); ++i)
            values->waitLoaded();
        child<QCheckBox>(&wizard, "createOthersCheck")->setChecked(true);
        for (int i = 0; i < 3; ++i)
            advance(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
        QVERIFY(wizard.result() && wizard.result()->ok());
        QCOMPARE(wizard.result()->value().counts, (ImportCounts{2, 1, 0, 0, 1}));
        QStringList names;
        for (const ReferenceItem &r : ws().references().list(RefKind::Function))
            names << r.name;
        QCOMPARE(names.size(), functions + 1);
        QVERIFY(names.contains(QStringLiteral("Night Owl")));
        QVERIFY(!names.contains(QStringLiteral("Chief Dreamer")));
        for (const ReferenceItem &r : ws().references().list(RefKind::Tag))
            QVERIFY(r.name != QLatin1String("Fresh tag"));
        for (const ReferenceItem &r : ws().references().list(RefKind::Industry))
            QVERIFY(r.name != QLatin1String("Space mining"));
    }

    void cancelLeavesNothing()
    {
        ImportWizard wizard(ws());
        wizard.setReportPath(m_dir.filePath(QStringLiteral("cancelled.csv")));
        wizard.show();
        wizard.setFilePath(bigFile(60000));
        advance(wizard);
        advance(wizard);
        child<QLineEdit>(&wizard, "tagsEdit")->setText(QStringLiteral("Expo"));
        advance(wizard);
        advance(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        auto *run = static_cast<ImportRunPage *>(wizard.currentPage());
        QVERIFY(run->isRunning());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        // The progress bar moves while the worker imports.
        QVERIFY(run->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(run->progressBar()->value() > 0, 20000);
        QVERIFY(run->isRunning());
        run->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 20000);
        QVERIFY(wizard.result()->value().cancelled);
        QVERIFY(static_cast<ImportResultPage *>(wizard.currentPage())->countsLabel()->text().contains(
            ImportResultPage::tr("nothing was changed")));
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 0);
        QCOMPARE(ws().references().list(RefKind::Tag).size(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled.csv"))));

        // The next import works.
        ImportWizard again(ws());
        again.setReportPath(m_dir.filePath(QStringLiteral("again.csv")));
        again.show();
        again.setFilePath(data("duplicates.csv"));
        for (int i = 0; i < 4; ++i)
            advance(again);
        QTRY_COMPARE_WITH_TIMEOUT(again.currentId(), int(ImportWizard::ResultPage), 20000);
        QCOMPARE(again.result()->value().counts, (ImportCounts{6, 5, 0, 1, 0}));
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 5);
    }

    void closingWhileRunningCancels()
    {
        auto *wizard = new ImportWizard(ws());
        wizard->show();
        wizard->setFilePath(bigFile(5000));
        for (int i = 0; i < 4; ++i)
            advance(*wizard);
        QVERIFY(static_cast<ImportRunPage *>(wizard->currentPage())->isRunning());
        wizard->reject(); // the window closed: cancels, waits for the worker
        QVERIFY(!static_cast<ImportRunPage *>(wizard->page(ImportWizard::RunPage))->isRunning());
        delete wizard;
        QCOMPARE(ws().leadRepository().count(LeadFilter{}), 0);
    }

    void exportDialogWritesTheViewsLeads()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Anne", "Dupont").email("anne@example.fr")));
        QVERIFY(m_tw->addLead(LeadBuilder().named("Bob", "Martin")));
        LeadFilter filter;
        filter.sortField = QStringLiteral("last_name");
        filter.sortDescending = true;
        ExportDialog dialog(ws(), filter, {QStringLiteral("first_name"), QStringLiteral("last_name")});
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        dialog.setPath(path);
        dialog.setAllFields(false);
        dialog.setBom(false);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QCOMPARE(exported.first().at(0).toLongLong(), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("first_name,last_name\r\nBob,Martin\r\nAnne,Dupont\r\n"));
        f.close();

        // Leads selected in the view: several are exported alone (in the
        // view's sort) unless the whole view is chosen; one row selected
        // leaves the whole view the default.
        const qint64 carl = m_tw->addLead(LeadBuilder().named("Carl", "Zeta"));
        const qint64 anne = ws().leadRepository().ids(LeadFilter{}).first();
        ExportDialog some(ws(), filter, {QStringLiteral("last_name")});
        some.setSelection({anne, carl});
        QVERIFY(child<QRadioButton>(&some, "selectedLeadsRadio")->isChecked());
        QCOMPARE(some.exportFilter().ids, (QList<qint64>{anne, carl}));
        QSignalSpy someExported(&some, &ExportDialog::exported);
        some.setPath(path);
        some.setAllFields(false);
        some.setBom(false);
        some.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(someExported.size(), 1, 20000);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("last_name\r\nZeta\r\nDupont\r\n"));
        f.close();
        ExportDialog one(ws(), filter, {});
        one.setSelection({carl});
        QVERIFY(child<QRadioButton>(&one, "viewLeadsRadio")->isChecked());
        QVERIFY(one.exportFilter().ids.isEmpty());
        one.setSelectedOnly(true);
        QCOMPARE(one.exportFilter().ids, QList<qint64>{carl});
    }

    void exportDialogWritesFormulasAsTextUnlessUnchecked()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("=1+1", "Dupont")));
        const QString path = m_dir.filePath(QStringLiteral("formulas.csv"));
        for (const bool neutralise : {true, false}) {
            ExportDialog dialog(ws(), LeadFilter{}, {QStringLiteral("first_name")});
            QVERIFY(child<QCheckBox>(&dialog, "neutraliseFormulasCheck")->isChecked());
            dialog.setNeutraliseFormulas(neutralise);
            QSignalSpy exported(&dialog, &ExportDialog::exported);
            dialog.setPath(path);
            dialog.setAllFields(false);
            dialog.setBom(false);
            dialog.startExport();
            QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), neutralise ? QByteArray("first_name\r\n'=1+1\r\n") : QByteArray("first_name\r\n=1+1\r\n"));
        }

        // The database itself is refused; the dialog says so and stays open.
        ExportDialog onto(ws(), LeadFilter{}, {});
        QSignalSpy exported(&onto, &ExportDialog::exported);
        onto.setPath(ws().database().path());
        onto.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!onto.isRunning() && onto.result().has_value(), 20000);
        QVERIFY(!onto.result()->ok());
        QCOMPARE(exported.size(), 0);
        QVERIFY(child<QLabel>(&onto, "exportStatus")->text().contains(QStringLiteral("database")));
    }

    void exportOffersTheGridsVisibleColumns()
    {
        QUndoStack undo;
        LeadCommands commands(ws(), undo);
        LeadGrid grid(ws(), commands);
        QHeaderView *header = grid.view()->horizontalHeader();
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
            header->setSectionHidden(c, c != LeadTableModel::FullName && c != LeadTableModel::Email
                                            && c != LeadTableModel::Company);
        header->moveSection(header->visualIndex(LeadTableModel::Email), 0);
        // The full name goes out as its parts, so that the file imports back.
        QCOMPARE(ExportDialog::visibleFields(grid.view()),
                 (QStringList{"email", "first_name", "middle_name", "last_name", "company"}));
        QVERIFY(ExportDialog::visibleFields(nullptr).isEmpty());
    }

    void referenceImportDialogImportsCities()
    {
        ReferenceImportDialog dialog(ws(), RefKind::City);
        dialog.setReportPath(m_dir.filePath(QStringLiteral("cities-rejected.csv")));
        QStringList opened;
        dialog.setReportOpener([&opened](const QString &p) { opened << p; });
        QSignalSpy changed(&ws(), &Workspace::referencesChanged);
        dialog.show();
        dialog.setPath(data("cities500-sample.txt"));
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result().has_value(), 20000);
        QVERIFY(dialog.result()->ok());
        QCOMPARE(dialog.result()->value().imported, 19);
        QCOMPARE(ws().references().cityCount(), 19);
        QVERIFY(changed.size() >= 1);
        auto *report = child<QPushButton>(&dialog, "openReportButton");
        QVERIFY(report->isVisible());
        report->click();
        QCOMPARE(opened.size(), 1);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
