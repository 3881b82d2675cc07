#include "benchreferences.h"

#include "leadgenerator.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

BenchReferences BenchReferences::prepare(Workspace &ws)
{
    BenchReferences r;
    for (const LeadStatus &s : ws.statuses().all())
        r.statuses.insert(s.name, s.id);
    for (const QString &login : LeadGenerator::ownerLogins()) {
        auto u = ws.users().ensure(login);
        if (u)
            r.owners.insert(login, u->id);
    }
    const QStringList colors{QStringLiteral("#e53935"), QStringLiteral("#fb8c00"), QStringLiteral("#43a047"),
                             QStringLiteral("#1e88e5"), QStringLiteral("#8e24aa"), QStringLiteral("#6d4c41")};
    int i = 0;
    for (const QString &tag : LeadGenerator::tagNames()) {
        auto id = ws.references().resolve(RefKind::Tag, tag, false);
        if (!id) {
            auto added = ws.references().add(RefKind::Tag, ReferenceItem{0, tag, colors.at(i % colors.size())});
            if (added)
                r.tags.insert(tag, added->id);
        } else {
            r.tags.insert(tag, id.value());
        }
        ++i;
    }
    for (const char *code : {"FR", "US", "DE", "GB", "ES", "IT", "NL", "PL"}) {
        auto id = ws.references().resolve(RefKind::Country, QString::fromLatin1(code), false);
        r.countries.insert(QString::fromLatin1(code), id ? id.value() : 0);
    }
    r.creator = ws.currentUserId();
    return r;
}
