#include "leadprinter.h"

#include "leadreport.h"
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
#include <QStandardPaths>
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
    const QString partial = path + QStringLiteral(".part");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFileName(partial);
        printer.setOutputFormat(QPrinter::PdfFormat); // after the name: a name without .pdf would not say it
        printer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        render(ws, lead, printer);
    }
    if (!QFileInfo::exists(partial) || QFileInfo(partial).size() == 0) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        QFile::remove(partial);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        if (error)
            *error = tr("The PDF could not be moved to %1.").arg(QDir::toNativeSeparators(path));
        QFile::remove(partial);
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
