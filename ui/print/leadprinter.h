#pragma once

#include "lead.h"

#include <QString>

class QTextDocument;
class QWidget;
class Workspace;

/// Prints the lead report (core/io/leadreport: HTML) through QTextDocument,
/// on a printer chosen in the print dialog or into a PDF file.
namespace LeadPrinter {

/// The report laid out for A4/Letter pages (the caller owns it).
QTextDocument *document(Workspace &ws, const Lead &lead);
/// Shows the print dialog and prints. False when cancelled.
bool print(Workspace &ws, const Lead &lead, QWidget *parent);
/// Writes the report as a PDF at `path`, whole or not at all (written
/// beside it first, then renamed). `error` says why on failure.
bool saveAsPdf(Workspace &ws, const Lead &lead, const QString &path, QString *error = nullptr);
/// Asks where to save the PDF, then saves it (errors shown in a message box).
bool saveAsPdfInteractive(Workspace &ws, const Lead &lead, QWidget *parent);

} // namespace LeadPrinter
