#include "configundo.h"

#include "leadcommands.h"

#include <QPointer>

namespace ConfigUndo {

namespace {
QPointer<LeadCommands> &target()
{
    static QPointer<LeadCommands> commands;
    return commands;
}
} // namespace

void setCommands(LeadCommands *commands)
{
    target() = commands;
}

void push(const QString &text, std::function<Problems()> redo, std::function<Problems()> undo)
{
    if (LeadCommands *c = target())
        c->pushAction(text, std::move(redo), std::move(undo));
}

} // namespace ConfigUndo
