#include "odsreader.h"

#include "inputfile.h"
#include "sheetvalue.h"
#include "ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamAttributes>

namespace {

const QLatin1StringView TableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1StringView Content("content.xml");
/// The largest mimetype, manifest or other small part read.
constexpr qint64 MaxPartBytes = qint64(32) << 20;

bool isTable(const QXmlStreamReader &x)
{
    return x.name() == QLatin1String("table") && x.namespaceUri() == TableNs;
}

} // namespace

OdsReader::OdsReader(const QString &filePath, const QString &table) : m_name(QFileInfo(filePath).fileName()), m_wanted(table)
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
    open(m_file.get());
}

OdsReader::OdsReader(QIODevice *device, const QString &table, const QString &displayName)
    : m_name(displayName.isEmpty() ? tr("the spreadsheet") : displayName), m_wanted(table)
{
    open(device);
}

OdsReader::~OdsReader()
{
    m_xml.reset();
    m_zip.reset();
}

bool OdsReader::fail(const QString &message)
{
    m_error = message;
    m_open = false;
    m_done = true;
    return false;
}

void OdsReader::open(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        fail(tr("%1 cannot be read.").arg(m_name));
        return;
    }
    const QByteArray head = device->peek(8);
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        fail(tr("%1 is an old .xls file or a password-protected Excel workbook: save it as .ods or .xlsx without a password.")
                 .arg(m_name));
        return;
    }
    if (!head.startsWith("PK")) {
        fail(tr("%1 is not an OpenDocument spreadsheet (.ods): it is not a zip archive.").arg(m_name));
        return;
    }
    m_zip = std::make_unique<ZipArchive>(device, m_name);
    if (!m_zip->isOpen()) {
        fail(m_zip->errorString());
        return;
    }
    if (m_zip->contains(QStringLiteral("xl/workbook.xml"))) {
        fail(tr("%1 is an Excel workbook (.xlsx), not an OpenDocument spreadsheet.").arg(m_name));
        return;
    }
    const QString mimetypeName = QStringLiteral("mimetype");
    if (m_zip->contains(mimetypeName)) {
        QByteArray mimetype;
        if (!m_zip->readAll(mimetypeName, 1024, &mimetype)) {
            fail(m_zip->errorString());
            return;
        }
        mimetype = mimetype.trimmed();
        if (!mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            fail(tr("%1 is not an OpenDocument spreadsheet (it is %2).").arg(m_name, QString::fromUtf8(mimetype.left(100))));
            return;
        }
    }
    const QString manifestName = QStringLiteral("META-INF/manifest.xml");
    if (m_zip->contains(manifestName)) {
        QByteArray manifest;
        if (!m_zip->readAll(manifestName, MaxPartBytes, &manifest)) {
            fail(m_zip->errorString());
            return;
        }
        if (manifest.contains("encryption-data")) {
            fail(tr("%1 is password-protected: save it again without a password.").arg(m_name));
            return;
        }
    }
    if (!m_zip->contains(Content)) {
        fail(tr("%1 has no content.xml: not an OpenDocument spreadsheet (.ods).").arg(m_name));
        return;
    }
    m_contentSize = m_zip->entry(Content).uncompressedSize;
    m_xml = std::make_unique<ZipXmlStream>(*m_zip);
    if (!m_xml->open(Content, maxContentBytes())) {
        fail(tr("%1: %2").arg(m_name, m_xml->error()));
        return;
    }
    m_open = true;
    seekTable();
}

bool OdsReader::seekTable()
{
    int skip = 0;
    for (;;) {
        const auto t = m_xml->next();
        if (t == QXmlStreamReader::Invalid)
            return fail(tr("%1 (content.xml): %2").arg(m_name, m_xml->error()));
        if (t == QXmlStreamReader::EndDocument) {
            m_namesComplete = true;
            if (m_names.isEmpty())
                return fail(tr("%1 has no table.").arg(m_name));
            return fail(tr("%1 has no sheet \"%2\" (its sheets: %3).").arg(m_name, m_wanted, m_names.join(QLatin1String(", "))));
        }
        const QXmlStreamReader &x = m_xml->xml();
        if (t == QXmlStreamReader::StartElement) {
            if (skip) {
                ++skip;
            } else if (isTable(x)) {
                const QString name = ZipXmlStream::attribute(x.attributes(), QLatin1String("name")).toString();
                m_names << name;
                if (m_wanted.isEmpty() || name.compare(m_wanted, Qt::CaseInsensitive) == 0) {
                    m_table = name;
                    return true;
                }
                skip = 1;
            }
        } else if (t == QXmlStreamReader::EndElement && skip) {
            --skip;
        }
    }
}

QStringList OdsReader::scanNames()
{
    QStringList names;
    m_zip->closeEntry();
    ZipXmlStream scan(*m_zip);
    if (scan.open(Content, maxContentBytes())) {
        int skip = 0;
        for (auto t = scan.next(); t != QXmlStreamReader::EndDocument && t != QXmlStreamReader::Invalid; t = scan.next()) {
            if (t == QXmlStreamReader::StartElement) {
                if (skip)
                    ++skip;
                else if (isTable(scan.xml())) {
                    names << ZipXmlStream::attribute(scan.xml().attributes(), QLatin1String("name")).toString();
                    skip = 1; // tables in cells are no sheets
                }
            } else if (t == QXmlStreamReader::EndElement && skip) {
                --skip;
            }
        }
    }
    m_zip->closeEntry();
    return names;
}

