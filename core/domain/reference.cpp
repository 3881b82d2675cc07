#include "reference.h"

#include <QtGlobal>

const QList<RefListInfo> &referenceLists()
{
    static const QList<RefListInfo> lists = {
        {RefKind::Industry, "industries", QT_TRANSLATE_NOOP("RefList", "Industries"), true},
        {RefKind::Function, "functions", QT_TRANSLATE_NOOP("RefList", "Contact functions"), true},
        {RefKind::Department, "departments", QT_TRANSLATE_NOOP("RefList", "Departments"), true},
        {RefKind::Source, "sources", QT_TRANSLATE_NOOP("RefList", "Lead sources"), true},
        {RefKind::Category, "categories", QT_TRANSLATE_NOOP("RefList", "Categories"), true},
        {RefKind::Tag, "tags", QT_TRANSLATE_NOOP("RefList", "Tags"), false},
        {RefKind::LossReason, "loss_reasons", QT_TRANSLATE_NOOP("RefList", "Loss reasons"), true},
        {RefKind::Country, "countries", QT_TRANSLATE_NOOP("RefList", "Countries"), false},
        {RefKind::Team, "teams", QT_TRANSLATE_NOOP("RefList", "Teams"), true},
        {RefKind::Agency, "agencies", QT_TRANSLATE_NOOP("RefList", "Agencies"), true},
        {RefKind::Company, "companies", QT_TRANSLATE_NOOP("RefList", "Companies"), true},
        {RefKind::SalesDirection, "sales_directions", QT_TRANSLATE_NOOP("RefList", "Sales directions"), true},
        {RefKind::Product, "products", QT_TRANSLATE_NOOP("RefList", "Products and services"), false},
        {RefKind::Campaign, "campaigns", QT_TRANSLATE_NOOP("RefList", "Marketing campaigns"), true},
        {RefKind::DistributionChannel, "distribution_channels", QT_TRANSLATE_NOOP("RefList", "Content distribution channels"), true},
        {RefKind::Location, "locations", QT_TRANSLATE_NOOP("RefList", "Locations"), true},
        {RefKind::MarketingList, "marketing_lists", QT_TRANSLATE_NOOP("RefList", "Marketing lists"), true},
    };
    return lists;
}

const RefListInfo *refListInfo(RefKind kind)
{
    for (const RefListInfo &info : referenceLists())
        if (info.kind == kind)
            return &info;
    return nullptr;
}

const RefListInfo *refListInfo(const QString &key)
{
    for (const RefListInfo &info : referenceLists())
        if (key == QLatin1String(info.key))
            return &info;
    return nullptr;
}
