#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// One vCard being read by VcardReader: its properties as they come out of
/// unfolding, and the table cells they give (in the order of
/// VcardReader::headers(); the mapping is described on VcardReader). Kept
/// apart from the reader so that the streaming (lines, folding, sizes) and
/// the meaning of the properties can each be read on their own.
class VcardCard
{
    Q_DECLARE_TR_FUNCTIONS(Vcard)

public:
    /// Whether a property of this (upper-case, ungrouped) name holds binary
    /// data or writer bookkeeping too large to keep (PHOTO, LOGO, SOUND, KEY,
    /// Outlook's card design, Apple's addressing grammar): the reader skips it
    /// while reading, continuation lines included.
    static bool isBinary(const QByteArray &name);

    /// Adds one unfolded property line ("item1.EMAIL;type=INTERNET:a@b.fr"),
    /// read at `line`. A line without ':' is ignored.
    void addLine(const QByteArray &logicalLine, qint64 line);
    /// Forgets every property.
    void clear() { m_properties.clear(); }
    /// With `utf16`, the reader has already turned a UTF-16 file into UTF-8,
    /// and a CHARSET applies only to QUOTED-PRINTABLE bytes. Otherwise a
    /// value naming no CHARSET is UTF-8 where valid, else Windows-1252.
    void setInput(bool utf16) { m_utf16 = utf16; }

    /// The cells of the card.
    QStringList cells() const;

private:
    struct Property
    {
        QByteArray group;   // lower-case; empty when none
        QByteArray name;    // upper-case
        QStringList types;  // upper-case TYPE values, 2.1 bare ones included
        int pref = 101;     // 1 is the most preferred; 101 none
        QByteArray encoding; // upper-case ENCODING
        QByteArray charset;  // upper-case CHARSET
        QByteArray valueType; // upper-case VALUE
        QString serviceType;  // X-SERVICE-TYPE (IMPP)
        QByteArray value;     // raw bytes after ':'
        qint64 line = 0;
    };
    struct Builder;

    QString text(const Property &p) const;

    QList<Property> m_properties;
    bool m_utf16 = false;
};
