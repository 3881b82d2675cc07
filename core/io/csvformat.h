#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QString>

/// How a CSV file is written: its field delimiter and its character encoding.
/// The quote character is always '"' (RFC 4180) and is not configurable.
struct CsvFormat
{
    /// ',' ';' '\t' or '|' (any character but '"', CR and LF works).
    QChar delimiter = QLatin1Char(',');
    /// "UTF-8" or "Windows-1252" (the only two Quarry reads; compared
    /// case-insensitively, "cp1252" is accepted too).
    QString encoding = QStringLiteral("UTF-8");
    /// Whether the bytes start with a UTF-8 byte order mark.
    bool hasBom = false;

    /// Whether `encoding` names Windows-1252.
    bool isWindows1252() const;

    bool operator==(const CsvFormat &) const = default;
};

/// Guesses the format of a CSV file from its first bytes (the reader passes
/// the first 64 KiB):
/// - a UTF-8 byte order mark means UTF-8;
/// - otherwise bytes that are valid UTF-8 mean UTF-8 (a sequence cut by the
///   end of `head` is allowed), anything else Windows-1252, the encoding of
///   Excel's "CSV" export on western Windows;
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
