#pragma once

#include "result.h"

#include <QString>

#include <functional>

class LeadCommands;

/// The undo of configuration edits (options, reference lists, statuses):
/// the pages and their models push here a step for a change already made,
/// on the main window's undo stack (none in tests that build a page alone).
namespace ConfigUndo {

void setCommands(LeadCommands *commands);
void push(const QString &text, std::function<Problems()> redo, std::function<Problems()> undo);

} // namespace ConfigUndo
