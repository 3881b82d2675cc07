#pragma once

#include "figure.h"

#include <QList>
#include <QString>

class Workspace;

/// Quarry's side of the figures, measured through the models and services the
/// desktop app binds to (never through SQL).
namespace QuarryFigures {

/// CSV import through ImportService (duplicates created: no lookups).
double importCsvMs(Workspace &ws, const QString &csvPath, qint64 *imported, QString *error, double *cpuMs);

/// Grid: open (count + first rows), jump to the end and the middle, sort by
/// each indexed column (and jump in that order), in ms.
QList<Figure> grid(Workspace &ws, int runs);
/// Search as you type: each keystroke of a prefix, and whole words.
QList<Figure> search(Workspace &ws, int runs);
/// Kanban: open with counts and first cards; a status change by drop.
QList<Figure> kanban(Workspace &ws, int runs);
/// Duplicate groups over every lead on one field set.
double duplicatesMs(Workspace &ws, const QStringList &fields, int runs, qint64 *groups, double *cpuMs);

/// Walks every row of the grid model (the child process of the memory figure).
qint64 walkAllRows(Workspace &ws);

} // namespace QuarryFigures
