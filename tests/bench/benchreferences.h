#pragma once

#include <QHash>
#include <QString>

class Workspace;

/// The reference ids the generated leads point to (statuses by name, bench
/// users by login, tags by name, countries by code), created when missing.
/// The same calls on two fresh files give the same ids.
struct BenchReferences
{
    QHash<QString, qint64> statuses;
    QHash<QString, qint64> owners;
    QHash<QString, qint64> tags;
    QHash<QString, qint64> countries;
    qint64 creator = 0;

    static BenchReferences prepare(Workspace &ws);
};
