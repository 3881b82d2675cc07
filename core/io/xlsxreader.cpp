#include "xlsxreader.h"

#include "inputfile.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

using SheetValue::DateKind;

namespace {

/// Where a relationship's target points, as a part name of the archive:
/// relative to the folder of the part that holds the relationship, or
/// absolute ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString &sourcePart, QStringView target)
{
    QString t = target.toString();
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (t.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(t.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    QString path = QDir::cleanPath(folder + t);
    while (path.startsWith(QLatin1String("../")))
        path = path.mid(3);
    return path;
}

/// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

/// A relationship type ends with its kind, in the transitional namespace
/// (schemas.openxmlformats.org) and the strict one (purl.oclc.org) alike.
bool isType(QStringView type, QLatin1StringView kind)
{
    return type.endsWith(QLatin1Char('/') + QString(kind));
}

/// Decodes OOXML's _xHHHH_ escapes of characters XML cannot hold ("_x000D_"
/// is a carriage return, "_x005F_" an underscore).
QString unescape(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('_') && i + 6 < s.size() && s[i + 1] == QLatin1Char('x') && s[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(s).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

/// The 0-based column of a cell reference ("C5" → 2), or -1 when it has no
/// column letters, or -2 past the largest column.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
        if (col > XlsxReader::maxColumns())
            return -2;
    }
    return i == 0 ? -1 : col - 1;
}

QString columnName(int col)
{
    QString s;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

} // namespace

XlsxReader::XlsxReader(const QString &filePath, const QString &sheet) : m_name(QFileInfo(filePath).fileName())
{
    if (VoidResult r = InputFile::check(filePath); !r) {
        fail(r.problems().first().message);
        return;
    }
    m_file = std::make_unique<QFile>(filePath);
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(tr("%1 cannot be opened: %2").arg(m_name, m_file->errorString()));
        return;
    }
    open(m_file.get(), sheet);
}

XlsxReader::XlsxReader(QIODevice *device, const QString &sheet, const QString &displayName)
    : m_name(displayName.isEmpty() ? tr("the workbook") : displayName)
{
    open(device, sheet);
}

XlsxReader::~XlsxReader()
{
    m_xml.reset();
    m_zip.reset();
}

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    m_open = false;
    m_done = true;
    return false;
}

void XlsxReader::open(QIODevice *device, const QString &sheet)
{
    if (!device || !device->isReadable())
        { fail(tr("%1 cannot be read.").arg(m_name)); return; }
    const QByteArray head = device->peek(8);
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        { fail(tr("%1 is a password-protected workbook or an old .xls file: save it as .xlsx (Excel Workbook) "
                            "without a password.").arg(m_name)); return; }
    if (!head.startsWith("PK"))
        { fail(tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(m_name)); return; }
    m_zip = std::make_unique<ZipArchive>(device, m_name);
    if (!m_zip->isOpen())
        { fail(m_zip->errorString()); return; }
    m_xml = std::make_unique<ZipXmlStream>(*m_zip);
    if (!loadWorkbook(sheet))
        return;
    if (!m_xml->open(m_sheetPart, maxSheetBytes())) {
        fail(tr("%1, sheet \"%2\": %3").arg(m_name, m_sheet, m_xml->error()));
        return;
    }
    m_sheetSize = m_zip->entry(m_sheetPart).uncompressedSize;
    m_open = true;
}

bool XlsxReader::loadWorkbook(const QString &wantedSheet)
{
    auto partError = [this](const QString &part) {
        return fail(tr("%1: %2 (%3)").arg(m_name, m_xml->error(), part));
    };

    // The package relationships name the workbook part.
    QString workbook;
    const QString rootRels = QStringLiteral("_rels/.rels");
    if (m_zip->contains(rootRels)) {
        if (!m_xml->open(rootRels, maxPartBytes()))
            return partError(rootRels);
        for (auto t = m_xml->next(); t != QXmlStreamReader::EndDocument; t = m_xml->next()) {
            if (t == QXmlStreamReader::Invalid)
                return partError(rootRels);
            if (t == QXmlStreamReader::StartElement && m_xml->xml().name() == QLatin1String("Relationship")
                && isType(ZipXmlStream::attribute(m_xml->xml().attributes(), QLatin1String("Type")), QLatin1String("officeDocument"))) {
                workbook = resolveTarget(QString(), ZipXmlStream::attribute(m_xml->xml().attributes(), QLatin1String("Target")));
                break;
            }
        }
        m_zip->closeEntry();
    }
    if (workbook.isEmpty() || !m_zip->contains(workbook))
        workbook = QStringLiteral("xl/workbook.xml");
    if (!m_zip->contains(workbook)) {
        if (m_zip->contains(QStringLiteral("content.xml")))
            return fail(tr("%1 is an OpenDocument spreadsheet (.ods), not an Excel workbook.").arg(m_name));
        if (m_zip->contains(QStringLiteral("EncryptionInfo")))
            return fail(tr("%1 is a password-protected workbook: save it as .xlsx without a password.").arg(m_name));
        return fail(tr("%1 is a zip archive without a workbook: not an Excel workbook (.xlsx).").arg(m_name));
    }

    // The sheets in workbook order, and the date system.
    struct SheetRef
    {
        QString name, rid;
    };
    QList<SheetRef> sheets;
    if (!m_xml->open(workbook, maxPartBytes()))
        return partError(workbook);
    for (auto t = m_xml->next(); t != QXmlStreamReader::EndDocument; t = m_xml->next()) {
        if (t == QXmlStreamReader::Invalid)
            return partError(workbook);
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader &x = m_xml->xml();
        if (x.name() == QLatin1String("workbookPr")) {
            const QStringView v = ZipXmlStream::attribute(x.attributes(), QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (x.name() == QLatin1String("sheet")) {
            SheetRef s;
            for (const QXmlStreamAttribute &a : x.attributes()) {
                if (a.name() == QLatin1String("name") && a.namespaceUri().isEmpty())
                    s.name = a.value().toString();
                else if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    s.rid = a.value().toString();
            }
            if (sheets.size() < 100000)
                sheets << s;
        }
    }
    m_zip->closeEntry();

    // The workbook's relationships: the sheet parts, shared strings, styles.
    QHash<QString, QString> worksheets; // id → part
    QString sharedStrings, styles;
    const QString rels = relsOf(workbook);
    if (m_zip->contains(rels)) {
        if (!m_xml->open(rels, maxPartBytes()))
            return partError(rels);
        for (auto t = m_xml->next(); t != QXmlStreamReader::EndDocument; t = m_xml->next()) {
            if (t == QXmlStreamReader::Invalid)
                return partError(rels);
            if (t != QXmlStreamReader::StartElement || m_xml->xml().name() != QLatin1String("Relationship"))
                continue;
            const QXmlStreamAttributes a = m_xml->xml().attributes();
            const QStringView type = ZipXmlStream::attribute(a, QLatin1String("Type"));
            if (ZipXmlStream::attribute(a, QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString target = resolveTarget(workbook, ZipXmlStream::attribute(a, QLatin1String("Target")));
            if (isType(type, QLatin1String("worksheet")))
                worksheets.insert(ZipXmlStream::attribute(a, QLatin1String("Id")).toString(), target);
            else if (isType(type, QLatin1String("sharedStrings")))
                sharedStrings = target;
            else if (isType(type, QLatin1String("styles")))
                styles = target;
        }
        m_zip->closeEntry();
    }

    struct Found
    {
        QString name, part;
    };
    QList<Found> found;
    for (const SheetRef &s : std::as_const(sheets)) {
        QString part = worksheets.value(s.rid);
        if (part.isEmpty() && worksheets.isEmpty()) // no relationships: the usual names, in order
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(found.size() + 1);
        if (!part.isEmpty() && m_zip->contains(part)) {
            found << Found{s.name, part};
            m_sheetNames << s.name;
        }
    }
    if (found.isEmpty())
        return fail(tr("%1 has no worksheet.").arg(m_name));
    const Found *chosen = &found.first();
    if (!wantedSheet.isEmpty()) {
        chosen = nullptr;
        for (const Found &f : std::as_const(found))
            if (f.name == wantedSheet) {
                chosen = &f;
                break;
            }
        if (!chosen)
            for (const Found &f : std::as_const(found))
                if (f.name.compare(wantedSheet, Qt::CaseInsensitive) == 0) {
                    chosen = &f;
                    break;
                }
        if (!chosen)
            return fail(tr("%1 has no sheet \"%2\" (its sheets: %3).")
                            .arg(m_name, wantedSheet, m_sheetNames.join(QLatin1String(", "))));
    }
    m_sheet = chosen->name;
    m_sheetPart = chosen->part;

    if (styles.isEmpty() && m_zip->contains(QStringLiteral("xl/styles.xml")))
        styles = QStringLiteral("xl/styles.xml");
    if (sharedStrings.isEmpty() && m_zip->contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    if (!styles.isEmpty() && m_zip->contains(styles) && !loadStyles(styles))
        return false;
    if (!sharedStrings.isEmpty() && m_zip->contains(sharedStrings) && !loadSharedStrings(sharedStrings))
        return false;
    return true;
}

bool XlsxReader::loadStyles(const QString &part)
{
    if (!m_xml->open(part, maxPartBytes()))
        return fail(tr("%1: %2 (%3)").arg(m_name, m_xml->error(), part));
    QHash<int, DateKind> custom;
    bool inCellXfs = false;
    for (auto t = m_xml->next(); t != QXmlStreamReader::EndDocument; t = m_xml->next()) {
        if (t == QXmlStreamReader::Invalid)
            return fail(tr("%1: %2 (%3)").arg(m_name, m_xml->error(), part));
        const QXmlStreamReader &x = m_xml->xml();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("numFmt")) {
                const int id = ZipXmlStream::attribute(x.attributes(), QLatin1String("numFmtId")).toInt();
                custom.insert(id, SheetValue::formatKind(ZipXmlStream::attribute(x.attributes(), QLatin1String("formatCode"))));
            } else if (x.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && x.name() == QLatin1String("xf") && m_xfKinds.size() < 1000000) {
                const int id = ZipXmlStream::attribute(x.attributes(), QLatin1String("numFmtId")).toInt();
                m_xfKinds.push_back(custom.contains(id) ? custom.value(id) : SheetValue::builtinKind(id));
            }
        } else if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    m_zip->closeEntry();
    return true;
}

bool XlsxReader::loadSharedStrings(const QString &part)
{
    if (!m_xml->open(part, maxSharedStringsBytes()))
        return fail(tr("%1: %2 (%3)").arg(m_name, m_xml->error(), part));
    int capture = 0; // inside <si>: 1; inside its <t>: 2
    int skip = 0;    // inside <rPh> (phonetic reading) or <phoneticPr>
    QString current;
    for (auto t = m_xml->next(); t != QXmlStreamReader::EndDocument; t = m_xml->next()) {
        if (t == QXmlStreamReader::Invalid)
            return fail(tr("%1: %2 (%3)").arg(m_name, m_xml->error(), part));
        const QXmlStreamReader &x = m_xml->xml();
        switch (t) {
        case QXmlStreamReader::StartElement:
            if (skip || x.name() == QLatin1String("rPh") || x.name() == QLatin1String("phoneticPr"))
                ++skip;
            else if (x.name() == QLatin1String("si"))
                capture = 1, current.clear();
            else if (capture && x.name() == QLatin1String("t"))
                capture = 2;
            break;
        case QXmlStreamReader::EndElement:
            if (skip)
                --skip;
            else if (x.name() == QLatin1String("t") && capture == 2)
                capture = 1;
            else if (x.name() == QLatin1String("si") && capture) {
                capture = 0;
                m_sharedPool += unescape(current);
                m_sharedEnds.push_back(m_sharedPool.size());
            }
            break;
        case QXmlStreamReader::Characters:
            // A string is cut at maxCellChars(), far above the 32,767 Excel holds.
            if (capture == 2 && !skip && current.size() < maxCellChars())
                current += x.text().left(maxCellChars() - current.size());
            break;
        default: break;
        }
    }
    m_zip->closeEntry();
    m_sharedPool.squeeze();
    return true;
}

QString XlsxReader::sharedString(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_sharedEnds[size_t(index - 1)];
    return m_sharedPool.mid(begin, m_sharedEnds[size_t(index)] - begin);
}

qint64 XlsxReader::bytesRead() const
{
    return m_xml && m_open ? m_xml->bytesRead() : 0;
}

qint64 XlsxReader::totalBytes() const
{
    return m_open ? qMax(m_sheetSize, bytesRead()) : -1;
}

QString XlsxReader::cellText(QString *problem) const
{
    const QString &t = m_type;
    if (t == QLatin1String("s")) {
        if (QStringView(m_value).trimmed().isEmpty())
            return {}; // a styled cell typed as text, with no value
        bool ok = false;
        const qlonglong i = QStringView(m_value).trimmed().toLongLong(&ok);
        if (!ok || i < 0 || i >= qlonglong(m_sharedEnds.size())) {
            *problem = tr("shared string %1 does not exist").arg(m_value.trimmed());
            return {};
        }
        return sharedString(qsizetype(i));
    }
    if (t == QLatin1String("inlineStr"))
        return unescape(m_inline.isEmpty() ? m_value : m_inline);
    if (t == QLatin1String("str"))
        return unescape(m_value);
    if (t == QLatin1String("b"))
        return m_value.trimmed().isEmpty() ? QString()
               : m_value.trimmed() == QLatin1String("0") || m_value.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
                   ? QStringLiteral("FALSE")
                   : QStringLiteral("TRUE");
    if (t == QLatin1String("e"))
        return {}; // #N/A, #REF!, …: no data
    if (t == QLatin1String("d"))
        return SheetValue::isoText(m_value);
    // A number ("n", or no type).
    const QStringView v = QStringView(m_value).trimmed();
    if (v.isEmpty())
        return {};
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v.toString();
    const DateKind kind = m_style >= 0 && size_t(m_style) < m_xfKinds.size() ? m_xfKinds[size_t(m_style)] : DateKind::None;
    return kind == DateKind::None ? SheetValue::number(d) : SheetValue::fromSerial(d, kind, m_date1904);
}

void XlsxReader::addRowProblem(const QString &problem)
{
    if (m_rowProblems.size() < 10)
        m_rowProblems << problem;
}

void XlsxReader::finishCell(TableRecord *out)
{
    Q_UNUSED(out);
    if (m_cellTooLong) {
        addRowProblem(tr("cell %1%2 is longer than %3 characters").arg(columnName(m_column)).arg(m_row).arg(maxCellChars()));
        return;
    }
    QString problem;
    const QString text = cellText(&problem);
    if (!problem.isEmpty())
        addRowProblem(tr("cell %1%2: %3").arg(columnName(m_column)).arg(m_row).arg(problem));
    if (text.isEmpty())
        return;
    while (m_cells.size() < m_column)
        m_cells << QString();
    if (m_cells.size() == m_column)
        m_cells << text;
    else
        m_cells[m_column] = text; // a cell given twice: the last one
}

bool XlsxReader::readRecord(TableRecord *out)
{
    if (!m_open || m_done)
        return false;
    for (;;) {
        const auto t = m_xml->next();
        if (t == QXmlStreamReader::Invalid) {
            m_done = true;
            m_error = m_inRow ? tr("%1, sheet \"%2\", row %3: %4").arg(m_name, m_sheet).arg(m_row).arg(m_xml->error())
                              : tr("%1, sheet \"%2\", after row %3: %4").arg(m_name, m_sheet).arg(m_lastRow).arg(m_xml->error());
            return false;
        }
        if (t == QXmlStreamReader::EndDocument) {
            m_done = true;
            m_zip->closeEntry();
            return false;
        }
        const QXmlStreamReader &x = m_xml->xml();
        if (t == QXmlStreamReader::Characters) {
            if (m_skipDepth || !m_capture)
                continue;
            QString &target = m_capture == 1 ? m_value : m_inline;
            if (target.size() + x.text().size() > maxCellChars())
                m_cellTooLong = true;
            else
                target += x.text();
            continue;
        }
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = x.name();
            if (m_skipDepth) {
                ++m_skipDepth;
            } else if (!m_inSheetData) {
                if (name == QLatin1String("sheetData"))
                    m_inSheetData = true;
            } else if (name == QLatin1String("row")) {
                bool ok = false;
                const qint64 r = ZipXmlStream::attribute(x.attributes(), QLatin1String("r")).toLongLong(&ok);
                m_row = ok && r > 0 ? r : m_lastRow + 1;
                m_inRow = true;
                m_column = -1;
                m_cells.clear();
                m_rowProblems.clear();
            } else if (name == QLatin1String("c") && m_inRow) {
                const QXmlStreamAttributes a = x.attributes();
                const QStringView ref = ZipXmlStream::attribute(a, QLatin1String("r"));
                const int col = ref.isEmpty() ? -1 : columnOf(ref);
                m_column = col >= 0 ? col : col == -2 ? maxColumns() : m_column + 1;
                m_type = ZipXmlStream::attribute(a, QLatin1String("t")).toString();
                bool ok = false;
                m_style = ZipXmlStream::attribute(a, QLatin1String("s")).toInt(&ok);
                if (!ok)
                    m_style = 0;
                m_value.clear();
                m_inline.clear();
                m_inCell = true;
                m_inInline = false;
                m_cellTooLong = false;
                m_capture = 0;
            } else if (m_inCell && name == QLatin1String("v")) {
                m_capture = 1;
            } else if (m_inCell && name == QLatin1String("is")) {
                m_inInline = true;
            } else if (m_inInline && name == QLatin1String("t")) {
                m_capture = 2;
            } else if (name == QLatin1String("rPh") || name == QLatin1String("extLst") || name == QLatin1String("f")) {
                m_skipDepth = 1;
            }
            continue;
        }
        if (t == QXmlStreamReader::EndElement) {
            const QStringView name = x.name();
            if (m_skipDepth) {
                --m_skipDepth;
            } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
                m_capture = 0;
            } else if (name == QLatin1String("is")) {
                m_inInline = false;
            } else if (name == QLatin1String("c") && m_inCell) {
                m_inCell = false;
                m_capture = 0;
                if (m_column >= maxColumns())
                    addRowProblem(tr("a cell past column %1").arg(columnName(maxColumns() - 1)));
                else
                    finishCell(out);
            } else if (name == QLatin1String("row") && m_inRow) {
                m_inRow = false;
                m_lastRow = m_row;
                if (m_cells.isEmpty() && m_rowProblems.isEmpty())
                    continue; // an empty row: like a blank line
                out->fields = m_cells;
                out->lineNumber = m_row;
                out->rawText.clear();
                out->error = m_rowProblems.isEmpty()
                                 ? QString()
                                 : tr("%1, sheet \"%2\", row %3: %4")
                                       .arg(m_name, m_sheet)
                                       .arg(m_row)
                                       .arg(m_rowProblems.join(QLatin1String("; ")));
                return true;
            } else if (name == QLatin1String("sheetData")) {
                m_done = true;
                m_zip->closeEntry();
                return false;
            }
        }
    }
}
