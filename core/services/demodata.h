#pragma once

#include "result.h"

class Workspace;

/// Realistic, deterministic demo data for a fresh database: a few demo
/// users, reference lists (functions, industries, tags with colours,
/// campaigns, marketing lists, products, cities) and a few hundred leads
/// with international names (accents included), companies, several emails
/// and phones, tags, scores, owners and statuses spread over the kanban,
/// created over the last six months. The same seed gives the same data.
namespace DemoData {

struct Options
{
    int leads = 300;
    quint32 seed = 20260302;
};

/// Fills the workspace, all or nothing. Refused (problem on "leads") when
/// the database already has leads: demo data never mixes with real data.
/// Returns how many leads were created.
Result<int> fill(Workspace &ws, const Options &options = {});

} // namespace DemoData
