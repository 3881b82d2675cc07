#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>


class QIODevice;
struct zip;
struct zip_file;

/// Read access to the entries of a zip archive (an .xlsx or .ods file is
/// one), over libzip, reading the archive through the QIODevice (seeks, no
/// copy in memory), with the limits a file from anywhere needs: every
/// entry is read through a cap on its uncompressed bytes, counted as they
/// are inflated (the sizes an archive declares can lie), and refused when it
/// inflates more than maxRatio() times its compressed size (a zip bomb).
/// One entry is open at a time.
///
/// Entry names are matched without regard to case, as OOXML part names are.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    /// What the central directory says of an entry.
    struct Entry
    {
        QString name;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        bool encrypted = false;
        qint64 index = -1; ///< libzip's index
    };

    /// Reads the archive on `device`, which must be open for reading, be
    /// random-access and outlive the archive. `displayName` names the file in
    /// messages.
    ZipArchive(QIODevice *device, const QString &displayName);
    ~ZipArchive();

    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Whether the central directory was read; see errorString().
    bool isOpen() const { return m_open; }
    /// The translated reason of the last failure; empty if none.
    QString errorString() const { return m_error; }

    /// Whether the archive has an entry of that name (any case).
    bool contains(const QString &name) const;
    /// The entry of that name (any case); an empty Entry if none.
    Entry entry(const QString &name) const;
    /// Every entry name, in archive order.
    QStringList names() const { return m_order; }

    /// Reads the whole entry `name`, refusing (errorString()) one that is
    /// missing, encrypted, damaged, larger than `maxBytes` once inflated, or
    /// a zip bomb. For small parts (workbook, relationships, styles).
    bool readAll(const QString &name, qint64 maxBytes, QByteArray *out);

    /// Opens `name` for reading in chunks with readChunk(), with the same
    /// refusals as readAll(). Closes the entry opened before.
    bool openEntry(const QString &name, qint64 maxBytes);
    /// Reads up to `size` inflated bytes of the open entry into `out`
    /// (emptied first). Returns false on an error (errorString()); an empty
    /// `out` with true is the end of the entry.
    bool readChunk(qint64 size, QByteArray *out);
    /// Inflated bytes read so far from the open entry (or the last one closed).
    qint64 entryBytesRead() const { return m_entryRead; }
    /// Closes the open entry, if any.
    void closeEntry();

    /// The largest ratio of inflated to compressed bytes accepted: deflate
    /// itself cannot pass about 1,032, so a larger one is a crafted file.
    static constexpr qint64 maxRatio() { return 1100; }

private:
    bool fail(const QString &message);

    QString m_name;
    QIODevice *m_device = nullptr;
    zip *m_zip = nullptr;
    zip_file *m_file = nullptr;
    QHash<QString, Entry> m_entries; // by lower-case name
    QStringList m_order;
    bool m_open = false;
    QString m_error;
    QString m_entryName;
    qint64 m_entryLimit = 0;
    qint64 m_entryCompressed = 0;
    qint64 m_entryRead = 0;
};

/// One XML part of a ZipArchive read token by token with QXmlStreamReader,
/// inflated in chunks as the parser needs them: memory stays at one chunk
/// whatever the part's size. A DTD is refused (no spreadsheet has one; it
/// is how entity bombs come in).
class ZipXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(ZipXmlStream)

public:
    explicit ZipXmlStream(ZipArchive &zip) : m_zip(zip) {}

    /// Opens the part `name` (see ZipArchive::openEntry()).
    bool open(const QString &name, qint64 maxBytes);
    /// The next token: QXmlStreamReader::Invalid on an error (see error()),
    /// EndDocument once the root element is closed or the part ends.
    QXmlStreamReader::TokenType next();
    /// The parser, for the current token's name, attributes and text.
    const QXmlStreamReader &xml() const { return m_xml; }
    /// The translated error ("malformed XML at line 3: …", or the archive's);
    /// empty if none.
    QString error() const { return m_error; }
    /// Inflated bytes of the part given to the parser so far.
    qint64 bytesRead() const { return m_zip.entryBytesRead(); }

    /// The attribute with local name `name` (any namespace), or "".
    static QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name);

private:
    ZipArchive &m_zip;
    QXmlStreamReader m_xml;
    QString m_error;
    int m_depth = 0;
    bool m_rootClosed = false;
    bool m_eof = false;
};
