#pragma once

#include "result.h"

#include <QString>

#include <optional>

struct Lead;
struct LeadField;

/// What a text value is, for its length limit and the characters it may hold.
enum class TextShape {
    Name,          ///< a person's or a company's name, a title, a city
    Email,         ///< one email address
    Phone,         ///< one phone number
    Website,       ///< a web address
    Login,         ///< a user's login
    ReferenceName, ///< the name of an entry of a list (industry, status, template…)
    Code,          ///< an identifier: TIN, postal code, external id, choice key
    Line,          ///< any other one-line text (subject, competitors…)
    Street,        ///< a street, up to a few lines of a postal address (LF, CR allowed)
    MultiLine,     ///< notes, comments, descriptions, email bodies (TAB, LF, CR allowed)
};

/// The shape of every text value in one place: how long it may be, which
/// characters it may hold, and how far a number may go. The services call it
/// from their validate(); nothing else decides these limits.
class FieldLimits
{
public:
    // Lengths are counted in characters (code points). Generous for real
    // data, small enough that a pasted file or a script's garbage is refused
    // before it reaches the database, the grid, or a terminal.
    static constexpr int NameLength = 200;          ///< the longest real names are well under 100
    static constexpr int EmailLength = 254;         ///< RFC 5321: the longest usable address
    static constexpr int PhoneLength = 40;          ///< E.164 is 15 digits; room for spaces, "+", an extension
    static constexpr int WebsiteLength = 2048;      ///< what browsers and servers reliably accept
    static constexpr int LoginLength = 64;          ///< a login is typed; longer ones are mistakes
    static constexpr int ReferenceNameLength = 200; ///< the limit ReferenceService has always had
    static constexpr int CodeLength = 100;          ///< identifiers from other systems
    static constexpr int LineLength = 500;          ///< a sentence or two on one line
    static constexpr int MultiLineLength = 1 << 20; ///< 1 MiB of text: pages of notes, a rich email body
    /// The largest amount taken: a quadrillion is beyond any deal, and beyond
    /// 2^53 a double no longer keeps whole units.
    static constexpr double MaxAmount = 1e15;

    /// The longest text of that shape, in characters.
    static int maxLength(TextShape shape);
    /// True when the shape holds several lines (TAB, LF and CR allowed).
    static bool isMultiLine(TextShape shape);
    /// The shape of a lead field's text (or of each item of an email or
    /// phone list). Fields with no text are Line.
    static TextShape shapeOf(const LeadField &field);

    /// The problems of `text` as a value of that shape: longer than its
    /// limit, or holding a control character (U+0000–U+001F, U+007F,
    /// U+0080–U+009F; multi-line text may hold TAB, LF and CR). `label` names
    /// the field in the messages, `field` in the problems.
    static Problems checkText(const QString &field, const QString &label, const QString &text, TextShape shape);
    /// The problems of a number: not a number (NaN), infinite, or beyond
    /// ±`maxMagnitude`. An unset value is fine.
    static Problems checkNumber(const QString &field, const QString &label, const std::optional<double> &value,
                                double maxMagnitude = MaxAmount);
    /// checkText() on every text field of the lead (each item of its email
    /// and phone lists) and checkNumber() on every decimal field.
    static Problems checkLead(const Lead &lead);

    /// The first control character `text` may not hold in that shape, as
    /// its index, or -1 when there is none.
    static qsizetype forbiddenCharacter(const QString &text, TextShape shape);
    /// True for U+0000–U+001F, U+007F and U+0080–U+009F.
    static bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }
};
