#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>

/// The character encodings Quarry reads text files in.
enum class TextEncoding {
    Utf8,
    Utf16LE,     ///< Excel's "Unicode Text" save (with a byte order mark)
    Utf16BE,
    Windows1252, ///< Excel's "CSV" save on western Windows
    Latin1,      ///< ISO-8859-1
    Latin9,      ///< ISO-8859-15: Latin-1 with the euro sign, œ, Œ, Š, Ž…
};

/// How a CSV file is written: its field delimiter and its character encoding.
/// The quote character is always '"' (RFC 4180) and is not configurable.
struct CsvFormat
{
    /// ',' ';' '\t' or '|' (any character but '"', CR and LF works).
    QChar delimiter = QLatin1Char(',');
    /// The encoding's name, as encodingName() writes it ("UTF-8",
    /// "UTF-16LE", "Windows-1252", "ISO-8859-15"…); the usual aliases are
    /// read too (see textEncodingFromName()).
    QString encoding = QStringLiteral("UTF-8");
    /// Whether the bytes start with a byte order mark (UTF-8 or UTF-16).
    bool hasBom = false;

    /// The encoding named by `encoding`; UTF-8 when the name is unknown.
    TextEncoding textEncoding() const;
    /// Whether `encoding` names Windows-1252.
    bool isWindows1252() const { return textEncoding() == TextEncoding::Windows1252; }

    bool operator==(const CsvFormat &) const = default;
};

/// The canonical name of an encoding: "UTF-8", "UTF-16LE", "UTF-16BE",
/// "Windows-1252", "ISO-8859-1", "ISO-8859-15".
QString encodingName(TextEncoding encoding);
/// Every encoding Quarry reads, in the order a menu offers them.
QList<TextEncoding> textEncodings();
/// Reads an encoding's name or a usual alias, without case: "utf8",
/// "utf-16", "unicode" (Excel's name for UTF-16LE), "cp1252", "ansi",
/// "latin1", "latin-9", "iso8859-15"… False when Quarry does not know it.
bool textEncodingFromName(const QString &name, TextEncoding *out);
/// Whether the encoding writes ASCII as one byte (every one but UTF-16).
bool isAsciiCompatible(TextEncoding encoding);

/// Guesses the format of a CSV file from its first bytes (the reader passes
/// the first 64 KiB):
/// - a byte order mark names UTF-8, UTF-16LE or UTF-16BE;
/// - without one, NUL bytes on every other position mean UTF-16 (LE when the
///   odd bytes are the NULs of ASCII text, BE when the even ones are);
/// - otherwise bytes that are valid UTF-8 mean UTF-8 (a sequence cut by the
///   end of `head` is allowed); anything else is a single-byte encoding:
///   Windows-1252 (Excel's on western Windows, and a superset of the
///   printable ISO-8859-1), unless the bytes read as ISO-8859-15 and not as
///   Windows-1252 would (a euro sign 0xA4 beside a number, an "œ" 0xBD
///   inside a word, and no byte 0x80-0x9F);
/// - the delimiter is the one among ',' ';' '\t' '|' that splits the first
///   lines into the most consistent number of fields greater than one
///   (delimiters inside quotes do not count). Ties go to the larger field
///   count, then to that order. Without any, ','.
CsvFormat detectCsvFormat(const QByteArray &head);

/// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
/// code points past U+10FFFF). With `allowTruncatedEnd`, a sequence cut short
/// by the end of `bytes` is accepted, for a head cut at an arbitrary byte.
bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);

/// Decodes Windows-1252. Qt 6.4's QStringConverter has no such codec: bytes
/// 0x80-0x9F go through a table (the five unassigned ones map to the C1
/// control of the same value, as Windows itself does), the rest is Latin-1.
QString decodeWindows1252(QByteArrayView bytes);

/// Decodes one of the single-byte encodings (Windows-1252, ISO-8859-1,
/// ISO-8859-15); anything else is read as Windows-1252.
QString decodeSingleByte(QByteArrayView bytes, TextEncoding encoding);
