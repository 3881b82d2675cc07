// ImportHistoryDialog (File > Import history): it lists the imports, its
// "Undo import" button asks first, saying what will happen, then reverts
// the import, shows what was removed and restored and each lead left as it
// is; the grid reloads; File > Import history in the main window opens it.
#include "import/importhistorydialog.h"
#include "importservice.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestHelpers;

class TestImportHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }

    qint64 import(const QByteArray &content, DuplicatePolicy policy = DuplicatePolicy::Skip)
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(content);
        f.close();
        ImportOptions options;
        options.onDuplicate = policy;
        auto r = ImportService(ws()).run(path, options);
        return r ? r->importId : 0;
    }

    qint64 leadCount() { return sqlValue(ws(), QStringLiteral("SELECT COUNT(*) FROM leads")).toLongLong(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuarryTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importhistory"));
    }

    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void listsTheImportsAndUndoesOne()
    {
        const qint64 existing = m_tw->addLead(LeadBuilder().named("", "Kim").email("zoe@kim.example"));
        m_tw->setNow(ws().now().addSecs(60));
        const qint64 id = import("First Name,Last Name,Email\nAnn,Lee,ann@acme.example\nBob,Ray,bob@beta.example\n"
                                 "Zoe,Kim,zoe@kim.example\n",
                                 DuplicatePolicy::Update);
        QVERIFY(id > 0);
        m_tw->setNow(ws().now().addSecs(300));

        ImportHistoryDialog dialog(ws());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("contacts.csv"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1"));
        QCOMPARE(dialog.selectedImport(), id); // the newest is selected
        QVERIFY(dialog.undoButton()->isEnabled());

        QString asked;
        dialog.setConfirmation([&](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QSignalSpy reset(&ws(), &Workspace::leadsReset);
        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        // (Tests load no translation: English plurals read "lead(s)" here.)
        QVERIFY2(asked.contains(QRegularExpression(QStringLiteral("^Remove 2 lead(s|\\(s\\))? created and restore 1 updated lead(\\(s\\))?\\?"))),
                 qPrintable(asked));
        QVERIFY(dialog.lastResult() && *dialog.lastResult());
        QCOMPARE(dialog.lastResult()->value().removed, 2);
        QCOMPARE(dialog.lastResult()->value().restored, 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(leadCount(), 1);
        QVERIFY(ws().leadRepository().find(existing)->firstName.isEmpty());
        QVERIFY2(dialog.resultLabel()->text().contains(QRegularExpression(QStringLiteral("2 lead(s|\\(s\\)) removed, 1 restored"))),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.refusedList()->isHidden());
        // Undone: shown so, and cannot be undone again.
        QVERIFY(table->item(0, 6)->text().startsWith(QStringLiteral("Undone")));
        QVERIFY(!dialog.undoButton()->isEnabled());
    }

    void cancellingTheConfirmationChangesNothing()
    {
        QVERIFY(import("First Name,Last Name,Email\nAnn,Lee,ann@acme.example\n") > 0);
        ImportHistoryDialog dialog(ws());
        dialog.setConfirmation([](QWidget *, const QString &, const QString &) { return false; });
        dialog.undoSelected();
        QVERIFY(!dialog.lastResult());
        QCOMPARE(leadCount(), 1);
        QVERIFY(dialog.undoButton()->isEnabled());
    }

    void refusedLeadsAreListedWithNameAndReason()
    {
        QVERIFY(import("First Name,Last Name,Email\nAnn,Lee,ann@acme.example\nBob,Ray,bob@beta.example\n") > 0);
        m_tw->setNow(ws().now().addSecs(60));
        const qint64 ann = ws().leadRepository().idsWithContactKey(QStringLiteral("email"), QStringLiteral("ann@acme.example")).value(0);
        Lead lead = *ws().leadRepository().find(ann);
        lead.city = QStringLiteral("Lyon");
        QVERIFY(ws().leads().update(lead));

        ImportHistoryDialog dialog(ws());
        dialog.setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        // Keyboard: the table has the focus; Tab goes to the button, Space presses it.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.undoButton()->setFocus();
        QTest::keyClick(dialog.undoButton(), Qt::Key_Space);
        QVERIFY(dialog.lastResult() && *dialog.lastResult());
        QCOMPARE(dialog.lastResult()->value().removed, 1);
        QCOMPARE(dialog.refusedList()->count(), 1);
        QVERIFY(!dialog.refusedList()->isHidden());
        const QString text = dialog.refusedList()->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("Ann Lee")) && text.contains(QStringLiteral("edited since the import")), qPrintable(text));
        QCOMPARE(ws().leadRepository().find(ann)->city, QStringLiteral("Lyon"));
    }

    void mainWindowOpensItFromTheFileMenu()
    {
        QSettings().clear();
        QVERIFY(import("First Name,Last Name,Email\nAnn,Lee,ann@acme.example\n") > 0);
        MainWindow window(ws());
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("import_historyAction"));
        QVERIFY(action);
        QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
        QVERIFY(file && file->actions().contains(action));
        bool opened = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ImportHistoryDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                opened = dialog->table()->rowCount() == 1;
                dialog->reject();
            }
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
