#include "normalize.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace {

bool isPlainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

QString collapseSpaces(const QString &s)
{
    return s.simplified();
}

/// ICU transliterators are not thread-safe for concurrent use: one per thread.
icu::Transliterator *folder()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            tr.reset();
        return tr;
    }();
    return t.get();
}

} // namespace

namespace Normalize {

QString text(const QString &value)
{
    // Fast path: plain ASCII needs no transliteration, only lower-casing.
    if (isPlainAscii(value))
        return collapseSpaces(value).toLower();
    icu::Transliterator *t = folder();
    if (!t)
        return collapseSpaces(value).toCaseFolded();
    icu::UnicodeString u(reinterpret_cast<const UChar *>(value.utf16()), int32_t(value.size()));
    t->transliterate(u);
    QString out(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    return collapseSpaces(out).toCaseFolded();
}

QString email(const QString &value)
{
    return value.trimmed().toLower();
}

QString digits(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value)
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    return out;
}

QString phone(const QString &value, const QString &region)
{
    const QString trimmed = value.trimmed();
    const QString d = digits(trimmed);
    if (d.isEmpty())
        return {};
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string reg = (region.isEmpty() ? defaultRegion() : region.toUpper()).toStdString();
    if (util->Parse(trimmed.toStdString(), reg, &number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util->IsPossibleNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    return trimmed.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + d : d;
}

bool isValidPhone(const QString &value, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string reg = (region.isEmpty() ? defaultRegion() : region.toUpper()).toStdString();
    return util->Parse(value.trimmed().toStdString(), reg, &number) == PhoneNumberUtil::NO_PARSING_ERROR
           && util->IsPossibleNumber(number);
}

QString defaultRegion()
{
    static const QString region = [] {
        const QString code = QLocale::territoryToCode(QLocale().territory());
        return (code.size() == 2 && code != QLatin1String("ZZ")) ? code : QStringLiteral("US");
    }();
    return region;
}

} // namespace Normalize
