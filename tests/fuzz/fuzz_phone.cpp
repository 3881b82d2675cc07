// Normalize::phone and isValidPhone give libphonenumber's answer
// (Normalize::Reference) whatever came before: for a number and a region
// taken from the input, on this thread (whose shape cache holds every earlier
// input), and on a fresh thread after a few other numbers of the same prefix
// and length (the order in which an import meets them).
#include "normalize.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <thread>

namespace {

// The regions the fast path serves, a few it does not, and none (the default).
const char *const Regions[] = {"FR", "DE", "GB", "ES", "IT", "NL", "PL", "BE", "CH", "AT", "PT", "SE", "NO",
                               "DK", "FI", "IE", "US", "CA", "CZ", "GR", "HU", "AZ", "TZ", "BR", "KR", "AU",
                               "IN", "CN", "RU", "JP", ""};

void check(const QString &number, const QString &region, const char *when)
{
    const QString key = Normalize::phone(number, region);
    const bool valid = Normalize::isValidPhone(number, region);
    const QString refKey = Normalize::Reference::phone(number, region);
    const bool refValid = Normalize::Reference::isValidPhone(number, region);
    if (key != refKey || valid != refValid)
        qFatal("phone fast path differs %s: [%s] region [%s]: %s %s, reference %s %s", when, qPrintable(number),
               qPrintable(region), qPrintable(key), valid ? "valid" : "invalid", qPrintable(refKey),
               refValid ? "valid" : "invalid");
}

/// `number` with its last digits replaced by `k`-dependent ones: another
/// number of the same shape.
QString sibling(const QString &number, int k)
{
    QString out = number;
    int changed = 0;
    for (qsizetype i = out.size() - 1; i >= 0 && changed < 4; --i) {
        if (out.at(i).unicode() >= u'0' && out.at(i).unicode() <= u'9') {
            out[i] = QChar(char16_t(u'0' + (out.at(i).unicode() - u'0' + 3 * k + changed) % 10));
            ++changed;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64)
        return 0;
    const QString region = QString::fromLatin1(Regions[data[0] % std::size(Regions)]);
    const QString number = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    check(number, region, "after earlier inputs");
    std::thread([&] {
        for (int k = 1; k <= 4; ++k) {
            Normalize::phone(sibling(number, k), region);
            Normalize::isValidPhone(sibling(number, k), region);
        }
        check(number, region, "after four numbers of its shape");
    }).join();
    return 0;
}
