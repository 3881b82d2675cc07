// ExportDialog's file type: "Excel workbook (.xlsx)" beside CSV, the CSV-only
// choices disabled for a workbook, the file name following the type, and the
// workbook written with typed cells.
#include "export/exportdialog.h"
#include "testhelpers.h"
#include "xlsxreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_dir;

    Workspace &ws() { return m_tw->ws(); }

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void fileTypeChoice()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Anne", "Dupont")));
        ExportDialog dialog(ws(), LeadFilter{}, {QStringLiteral("last_name")});
        auto *type = child<QComboBox>(&dialog, QStringLiteral("fileTypeCombo"));
        QVERIFY(type);
        QCOMPARE(type->count(), 2);
        QCOMPARE(type->itemText(1), QStringLiteral("Excel workbook (.xlsx)"));
        QCOMPARE(dialog.format(), LeadExportFormat::Csv);
        QVERIFY(dialog.path().endsWith(QLatin1String(".csv")));
        auto *bom = child<QCheckBox>(&dialog, QStringLiteral("bomCheck"));
        auto *formulas = child<QCheckBox>(&dialog, QStringLiteral("neutraliseFormulasCheck"));
        auto *delimiter = child<QComboBox>(&dialog, QStringLiteral("delimiterCombo"));
        QVERIFY(bom->isEnabled() && formulas->isEnabled() && delimiter->isEnabled());

        type->setCurrentIndex(1);
        QCOMPARE(dialog.format(), LeadExportFormat::Xlsx);
        QVERIFY2(dialog.path().endsWith(QLatin1String(".xlsx")), qPrintable(dialog.path()));
        QVERIFY(!dialog.path().contains(QLatin1String(".csv")));
        QVERIFY(!bom->isEnabled() && !formulas->isEnabled() && !delimiter->isEnabled());

        dialog.setFormat(LeadExportFormat::Csv);
        QVERIFY(dialog.path().endsWith(QLatin1String(".csv")));
        QVERIFY(bom->isEnabled());
    }

    void writesAWorkbook()
    {
        const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
        QVERIFY(m_tw->addLead(LeadBuilder().named("Anne", formula).score(3)));
        ExportDialog dialog(ws(), LeadFilter{}, {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("score")});
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.setFormat(LeadExportFormat::Xlsx);
        const QString path = m_dir.filePath(QStringLiteral("export.xlsx"));
        dialog.setPath(path);
        dialog.setAllFields(false);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        XlsxReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        TableRecord r;
        QVERIFY(reader.readRecord(&r));
        QCOMPARE(r.fields, (QStringList{"first_name", "last_name", "score"}));
        QVERIFY(reader.readRecord(&r));
        QCOMPARE(r.fields, (QStringList{"Anne", formula, "3"}));
    }

    void theExtensionWins()
    {
        QVERIFY(m_tw->addLead(LeadBuilder().named("Anne", "Dupont")));
        ExportDialog dialog(ws(), LeadFilter{}, {});
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString path = m_dir.filePath(QStringLiteral("typed.xlsx"));
        dialog.setPath(path); // CSV still chosen
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QCOMPARE(dialog.format(), LeadExportFormat::Xlsx);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
