#pragma once

#include "tablereader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QFile;
class QIODevice;

/// Reads a vCard address book (.vcf: vCard 2.1, 3.0 or 4.0, as Apple
/// Contacts, Google Contacts, Outlook and Android write them) as a table:
/// one record per card, so the import treats an address book like any other
/// table file.
///
/// The first record is a fixed header of import target keys (headers()),
/// numbered line 1 with no raw text, so the importer maps every column with
/// no manual step. Each following record is one card: lineNumber is the line
/// of its BEGIN:VCARD, rawText the card's text up to its END:VCARD (at most
/// maxRawText() characters; the continuation lines of a skipped binary
/// property such as a PHOTO are left out), and one cell per header:
/// - N gives the name parts; FN is the full name only when N is empty and FN
///   is not the company (a company card: Apple's X-ABShowAs:COMPANY, a 4.0
///   KIND:org, or an Outlook card filed under its company);
/// - ORG gives company and department (further units go to the extras);
///   TITLE the job title (ROLE goes to the extras, or is the job title when
///   there is no TITLE);
/// - every EMAIL goes to email, joined by " ::: ", preferred ones first
///   (TYPE=pref, PREF=n); TEL: the first mobile (CELL, IPHONE, a "mobile"
///   label) is the mobile, every other number a phone (joined by " ::: "),
///   fax numbers go to the extras;
/// - the preferred or first work address (else the preferred or first one)
///   fills street, street_2 (the extended address and post office box),
///   postal_code, city, region and country; every other ADR is one extras line
///   ("Address (home): 12 rue X, 75001 Paris, France");
/// - the first URL is the website, NOTE the description;
/// - everything else useful (BDAY, ANNIVERSARY, NICKNAME, IMPP,
///   X-SOCIALPROFILE, CATEGORIES, related names, other URLs, UID, any
///   unknown property) becomes one "Label: value" line of the extras cell
///   (lines joined by "\n"), the label taken from the X-ABLabel of the same
///   group when there is one. PHOTO, LOGO, SOUND, KEY, base64 data,
///   PRODID, VERSION, REV and writer bookkeeping (X-ABUID, X-MS-OL-DESIGN, …)
///   are skipped.
///
/// Understood: folded lines (CRLF, LF or CR, then a space or tab), 2.1
/// QUOTED-PRINTABLE with soft line breaks, ENCODING=BASE64/B, CHARSET per
/// property (UTF-8, ISO-8859-1/15, Windows-1252, US-ASCII), grouped properties
/// (item1.EMAIL with item1.X-ABLabel), 2.1 bare parameters (TEL;WORK;VOICE:),
/// TYPE=a,b, TYPE="a,b", PREF=1, backslash escapes (\n \N \, \; \\ \:), with
/// components split only on unescaped ';' and lists on unescaped ',' (2.1
/// values are not split on commas), property names in any case, blank lines
/// and stray text between cards. The file may be UTF-8 (with or without a
/// byte order mark), 8-bit (a value that is not valid UTF-8 and names no
/// CHARSET is read as Windows-1252), or UTF-16LE/BE (with a byte order mark,
/// or detected by its NUL bytes).
///
/// Memory is bounded: one card is held at a time, and a card holding more
/// than maxCardSize() bytes of text (binary properties not counted: they are
/// skipped while reading) comes back with an error and is not imported. A
/// card without END:VCARD comes back with an error, and the next
/// BEGIN:VCARD starts the next card.
class VcardReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Vcard)

public:
    /// The cells of a card record, in the order of headers().
    enum Column {
        NamePrefix, FirstName, MiddleName, LastName, NameSuffix, FullName,
        Company, Department, JobTitle, Email, Phone, Mobile, Website,
        Street, Street2, PostalCode, City, Region, Country, Description, Extras,
        ColumnCount
    };

    /// Reads `device`, which must be open for reading and outlive the reader.
    /// The input must start (after a byte order mark and blank lines) with
    /// BEGIN:VCARD, or isOpen() is false.
    explicit VcardReader(QIODevice *device);
    /// Opens and reads the file at `filePath` (a regular file only, see
    /// InputFile::check()); see isOpen() and errorString().
    explicit VcardReader(const QString &filePath);
    ~VcardReader() override;

    VcardReader(const VcardReader &) = delete;
    VcardReader &operator=(const VcardReader &) = delete;

    /// The import target keys of the cells, which is also the first record:
    /// name_prefix, first_name, middle_name, last_name, name_suffix,
    /// full_name, company, department, job_title, email, phone, mobile,
    /// website, street, street_2, postal_code, city, region, country,
    /// description, extras.
    static QStringList headers();

    /// Whether `head` (the first bytes of a file) looks like a vCard file:
    /// BEGIN:VCARD first, after a byte order mark and blank lines, in UTF-8
    /// or UTF-16. What a dispatcher checks for a file not named .vcf.
    static bool looksLikeVcard(QByteArrayView head);

    /// Whether there is something to read: false when the file could not be
    /// opened or does not start with BEGIN:VCARD (see errorString()).
    bool isOpen() const override;
    /// The translated reason for the last failure to open or read; empty if
    /// none. Malformed cards are not failures: their records carry the error.
    QString errorString() const override;

    /// The encoding of the file: "UTF-8", "UTF-16LE", "UTF-16BE", or
    /// "Windows-1252" when its first 64 KiB are not valid UTF-8 (an 8-bit
    /// export; a property's CHARSET still wins for its value).
    QString encoding() const { return m_encoding; }

    /// Above this many bytes of text (binary properties excluded) a card is
    /// not read: its record has an error. 4 MiB by default.
    qsizetype maxCardSize() const { return m_maxCardSize; }
    /// Sets maxCardSize() (at least 256 bytes).
    void setMaxCardSize(qsizetype bytes);
    /// How many characters of a card rawText keeps (64 Ki).
    static qsizetype maxRawText();

    /// Reads the next record into `out`: the header first, then one card.
    /// Returns false at the end of the data or on a read error.
    bool readRecord(TableRecord *out) override;

    /// Bytes of the input consumed so far (an estimate for UTF-16 input).
    qint64 bytesRead() const override;
    /// The size of the input in bytes, or -1 when the device cannot tell.
    qint64 totalBytes() const override;

private:
    struct Line
    {
        QByteArray bytes;  // without its line end
        QByteArray ending; // "\r\n", "\n", "\r" or "" at the end of input
        qint64 number = 0;
        bool truncated = false;
    };

    void start(const QString &name);
    bool fill();
    bool nextLine(Line *out);
    bool readCard(const Line &begin, TableRecord *out);
    QString decodeLine(QByteArrayView bytes) const;

    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_file;
    QString m_errorString;
    QString m_encoding = QStringLiteral("UTF-8");
    bool m_utf16 = false;
    QStringDecoder m_utf16Decoder;
    qsizetype m_maxCardSize = 4 * 1024 * 1024;

    QByteArray m_buffer; // UTF-8 or 8-bit bytes; [m_pos, size) unread
    qsizetype m_pos = 0;
    qint64 m_dropped = 0;    // bytes compacted away from the front
    qint64 m_deviceRead = 0; // bytes read from the device
    qint64 m_produced = 0;   // bytes appended to m_buffer
    bool m_atEnd = false;
    qint64 m_line = 0;       // number of the last line read
    bool m_headerDone = false;
    bool m_havePending = false;
    Line m_pending;          // a BEGIN:VCARD met inside an unterminated card
};
