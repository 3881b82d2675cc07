#pragma once

#include <QString>
#include <QStringView>

/// Formula injection ("CSV injection", OWASP): a spreadsheet program opening
/// a CSV runs a cell that starts with '=', '+', '-' or '@' as a formula
/// (=HYPERLINK(...) leaks data, =cmd|' /C calc'!A0 starts programs), and
/// trims a leading tab or CR first. Quarry writes such cells of exports and
/// import reports with a leading apostrophe, which spreadsheets take as
/// "this cell is text" and do not show; its importer, reading a file it
/// recognises as its own, takes the apostrophe away again.
///
/// neutralised() and restored() are exact inverses: a cell that already
/// looks neutralised (an apostrophe before a risky rest) gets one more
/// apostrophe, so restored(neutralised(x)) == x for every x.
class CsvFormula
{
public:
    /// Whether a spreadsheet might run `cell` as a formula: its first
    /// character is = + - @ TAB or CR, or its first character after white
    /// space is = + - @ (readers trim), or it is the neutralised form of
    /// such a cell. A plain negative number ("-12", "-12.5", "-12,5") is no
    /// formula and is left alone; a phone number "+33 1 23…" is not (a
    /// spreadsheet computes it).
    static bool isRisky(QStringView cell);
    /// `cell` with a leading apostrophe when isRisky(), as is otherwise.
    static QString neutralised(const QString &cell);
    /// `cell` without the apostrophe neutralised() put there: one leading
    /// apostrophe is removed when what follows isRisky().
    static QString restored(const QString &cell);
};
