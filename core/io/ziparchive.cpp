#include "ziparchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QIODevice>

namespace {
/// Inflated bytes any entry may have whatever its ratio: small parts of a
/// few kilobytes compress far better than a large one can.
constexpr qint64 RatioFreeBytes = 1024 * 1024;
/// Entries an archive may list: an .xlsx has a few dozen.
constexpr int MaxEntries = 100000;
} // namespace

ZipArchive::ZipArchive(QIODevice *device, const QString &displayName) : m_name(displayName)
{
    if (!device || !device->isReadable())
        { fail(tr("%1 cannot be read.").arg(m_name)); return; }
    if (device->isSequential())
        { fail(tr("%1 cannot be read: a spreadsheet must be a file, not a stream.").arg(m_name)); return; }
    m_zip = std::make_unique<QuaZip>(device);
    if (!m_zip->open(QuaZip::mdUnzip))
        { fail(tr("%1 is not a zip archive, or a damaged one.").arg(m_name)); return; }
    if (m_zip->getEntriesCount() > MaxEntries)
        { fail(tr("%1 lists %2 entries: too many for a spreadsheet.").arg(m_name).arg(m_zip->getEntriesCount())); return; }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            { fail(tr("%1 is a damaged zip archive.").arg(m_name)); return; }
        Entry e{info.name, qint64(info.compressedSize), qint64(info.uncompressedSize), info.isEncrypted()};
        const QString key = e.name.toLower();
        if (!m_entries.contains(key))
            m_order << e.name;
        m_entries.insert(key, e);
    }
    if (m_zip->getZipError() != UNZ_OK)
        { fail(tr("%1 is a damaged zip archive.").arg(m_name)); return; }
    m_open = true;
}

ZipArchive::~ZipArchive()
{
    closeEntry();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool ZipArchive::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

ZipArchive::Entry ZipArchive::entry(const QString &name) const
{
    return m_entries.value(name.toLower());
}

bool ZipArchive::readAll(const QString &name, qint64 maxBytes, QByteArray *out)
{
    out->clear();
    if (!openEntry(name, maxBytes))
        return false;
    QByteArray chunk;
    for (;;) {
        if (!readChunk(64 * 1024, &chunk)) {
            closeEntry();
            out->clear();
            return false;
        }
        if (chunk.isEmpty())
            break;
        out->append(chunk);
    }
    closeEntry();
    return true;
}

bool ZipArchive::openEntry(const QString &name, qint64 maxBytes)
{
    closeEntry();
    if (!m_open)
        return fail(tr("%1 is not a zip archive.").arg(m_name));
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return fail(tr("%1 has no part %2.").arg(m_name, name));
    if (it->encrypted)
        return fail(tr("%1 is password-protected: save it again without a password.").arg(m_name));
    if (it->uncompressedSize > maxBytes)
        return fail(tr("%1: part %2 would inflate to %3 bytes, above the limit of %4.")
                        .arg(m_name, it->name).arg(it->uncompressedSize).arg(maxBytes));
    if (it->uncompressedSize > RatioFreeBytes && it->uncompressedSize > it->compressedSize * maxRatio())
        return fail(tr("%1: part %2 inflates %3 times: a zip bomb, not a spreadsheet.")
                        .arg(m_name, it->name).arg(it->uncompressedSize / qMax<qint64>(1, it->compressedSize)));
    if (!m_zip->setCurrentFile(it->name, QuaZip::csSensitive))
        return fail(tr("%1: part %2 cannot be found in the archive.").arg(m_name, it->name));
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_file.reset();
        return fail(tr("%1: part %2 cannot be read (a damaged or unsupported zip entry).").arg(m_name, it->name));
    }
    m_entryName = it->name;
    m_entryLimit = maxBytes;
    m_entryCompressed = it->compressedSize;
    m_entryRead = 0;
    return true;
}

bool ZipArchive::readChunk(qint64 size, QByteArray *out)
{
    out->clear();
    if (!m_file)
        return fail(tr("%1: no part is open.").arg(m_name));
    out->resize(qMax<qint64>(1, size));
    const qint64 n = m_file->read(out->data(), out->size());
    if (n < 0 || m_file->getZipError() != UNZ_OK) {
        out->clear();
        return fail(tr("%1: part %2 is damaged (%3).").arg(m_name, m_entryName, m_file->errorString()));
    }
    out->resize(n);
    m_entryRead += n;
    if (m_entryRead > m_entryLimit)
        return fail(tr("%1: part %2 inflates past the limit of %3 bytes.").arg(m_name, m_entryName).arg(m_entryLimit));
    if (m_entryRead > RatioFreeBytes && m_entryRead > qMax<qint64>(1, m_entryCompressed) * maxRatio())
        return fail(tr("%1: part %2 inflates more than %3 times: a zip bomb, not a spreadsheet.")
                        .arg(m_name, m_entryName).arg(maxRatio()));
    return true;
}

void ZipArchive::closeEntry()
{
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    m_entryName.clear();
    // m_entryRead stays: the progress of a finished part is its size.
}

bool ZipXmlStream::open(const QString &name, qint64 maxBytes)
{
    m_xml.clear();
    m_error.clear();
    m_depth = 0;
    m_rootClosed = false;
    m_eof = false;
    if (!m_zip.openEntry(name, maxBytes)) {
        m_error = m_zip.errorString();
        return false;
    }
    return true;
}

QXmlStreamReader::TokenType ZipXmlStream::next()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    if (m_rootClosed)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
                QByteArray chunk;
                if (!m_zip.readChunk(64 * 1024, &chunk)) {
                    m_error = m_zip.errorString();
                    return QXmlStreamReader::Invalid;
                }
                if (chunk.isEmpty())
                    m_eof = true;
                else
                    m_xml.addData(chunk);
                continue;
            }
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                m_error = tr("the XML ends early (line %1)").arg(m_xml.lineNumber());
            else
                m_error = tr("malformed XML at line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString());
            return t;
        }
        if (t == QXmlStreamReader::DTD) {
            m_error = tr("malformed XML at line %1: a document type declaration is not allowed").arg(m_xml.lineNumber());
            return QXmlStreamReader::Invalid;
        }
        if (t == QXmlStreamReader::StartElement)
            ++m_depth;
        else if (t == QXmlStreamReader::EndElement && --m_depth == 0)
            m_rootClosed = true;
        else if (t == QXmlStreamReader::EndDocument)
            m_rootClosed = true;
        return t;
    }
}

QStringView ZipXmlStream::attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name)
            return a.value();
    return {};
}
