#pragma once

#include "reference.h"
#include "result.h"

#include <QString>

#include <functional>

class LeadCommands;
class Workspace;

/// The undo of configuration edits (options, reference lists, statuses):
/// the pages and their models push here a step for a change already made,
/// on the main window's undo stack (none in tests that build a page alone).
namespace ConfigUndo {

void setCommands(LeadCommands *commands);
void push(const QString &text, std::function<Problems()> redo, std::function<Problems()> undo);
/// The step of an entry of a reference list changed from `before` to
/// `after` (a rename, a colour, a code, a product's direction), following
/// the entry when an undone removal gave it a new id.
void pushUpdate(Workspace &ws, RefKind kind, const ReferenceItem &before, const ReferenceItem &after, const QString &text);

} // namespace ConfigUndo
