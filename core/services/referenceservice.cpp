#include "referenceservice.h"

#include "fieldlimits.h"
#include "normalize.h"
#include "optionsservice.h"
#include "referencerepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ReferenceService", s); }
QString tr(const char *s, const char *c, int n) { return QCoreApplication::translate("ReferenceService", s, c, n); }

QString listKey(RefKind kind)
{
    const RefListInfo *info = refListInfo(kind);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("reference");
}

QString singular(RefKind kind)
{
    switch (kind) {
    case RefKind::Industry: return QCoreApplication::translate("ReferenceService", "industry");
    case RefKind::Function: return QCoreApplication::translate("ReferenceService", "function");
    case RefKind::Department: return QCoreApplication::translate("ReferenceService", "department");
    case RefKind::Source: return QCoreApplication::translate("ReferenceService", "source");
    case RefKind::Category: return QCoreApplication::translate("ReferenceService", "category");
    case RefKind::Tag: return QCoreApplication::translate("ReferenceService", "tag");
    case RefKind::LossReason: return QCoreApplication::translate("ReferenceService", "loss reason");
    case RefKind::Country: return QCoreApplication::translate("ReferenceService", "country");
    case RefKind::Team: return QCoreApplication::translate("ReferenceService", "team");
    case RefKind::Agency: return QCoreApplication::translate("ReferenceService", "agency");
    case RefKind::Company: return QCoreApplication::translate("ReferenceService", "company");
    case RefKind::SalesDirection: return QCoreApplication::translate("ReferenceService", "sales direction");
    case RefKind::Product: return QCoreApplication::translate("ReferenceService", "product");
    case RefKind::Campaign: return QCoreApplication::translate("ReferenceService", "campaign");
    case RefKind::DistributionChannel: return QCoreApplication::translate("ReferenceService", "distribution channel");
    case RefKind::Location: return QCoreApplication::translate("ReferenceService", "location");
    case RefKind::MarketingList: return QCoreApplication::translate("ReferenceService", "marketing list");
    default: return QCoreApplication::translate("ReferenceService", "entry");
    }
}
} // namespace

ReferenceService::ReferenceService(Workspace &ws) : m_ws(ws) {}

QList<ReferenceItem> ReferenceService::list(RefKind kind) const
{
    return m_ws.referenceRepository().all(kind);
}

QString ReferenceService::singularName(RefKind kind)
{
    return singular(kind);
}

std::optional<ReferenceItem> ReferenceService::find(RefKind kind, qint64 id) const
{
    if (id == 0)
        return std::nullopt;
    auto &cache = m_cache[kind];
    if (cache.isEmpty())
        for (const ReferenceItem &item : list(kind))
            cache.insert(item.id, item);
    auto it = cache.constFind(id);
    if (it == cache.constEnd())
        return std::nullopt;
    return *it;
}

QString ReferenceService::nameOf(RefKind kind, qint64 id) const
{
    const auto item = find(kind, id);
    return item ? item->name : QString();
}

QString ReferenceService::colorOf(qint64 tagId) const
{
    const auto item = find(RefKind::Tag, tagId);
    return item ? item->color : QStringLiteral("#808080");
}

void ReferenceService::invalidate(RefKind kind)
{
    m_cache.remove(kind);
    emit m_ws.referencesChanged(kind);
}

Problems ReferenceService::validate(RefKind kind, const ReferenceItem &item) const
{
    Problems p;
    const QString field = listKey(kind);
    const QString name = item.name.trimmed();
    if (!ReferenceRepository::supports(kind)) {
        p << Problem{field, tr("This list cannot be edited here.")};
        return p;
    }
    if (name.isEmpty()) {
        p << Problem{field, tr("A %1 needs a name.").arg(singular(kind))};
        return p;
    }
    if (Problems shape = FieldLimits::checkText(field, tr("The name of a %1").arg(singular(kind)), name, TextShape::ReferenceName);
        !shape.isEmpty()) {
        p << shape;
        return p; // not quoted in the messages below
    }
    const qint64 existing = m_ws.referenceRepository().idByNameKey(kind, Normalize::text(name), item.parentId);
    if (existing != 0 && existing != item.id)
        p << Problem{field, tr("The %1 \"%2\" already exists (names are compared without case and accents).")
                                .arg(singular(kind), name)};
    if (kind == RefKind::Tag) {
        static const QRegularExpression colorRe(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!item.color.isEmpty() && !colorRe.match(item.color).hasMatch())
            p << Problem{QStringLiteral("color"), tr("The colour \"%1\" is not of the form #rrggbb.").arg(item.color)};
    }
    if (kind == RefKind::Country) {
        static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z]{2}$"));
        if (!codeRe.match(item.code).hasMatch())
            p << Problem{QStringLiteral("code"), tr("A country needs a two-letter ISO 3166 code.")};
        else if (const qint64 other = m_ws.referenceRepository().countryIdByCode(item.code); other && other != item.id)
            p << Problem{QStringLiteral("code"), tr("The country code %1 is taken.").arg(item.code.toUpper())};
    }
    if (kind == RefKind::Product && (item.parentId == 0 || !m_ws.referenceRepository().find(RefKind::SalesDirection, item.parentId)))
        p << Problem{QStringLiteral("sales_direction"), tr("A product belongs to a sales direction.")};
    return p;
}