QStringList OdsReader::sheetNames() const
{
    if (m_namesComplete || !m_zip || !m_zip->isOpen() || m_started || !m_open)
        return m_names;
    auto *self = const_cast<OdsReader *>(this);
    self->m_names = self->scanNames();
    self->m_namesComplete = true;
    // Back to where reading starts: the chosen table.
    const QStringList names = m_names;
    if (!self->m_xml->open(Content, maxContentBytes()))
        self->fail(tr("%1: %2").arg(m_name, m_xml->error()));
    else if (self->seekTable())
        self->m_names = names;
    return m_names;
}

qint64 OdsReader::bytesRead() const
{
    return m_xml && m_open ? m_xml->bytesRead() : 0;
}

qint64 OdsReader::totalBytes() const
{
    return m_open ? qMax(m_contentSize, bytesRead()) : -1;
}

void OdsReader::addProblem(const QString &problem)
{
    if (m_problems.size() < 10)
        m_problems << problem;
}

void OdsReader::startCell(const QXmlStreamAttributes &attributes, bool covered)
{
    m_inCell = true;
    m_covered = covered;
    m_cellRepeat = 1;
    m_text.clear();
    m_paragraphs = 0;
    m_inParagraph = 0;
    m_lastSpace = false;
    m_cellTooLong = false;
    m_useText = true;
    m_fixedValue.clear();
    QStringView type, calcType, value, dateValue, timeValue, booleanValue, stringValue;
    bool hasStringValue = false;
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView n = a.name();
        if (n == QLatin1String("number-columns-repeated")) {
            bool ok = false;
            const qint64 r = a.value().toLongLong(&ok);
            m_cellRepeat = ok && r > 0 ? qMin<qint64>(r, maxColumns() + 1) : 1;
        } else if (n == QLatin1String("value-type")) {
            if (a.namespaceUri().endsWith(QLatin1String(":office:1.0")))
                type = a.value();
            else
                calcType = a.value();
        } else if (n == QLatin1String("value")) {
            value = a.value();
        } else if (n == QLatin1String("date-value")) {
            dateValue = a.value();
        } else if (n == QLatin1String("time-value")) {
            timeValue = a.value();
        } else if (n == QLatin1String("boolean-value")) {
            booleanValue = a.value();
        } else if (n == QLatin1String("string-value")) {
            stringValue = a.value();
            hasStringValue = true;
        }
    }
    if (covered)
        return;
    if (calcType == QLatin1String("error")) {
        m_useText = false; // #N/A, #REF!: no data
    } else if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency")) {
        m_useText = false;
        m_fixedValue = SheetValue::numberText(value);
    } else if (type == QLatin1String("date")) {
        m_useText = false;
        m_fixedValue = SheetValue::isoText(dateValue);
    } else if (type == QLatin1String("time")) {
        m_useText = false;
        m_fixedValue = SheetValue::durationText(timeValue);
    } else if (type == QLatin1String("boolean")) {
        m_useText = false;
        m_fixedValue = booleanValue == QLatin1String("true") || booleanValue == QLatin1String("1") ? QStringLiteral("TRUE")
                                                                                                    : QStringLiteral("FALSE");
    } else if (hasStringValue) {
        m_useText = false;
        m_fixedValue = stringValue.left(maxCellChars()).toString();
    }
}

void OdsReader::endCell()
{
    m_inCell = false;
    const qint64 n = m_cellRepeat;
    if (m_cellTooLong) {
        addProblem(tr("a cell of column %1 is longer than %2 characters").arg(m_cells.size() + m_pendingEmpty + 1).arg(maxCellChars()));
    }
    const QString value = m_covered ? QString() : m_useText ? m_text : m_fixedValue;
    if (value.isEmpty() || m_cellTooLong) {
        m_pendingEmpty = int(qMin<qint64>(qint64(m_pendingEmpty) + n, maxColumns()));
        return;
    }
    const qint64 start = m_cells.size() + m_pendingEmpty;
    const qint64 room = maxColumns() - start;
    if (room <= 0) {
        addProblem(tr("cells past column %1").arg(maxColumns()));
        return;
    }
    for (int i = 0; i < m_pendingEmpty; ++i)
        m_cells << QString();
    m_pendingEmpty = 0;
    const qint64 count = qMin(n, room);
    for (qint64 i = 0; i < count; ++i)
        m_cells << value;
    if (count < n)
        addProblem(tr("cells past column %1").arg(maxColumns()));
}

