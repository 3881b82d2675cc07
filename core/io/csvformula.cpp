#include "csvformula.h"

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

/// What a spreadsheet, or Quarry's own import, trims before a value.
bool isTrimmed(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n')
           || c == QChar(0x00A0);
}

/// "-12", "-12.5", "-12,5": a number to any spreadsheet, never a formula.
bool isNegativeNumber(QStringView text)
{
    if (text.size() < 2 || text.front() != QLatin1Char('-'))
        return false;
    bool digits = false;
    bool separator = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && digits && !separator && i + 1 < text.size()) {
            separator = true;
        } else {
            return false;
        }
    }
    return digits;
}

} // namespace

bool CsvFormula::isRisky(QStringView cell)
{
    // Apostrophes first: the neutralised form of a risky cell is risky too
    // (a loop, not a recursion: a cell may hold a million of them).
    while (!cell.isEmpty() && cell.front() == QLatin1Char('\''))
        cell = cell.sliced(1);
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    qsizetype i = 0;
    while (i < cell.size() && isTrimmed(cell.at(i)))
        ++i;
    if (i == cell.size() || !isTrigger(cell.at(i)))
        return false;
    return !isNegativeNumber(cell.sliced(i).trimmed());
}

QString CsvFormula::neutralised(const QString &cell)
{
    return isRisky(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvFormula::restored(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && isRisky(QStringView(cell).sliced(1)))
        return cell.sliced(1);
    return cell;
}
