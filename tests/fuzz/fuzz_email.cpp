// The email normaliser (Normalize::email: the key lead_contact_points
// stores and every duplicate check compares) and the email list reader
// (splitList, what the codec, the CLI and the import read a cell of emails
// with), on any text. Properties, for the input and each item of it read as
// a list:
//  - the key is a fixed point: email(email(x)) == email(x), trimmed, lower
//    case, and empty exactly when x is blank;
//  - a valid address (LeadService::validate accepts it on a lead) has a
//    valid key, so that normalising never turns a good address bad;
//  - the list's items are trimmed, not empty, hold no separator, and read
//    back the same from the text the codec writes of them (", " joined).
// (That the import unites two addresses exactly when their keys are equal is
// checked by fuzz_rowbuilder: it took addresses equal without case as one,
// and "ſ@x.com" and "s@x.com" have two keys; corpus/email/long-s-fold.)
#include "fuzzworkspace.h"

#include "leadcodec.h"
#include "leadservice.h"
#include "normalize.h"

#include <cstdint>
#include <cstdlib>

namespace {

/// Whether LeadService::validate refuses `email` as an address (on a lead
/// that breaks no other rule).
bool isValid(Workspace &ws, const QString &email)
{
    Lead lead;
    lead.lastName = QStringLiteral("Fuzz");
    lead.emails = QStringList{email};
    for (const Problem &p : ws.leads().validate(lead))
        if (p.field == QLatin1String("email"))
            return false;
    return true;
}

void checkKey(Workspace &ws, const QString &x)
{
    const QString key = Normalize::email(x);
    if (Normalize::email(key) != key)
        qFatal("email key not a fixed point: [%s] -> [%s] -> [%s]", qPrintable(x), qPrintable(key),
               qPrintable(Normalize::email(key)));
    if (key != key.trimmed() || key != key.toLower())
        qFatal("email key [%s] of [%s] not trimmed or not lower case", qPrintable(key), qPrintable(x));
    if (key.isEmpty() != x.trimmed().isEmpty())
        qFatal("email key [%s] of [%s]: empty for a non-blank address or the reverse", qPrintable(key), qPrintable(x));
    if (isValid(ws, x) && !isValid(ws, key))
        qFatal("the valid address [%s] has the invalid key [%s]", qPrintable(x), qPrintable(key));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The same bytes as UTF-16, for the unpaired surrogates UTF-8 cannot carry.
    const QString wide(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    Workspace &ws = FuzzWorkspace::get();

    for (const QString &x : {text, wide}) {
        checkKey(ws, x);
        const QStringList items = splitList(x);
        for (const QString &item : items) {
            if (item.isEmpty() || item != item.trimmed() || item.contains(QLatin1Char(',')) || item.contains(QLatin1Char(';'))
                || item.contains(QLatin1Char('\n')) || item.contains(QLatin1String(":::")))
                qFatal("list item [%s] of [%s] empty, untrimmed or holding a separator", qPrintable(item), qPrintable(x));
            checkKey(ws, item);
        }
        const QStringList again = splitList(items.join(QStringLiteral(", ")));
        if (again != items)
            qFatal("email list [%s] does not read back from its text [%s]", qPrintable(items.join(QLatin1Char('|'))),
                   qPrintable(again.join(QLatin1Char('|'))));
    }
    return 0;
}
