#include "ziparchive.h"

#include <zip.h>

#include <QIODevice>

#include <cstring>

namespace {
/// Inflated bytes any entry may have whatever its ratio: small parts of a
/// few kilobytes compress far better than a large one can.
constexpr qint64 RatioFreeBytes = 1024 * 1024;
/// Entries an archive may list: an .xlsx has a few dozen.
constexpr qint64 MaxEntries = 100000;

/// libzip's source callback over a random-access QIODevice: libzip reads
/// the central directory and the entries through it, seeking as it needs.
struct DeviceSource
{
    QIODevice *device;
    zip_error_t error;
};

zip_int64_t deviceSource(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *s = static_cast<DeviceSource *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN: return s->device->seek(0) ? 0 : -1;
    case ZIP_SOURCE_READ: {
        const qint64 n = s->device->read(static_cast<char *>(data), qint64(qMin<zip_uint64_t>(len, 1 << 30)));
        if (n < 0)
            zip_error_set(&s->error, ZIP_ER_READ, 0);
        return n;
    }
    case ZIP_SOURCE_CLOSE: return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zip_uint64_t(s->device->size());
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR: return zip_error_to_data(&s->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&s->error);
        delete s;
        return 0;
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t to = zip_source_seek_compute_offset(zip_uint64_t(s->device->pos()), zip_uint64_t(s->device->size()), data,
                                                              len, &s->error);
        if (to < 0 || !s->device->seek(to)) {
            zip_error_set(&s->error, ZIP_ER_SEEK, 0);
            return -1;
        }
        return 0;
    }
    case ZIP_SOURCE_TELL: return zip_int64_t(s->device->pos());
    case ZIP_SOURCE_SUPPORTS: return ZIP_SOURCE_SUPPORTS_SEEKABLE;
    default: zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}
} // namespace

ZipArchive::ZipArchive(QIODevice *device, const QString &displayName) : m_name(displayName), m_device(device)
{
    if (!device || !device->isReadable()) {
        fail(tr("%1 cannot be read.").arg(m_name));
        return;
    }
    if (device->isSequential()) {
        fail(tr("%1 cannot be read: a spreadsheet must be a file, not a stream.").arg(m_name));
        return;
    }
    auto *source = new DeviceSource{device, {}};
    zip_error_init(&source->error);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *src = zip_source_function_create(deviceSource, source, &error);
    if (!src) {
        zip_error_fini(&source->error);
        delete source;
        zip_error_fini(&error);
        fail(tr("%1 cannot be read.").arg(m_name));
        return;
    }
    m_zip = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!m_zip) {
        zip_source_free(src); // frees the DeviceSource too
        fail(tr("%1 is not a zip archive, or a damaged one (%2).").arg(m_name, QString::fromUtf8(zip_error_strerror(&error))));
        zip_error_fini(&error);
        return;
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count > MaxEntries) {
        fail(tr("%1 lists %2 entries: too many for a spreadsheet.").arg(m_name).arg(count));
        return;
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
            fail(tr("%1 is a damaged zip archive.").arg(m_name));
            return;
        }
        Entry e;
        e.name = QString::fromUtf8(st.name);
        e.compressedSize = st.valid & ZIP_STAT_COMP_SIZE ? qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62)) : 0;
        e.uncompressedSize = st.valid & ZIP_STAT_SIZE ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(1) << 62)) : 0;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        e.index = i;
        const QString key = e.name.toLower();
        if (!m_entries.contains(key))
            m_order << e.name;
        m_entries.insert(key, e);
    }
    m_open = true;
}

ZipArchive::~ZipArchive()
{
    closeEntry();
    if (m_zip)
        zip_discard(m_zip);
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
    m_file = zip_fopen_index(m_zip, zip_uint64_t(it->index), 0);
    if (!m_file)
        return fail(tr("%1: part %2 cannot be read (%3).").arg(m_name, it->name, QString::fromUtf8(zip_strerror(m_zip))));
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
    const zip_int64_t n = zip_fread(m_file, out->data(), zip_uint64_t(out->size()));
    if (n < 0) {
        out->clear();
        return fail(tr("%1: part %2 is damaged (%3).").arg(m_name, m_entryName, QString::fromUtf8(zip_file_strerror(m_file))));
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
        zip_fclose(m_file);
        m_file = nullptr;
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