Problems ReferenceService::mayChange(RefKind kind) const
{
    switch (kind) {
    case RefKind::LossReason:
        return m_ws.access().check(Access::Action::ManageLossReasons);
    case RefKind::Tag:
    case RefKind::MarketingList:
    case RefKind::Campaign:
    case RefKind::DistributionChannel:
        return m_ws.access().check(Access::Action::ManageMarketingLists);
    default:
        return m_ws.access().check(Access::Action::Configure);
    }
}

Result<ReferenceItem> ReferenceService::add(RefKind kind, const ReferenceItem &item)
{
    if (Problems no = mayChange(kind); !no.isEmpty())
        return no;
    return insert(kind, item);
}

Result<ReferenceItem> ReferenceService::insert(RefKind kind, const ReferenceItem &item)
{
    if (Problems p = validate(kind, item); !p.isEmpty())
        return p;
    auto id = m_ws.referenceRepository().insert(kind, item);
    if (!id)
        return id.problems();
    invalidate(kind);
    return *find(kind, id.value());
}

VoidResult ReferenceService::update(RefKind kind, const ReferenceItem &item)
{
    if (Problems no = mayChange(kind); !no.isEmpty())
        return no;
    if (!m_ws.referenceRepository().find(kind, item.id))
        return VoidResult::failure(listKey(kind), tr("There is no %1 #%2.").arg(singular(kind)).arg(item.id));
    if (Problems p = validate(kind, item); !p.isEmpty())
        return p;
    if (VoidResult r = m_ws.referenceRepository().update(kind, item); !r)
        return r;
    invalidate(kind);
    return {};
}

VoidResult ReferenceService::remove(RefKind kind, qint64 id)
{
    if (Problems no = mayChange(kind); !no.isEmpty())
        return no;
    const auto item = m_ws.referenceRepository().find(kind, id);
    if (!item)
        return VoidResult::failure(listKey(kind), tr("There is no %1 #%2.").arg(singular(kind)).arg(id));
    if (const qint64 used = m_ws.referenceRepository().leadUsage(kind, id); used > 0)
        return VoidResult::failure(listKey(kind), tr("The %1 \"%2\" is used by %n lead(s); change them first.", nullptr, int(used))
                                                      .arg(singular(kind), item->name));
    if (VoidResult r = m_ws.referenceRepository().remove(kind, id); !r)
        return r;
    invalidate(kind);
    return {};
}

bool ReferenceService::allowsInlineCreation(RefKind kind) const
{
    if (kind == RefKind::Function)
        return !m_ws.options().restrictFunctions();
    return kind == RefKind::Tag || kind == RefKind::MarketingList;
}

Result<qint64> ReferenceService::resolve(RefKind kind, const QString &text, bool createMissing, qint64 parentId)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return qint64(0);
    ReferenceRepository &repo = m_ws.referenceRepository();
    if (kind == RefKind::Country && name.size() == 2)
        if (const qint64 id = repo.countryIdByCode(name))
            return id;
    if (const qint64 id = repo.idByNameKey(kind, Normalize::text(name), parentId))
        return id;
    if (createMissing && allowsInlineCreation(kind)) {
        // Typed on a lead (a new tag, a function): whoever adds leads may.
        if (Problems no = m_ws.access().check(Access::Action::CreateLead); !no.isEmpty())
            return no;
        auto added = insert(kind, ReferenceItem{0, name, {}, {}, parentId});
        if (!added)
            return added.problems();
        return added->id;
    }
    QString hint;
    if (kind == RefKind::Function && m_ws.options().restrictFunctions())
        hint = tr(" Functions are restricted to the predefined list.");
    return Result<qint64>::failure(listKey(kind), tr("There is no %1 named \"%2\".%3").arg(singular(kind), name, hint));
}

Result<City> ReferenceService::addCity(const City &city)
{
    if (Problems no = mayChange(RefKind::City); !no.isEmpty())
        return no;
    if (city.name.trimmed().isEmpty())
        return Result<City>::failure(QStringLiteral("name"), tr("A city needs a name."));
    if (m_ws.referenceRepository().cityId(Normalize::text(city.name), city.postalCode.trimmed(), city.countryId))
        return Result<City>::failure(QStringLiteral("name"), tr("The city \"%1\" (%2) already exists.").arg(city.name, city.postalCode));
    auto id = m_ws.referenceRepository().insertCity(city);
    if (!id)
        return id.problems();
    emit m_ws.referencesChanged(RefKind::City);
    return *m_ws.referenceRepository().city(id.value());
}

VoidResult ReferenceService::removeCity(qint64 id)
{
    if (Problems no = mayChange(RefKind::City); !no.isEmpty())
        return no;
    const auto city = m_ws.referenceRepository().city(id);
    if (!city)
        return VoidResult::failure(QStringLiteral("city"), tr("There is no city #%1.").arg(id));
    auto removed = m_ws.referenceRepository().removeCity(id);
    if (!removed)
        return removed.problems();
    if (!removed.value())
        return VoidResult::failure(QStringLiteral("city"), tr("The city \"%1\" is used by leads; change them first.").arg(city->name));
    emit m_ws.referencesChanged(RefKind::City);
    return {};
}

QList<City> ReferenceService::findCities(const QString &prefix, int limit) const
{
    return m_ws.referenceRepository().cities(Normalize::text(prefix), limit);
}

qint64 ReferenceService::cityCount() const { return m_ws.referenceRepository().cityCount(); }