bool OdsReader::readRecord(TableRecord *out)
{
    if (!m_open || m_done)
        return false;
    m_started = true;
    if (m_pendingRows > 0) {
        --m_pendingRows;
        *out = m_repeat;
        out->lineNumber = ++m_row;
        return true;
    }
    for (;;) {
        const auto t = m_xml->next();
        if (t == QXmlStreamReader::Invalid) {
            m_done = true;
            m_error = tr("%1, sheet \"%2\", row %3: %4").arg(m_name, m_table).arg(m_row + 1).arg(m_xml->error());
            return false;
        }
        if (t == QXmlStreamReader::EndDocument) {
            m_done = true;
            m_error = tr("%1, sheet \"%2\": content.xml ends inside the sheet").arg(m_name, m_table);
            return false;
        }
        const QXmlStreamReader &x = m_xml->xml();
        if (t == QXmlStreamReader::Characters) {
            if (!m_inCell || m_skip || !m_inParagraph || m_cellTooLong || !m_useText)
                continue;
            for (QChar c : x.text()) {
                // ODF white space: runs of spaces, tabs and line ends are one
                // space (text:s, text:tab and text:line-break say more).
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    if (m_lastSpace)
                        continue;
                    m_lastSpace = true;
                    c = QLatin1Char(' ');
                } else {
                    m_lastSpace = false;
                }
                m_text += c;
            }
            if (m_text.size() > maxCellChars()) {
                m_cellTooLong = true;
                m_text.clear();
            }
            continue;
        }
        if (t == QXmlStreamReader::StartElement) {
            if (m_skip) {
                ++m_skip;
                continue;
            }
            const QStringView name = x.name();
            if (m_inCell) {
                if (name == QLatin1String("annotation") || name == QLatin1String("frame") || name == QLatin1String("table")
                    || name == QLatin1String("note")) {
                    m_skip = 1;
                } else if (name == QLatin1String("p") || name == QLatin1String("h")) {
                    if (m_paragraphs++ > 0 && m_useText)
                        m_text += QLatin1Char('\n');
                    ++m_inParagraph;
                    m_lastSpace = true; // leading white space of a paragraph is dropped
                } else if (m_inParagraph && m_useText && !m_cellTooLong) {
                    if (name == QLatin1String("s")) {
                        bool ok = false;
                        const qint64 c = ZipXmlStream::attribute(x.attributes(), QLatin1String("c")).toLongLong(&ok);
                        const qint64 count = ok && c > 0 ? c : 1;
                        if (m_text.size() + count > maxCellChars())
                            m_cellTooLong = true;
                        else
                            m_text += QString(qsizetype(count), QLatin1Char(' '));
                        m_lastSpace = true;
                    } else if (name == QLatin1String("tab")) {
                        m_text += QLatin1Char('\t');
                        m_lastSpace = false;
                    } else if (name == QLatin1String("line-break")) {
                        m_text += QLatin1Char('\n');
                        m_lastSpace = true;
                    }
                }
            } else if (m_inRow) {
                if (name == QLatin1String("table-cell"))
                    startCell(x.attributes(), false);
                else if (name == QLatin1String("covered-table-cell"))
                    startCell(x.attributes(), true);
                else
                    m_skip = 1;
            } else if (name == QLatin1String("table-row")) {
                bool ok = false;
                const qint64 r = ZipXmlStream::attribute(x.attributes(), QLatin1String("number-rows-repeated")).toLongLong(&ok);
                m_rowRepeat = ok && r > 0 ? r : 1;
                m_inRow = true;
                m_cells.clear();
                m_problems.clear();
                m_pendingEmpty = 0;
            } else if (name == QLatin1String("table-column") || name == QLatin1String("forms") || name == QLatin1String("shapes")
                       || name == QLatin1String("named-expressions")) {
                m_skip = 1;
            }
            // table-header-rows, table-row-group, table-rows, table-columns: look inside.
            continue;
        }
        if (t == QXmlStreamReader::EndElement) {
            if (m_skip) {
                --m_skip;
                continue;
            }
            const QStringView name = x.name();
            if (m_inCell) {
                if (name == QLatin1String("p") || name == QLatin1String("h")) {
                    if (m_inParagraph > 0)
                        --m_inParagraph;
                    // Trailing white space of a paragraph is dropped, but not text:s.
                } else if (name == QLatin1String("table-cell") || name == QLatin1String("covered-table-cell")) {
                    endCell();
                }
            } else if (m_inRow && name == QLatin1String("table-row")) {
                m_inRow = false;
                if (m_cells.isEmpty() && m_problems.isEmpty()) {
                    m_row = qMin(m_row + m_rowRepeat, maxRows() + 1); // empty rows, however many: never expanded
                    continue;
                }
                if (m_row >= maxRows()) {
                    m_row += m_rowRepeat;
                    continue;
                }
                out->fields = m_cells;
                out->lineNumber = ++m_row;
                out->rawText.clear();
                out->error = m_problems.isEmpty()
                                 ? QString()
                                 : tr("%1, sheet \"%2\", row %3: %4").arg(m_name, m_table).arg(m_row).arg(m_problems.join(QLatin1String("; ")));
                if (m_rowRepeat > 1) {
                    m_pendingRows = qMin(m_rowRepeat - 1, maxRows() - m_row);
                    m_repeat = *out;
                }
                return true;
            } else if (isTable(x)) {
                m_done = true;
                m_zip->closeEntry();
                return false;
            }
        }
    }
}
