#include "xlsxwriter.h"

#include "outputpath.h"

// libxlsxwriter: its umbrella header <xlsxwriter.h> has this file's name, so
// its parts are included instead.
#include <xlsxwriter/format.h>
#include <xlsxwriter/workbook.h>
#include <xlsxwriter/worksheet.h>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTime>

#include <cmath>
#include <cstdio>

namespace {

lxw_datetime toLxw(const QDate &d, const QTime &t = QTime(0, 0))
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

/// Excel's rules for a sheet name: 1 to 31 characters, none of []:*?/\,
/// not starting or ending with an apostrophe.
QString sheetName(QString name)
{
    for (QChar &c : name)
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    name = name.left(31);
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = QLatin1Char('_');
    if (name.endsWith(QLatin1Char('\'')))
        name[name.size() - 1] = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

} // namespace

XlsxWriter::XlsxWriter(const QString &path) : m_path(path) {}

XlsxWriter::~XlsxWriter()
{
    cancel();
}

void XlsxWriter::setSheetName(const QString &name)
{
    m_sheetName = sheetName(name);
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (column < 0 || column >= 16384)
        return;
    while (m_widths.size() <= column)
        m_widths << 0;
    m_widths[column] = width;
}

bool XlsxWriter::fail(const QString &message)
{
    m_error = message;
    cancel();
    return false;
}

bool XlsxWriter::check(int error, qint64 row, int column)
{
    if (error == LXW_NO_ERROR)
        return true;
    if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        return fail(tr("%1: more rows than an Excel sheet holds (%2).").arg(m_path).arg(maxRows()));
    return fail(tr("%1: row %2, column %3 cannot be written: %4")
                    .arg(m_path)
                    .arg(row + 1)
                    .arg(column + 1)
                    .arg(QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

bool XlsxWriter::open(const QString &databasePath)
{
    m_error.clear();
    if (m_workbook)
        return fail(tr("%1 is already open.").arg(m_path));
    if (m_path.isEmpty())
        return fail(tr("No file to write to."));
    if (!databasePath.isEmpty()) {
        if (VoidResult r = OutputPath::check(m_path, databasePath); !r)
            return fail(r.problems().first().message);
    }
    const QFileInfo target(m_path);
    if (target.isDir())
        return fail(tr("%1 is a folder.").arg(m_path));
    // Reserve a temporary name beside the target, so that the final rename
    // stays on one file system and is atomic.
    QTemporaryFile temp(target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".XXXXXX")));
    temp.setAutoRemove(false);
    if (!temp.open())
        return fail(tr("%1 cannot be written: %2").arg(m_path, temp.errorString()));
    m_tempPath = temp.fileName();
    temp.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray tempName = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(tempName.constData(), &options);
    if (!m_workbook)
        return fail(tr("%1 cannot be written (the workbook could not be created).").arg(m_path));
    const QByteArray name = m_sheetName.toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    m_bold = workbook_add_format(m_workbook);
    m_date = workbook_add_format(m_workbook);
    m_dateTime = workbook_add_format(m_workbook);
    if (!m_sheet || !m_bold || !m_date || !m_dateTime)
        return fail(tr("%1 cannot be written (the sheet could not be created).").arg(m_path));
    format_set_bold(m_bold);
    format_set_num_format(m_date, "yyyy-mm-dd");
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_row = 0;
    m_truncated = 0;
    return true;
}

bool XlsxWriter::writeHeader(const QStringList &header)
{
    if (!m_workbook)
        return fail(tr("%1 is not open.").arg(m_path));
    // Widths come before any row in constant-memory mode.
    for (int c = 0; c < header.size() && c < 16384; ++c) {
        const double width = c < m_widths.size() && m_widths[c] > 0 ? m_widths[c]
                                                                    : qBound(10.0, header[c].size() * 1.2 + 2, 60.0);
        if (!check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr), 0, c))
            return false;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    const qint64 row = m_row;
    for (int c = 0; c < header.size(); ++c) {
        const QByteArray text = header[c].left(maxCellChars()).toUtf8();
        if (!check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(c), text.constData(), m_bold), row, c))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxWriter::writeRow(const QVariantList &cells)
{
    if (!m_workbook)
        return fail(tr("%1 is not open.").arg(m_path));
    if (m_row >= maxRows())
        return fail(tr("%1: more rows than an Excel sheet holds (%2).").arg(m_path).arg(maxRows()));
    const lxw_row_t row = lxw_row_t(m_row);
    for (int c = 0; c < cells.size() && c < 16384; ++c) {
        const QVariant &v = cells[c];
        const lxw_col_t col = lxw_col_t(c);
        int error = LXW_NO_ERROR;
        if (v.isNull() || !v.isValid())
            continue;
        switch (v.typeId()) {
        case QMetaType::Bool: error = worksheet_write_boolean(m_sheet, row, col, v.toBool(), nullptr); break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = v.toDouble();
            if (std::isfinite(d))
                error = worksheet_write_number(m_sheet, row, col, d, nullptr);
            break;
        }
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            if (d.isValid() && d.year() >= 1900 && d.year() <= 9999) {
                lxw_datetime dt = toLxw(d);
                error = worksheet_write_datetime(m_sheet, row, col, &dt, m_date);
            }
            break;
        }
        case QMetaType::QDateTime: {
            const QDateTime t = v.toDateTime();
            if (t.isValid() && t.date().year() >= 1900 && t.date().year() <= 9999) {
                lxw_datetime dt = toLxw(t.date(), t.time());
                error = worksheet_write_datetime(m_sheet, row, col, &dt, m_dateTime);
            }
            break;
        }
        default: {
            QString s = v.toString();
            if (s.isEmpty())
                continue;
            if (s.size() > maxCellChars()) {
                s.truncate(maxCellChars());
                if (s.back().isHighSurrogate())
                    s.chop(1);
                ++m_truncated;
            }
            const QByteArray text = s.toUtf8();
            error = worksheet_write_string(m_sheet, row, col, text.constData(), nullptr);
            break;
        }
        }
        if (!check(error, m_row, c))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxWriter::commit()
{
    if (!m_workbook)
        return fail(tr("%1 is not open.").arg(m_path));
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR)
        return fail(tr("%1 cannot be written: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    // Keep the permissions of a file replaced; a new one gets the usual ones.
    const QFileInfo target(m_path);
    QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (target.exists())
        permissions = target.permissions();
    QFile::setPermissions(m_tempPath, permissions);
    if (std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(tr("%1 cannot be written: the finished workbook could not be moved into place.").arg(m_path));
    m_tempPath.clear();
    return true;
}

void XlsxWriter::cancel()
{
    if (m_workbook) {
        // Closing is the only way to free a workbook; its file goes below.
        workbook_close(m_workbook);
        m_workbook = nullptr;
        m_sheet = nullptr;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}
