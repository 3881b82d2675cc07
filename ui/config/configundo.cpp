#include "configundo.h"

#include "leadcommands.h"
#include "referenceservice.h"
#include "undoids.h"
#include "workspace.h"

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

void pushUpdate(Workspace &ws, RefKind kind, const ReferenceItem &before, const ReferenceItem &after, const QString &text)
{
    auto put = [&ws, kind](ReferenceItem i) -> Problems {
        i.id = UndoIds::current(QStringLiteral("ref-%1").arg(int(kind)), i.id);
        VoidResult r = ws.references().update(kind, i);
        return r ? Problems{} : r.problems();
    };
    push(text, [put, after] { return put(after); }, [put, before] { return put(before); });
}

} // namespace ConfigUndo
