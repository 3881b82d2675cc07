#include "leadprinter.h"

#include "leadreport.h"
#include "outputpath.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextDocument>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("LeadPrinter", s); }

void render(Workspace &ws, const Lead &lead, QPrinter &printer)
{
    std::unique_ptr<QTextDocument> doc(LeadPrinter::document(ws, lead));
    printer.setDocName(lead.displayName());
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    doc->print(&printer);
}
} // namespace

namespace LeadPrinter {

QTextDocument *document(Workspace &ws, const Lead &lead)
{
    auto *doc = new QTextDocument;
    doc->setHtml(LeadReport::html(ws, lead));
    doc->setDocumentMargin(0);
    return doc;
}

bool print(Workspace &ws, const Lead &lead, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print lead report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(ws, lead, printer);
    return true;
}

bool saveAsPdf(Workspace &ws, const Lead &lead, const QString &path, QString *error)
{
    if (VoidResult r = OutputPath::check(path, ws.database().path()); !r) {
        if (error)
            *error = r.errorText();
        return false;
    }
    // QPrinter writes a file by name: render into a temporary one, then hand
    // the bytes to a QSaveFile, so that the target is whole or untouched.
    QTemporaryFile partial(QDir(QDir::tempPath()).filePath(QStringLiteral("quarry-report-XXXXXX.pdf")));
    if (!partial.open()) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    partial.close();
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFileName(partial.fileName());
        printer.setOutputFormat(QPrinter::PdfFormat); // after the name: a name without .pdf would not say it
        printer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        render(ws, lead, printer);
    }
    QByteArray pdf;
    if (partial.open())
        pdf = partial.readAll();
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool saveAsPdfInteractive(Workspace &ws, const Lead &lead, QWidget *parent)
{
    QString base = lead.displayName();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save lead report as PDF"),
                                                      QDir(dir).filePath(base + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveAsPdf(ws, lead, path, &error)) {
        QMessageBox::warning(parent, tr("Save lead report as PDF"), error);
        return false;
    }
    return true;
}

} // namespace LeadPrinter
