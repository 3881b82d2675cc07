#pragma once

#include "lead.h"

#include <QString>

class Workspace;

/// The lead report: the essential information of one lead as a
/// self-contained HTML page (QtCore only), which the desktop app prints or
/// saves as PDF through QTextDocument and the CLI could write to a file.
namespace LeadReport {

struct Options
{
    bool includeDescription = true;
    bool includeQualification = true;
    int historyEntries = 10; ///< the most recent timeline entries (0: none)
};

/// The report of `lead` as HTML, with the labels and values of its
/// non-blank fields in the language of the running application.
QString html(Workspace &ws, const Lead &lead, const Options &options = {});

} // namespace LeadReport
