#include "csvwriter.h"

#include "csvformula.h"

#include <QDir>
#include <QSaveFile>

namespace {

/// Records are encoded into one buffer handed to the device in blocks of
/// about this size: one write call per block instead of one per record.
constexpr qsizetype kFlushSize = 64 * 1024;

bool isEdgeSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

CsvWriter::CsvWriter(const QString &filePath)
    : m_filePath(filePath)
{
}

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

CsvWriter::~CsvWriter()
{
    if (!m_finished)
        cancel();
}

void CsvWriter::setDelimiter(QChar delimiter)
{
    Q_ASSERT(delimiter != QLatin1Char('"') && delimiter != QLatin1Char('\r')
             && delimiter != QLatin1Char('\n'));
    m_delimiter = delimiter;
}

bool CsvWriter::needsQuotes(QStringView field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    // Readers (and people) trim unquoted edges; quotes keep them.
    if (isEdgeSpace(field.front()) || isEdgeSpace(field.back()))
        return true;
    // Unquoted first in a file written without a byte order mark, U+FEFF
    // would be taken for one and dropped; quoted, the file starts with '"'.
    if (field.front() == QChar(0xFEFF))
        return true;
    for (QChar c : field) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

QString CsvWriter::quoteField(const QString &field, QChar delimiter)
{
    if (!needsQuotes(field, delimiter))
        return field;
    QString quoted;
    quoted.reserve(field.size() + 2);
    quoted += QLatin1Char('"');
    for (QChar c : field) {
        if (c == QLatin1Char('"'))
            quoted += QLatin1Char('"');
        quoted += c;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

void CsvWriter::fail(const QString &message)
{
    if (m_errorString.isEmpty())
        m_errorString = message;
}

bool CsvWriter::open()
{
    if (m_open || m_finished)
        return m_open && m_errorString.isEmpty();
    if (!m_device) {
        m_saveFile = std::make_unique<QSaveFile>(m_filePath);
        if (!m_saveFile->open(QIODevice::WriteOnly)) {
            fail(tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), m_saveFile->errorString()));
            m_saveFile.reset();
            m_finished = true;
            return false;
        }
        m_device = m_saveFile.get();
    } else if (!m_device->isWritable()) {
        fail(tr("the CSV output is not open for writing"));
        m_finished = true;
        return false;
    }
    m_open = true;
    if (m_bom)
        m_pending.append("\xEF\xBB\xBF");
    return true;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_open || m_finished || !m_errorString.isEmpty())
        return false;
    m_line.clear();
    if (fields.size() == 1 && fields.front().isEmpty()) {
        // A blank line is no record to most readers (ours included): a lone
        // empty field is written quoted so that it survives.
        m_line += QLatin1String("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_line += m_delimiter;
            const QString &given = fields.at(i);
            const bool neutralise = m_neutraliseFormulas && CsvFormula::isRisky(given);
            if (neutralise)
                m_cell = CsvFormula::neutralised(given);
            const QString &field = neutralise ? m_cell : given;
            if (needsQuotes(field, m_delimiter))
                m_line += quoteField(field, m_delimiter);
            else
                m_line += field;
        }
        if (fields.isEmpty())
            m_line += QLatin1String("\"\"");
    }
    m_line += QLatin1String("\r\n");

    const qsizetype used = m_pending.size();
    m_pending.resize(used + m_encoder.requiredSpace(m_line.size()));
    char *end = m_encoder.appendToBuffer(m_pending.data() + used, m_line);
    m_pending.resize(end - m_pending.constData());
    if (m_pending.size() >= kFlushSize)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_pending.isEmpty())
        return true;
    const qint64 written = m_device->write(m_pending);
    if (written != m_pending.size()) {
        fail(m_saveFile ? tr("cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(m_filePath), m_device->errorString())
                        : tr("cannot write the CSV output: %1").arg(m_device->errorString()));
        m_pending.clear();
        return false;
    }
    m_pending.clear();
    return true;
}

bool CsvWriter::commit()
{
    if (!m_open || m_finished)
        return false;
    if (!flush() || !m_errorString.isEmpty()) {
        cancel();
        return false;
    }
    m_finished = true;
    if (!m_saveFile)
        return true;
    const bool ok = m_saveFile->commit();
    if (!ok)
        fail(tr("cannot save %1: %2")
                 .arg(QDir::toNativeSeparators(m_filePath), m_saveFile->errorString()));
    m_saveFile.reset();
    m_device = nullptr;
    return ok;
}

void CsvWriter::cancel()
{
    m_finished = true;
    m_pending.clear();
    if (m_saveFile) {
        m_saveFile->cancelWriting();
        m_saveFile.reset(); // closing an uncommitted QSaveFile removes its temporary file
        m_device = nullptr;
    }
}
