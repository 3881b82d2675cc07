#include "eventstab.h"

#include "eventservice.h"
#include "icons.h"
#include "leadcommands.h"
#include "undoids.h"
#include "scheduleeventdialog.h"
#include "userservice.h"
#include "workspace.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

namespace {
enum Column { Type, Subject, Start, End, State, Owner };

QString durationText(int minutes)
{
    if (minutes < 60)
        return EventsTab::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return EventsTab::tr("%1 h").arg(minutes / 60);
    return EventsTab::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}
} // namespace

EventsTab::EventsTab(Workspace &ws, QWidget *parent) : RecordListTab(ws, parent)
{
    setObjectName(QStringLiteral("eventsTab"));
    m_new = addButton(QStringLiteral("event"), tr("&New event…"), QStringLiteral("newEventButton"),
                      tr("Schedule a call, meeting or task on this lead"));
    m_edit = addButton(QStringLiteral("edit"), tr("&Edit…"), QStringLiteral("editEventButton"));
    m_done = addButton(QStringLiteral("check"), tr("Mark &done"), QStringLiteral("doneEventButton"));
    m_cancel = addButton(QStringLiteral("cancel"), tr("Ca&ncel event"), QStringLiteral("cancelEventButton"));
    m_buttons->addStretch(1);
    m_delete = addButton(QStringLiteral("delete"), tr("De&lete"), QStringLiteral("deleteEventButton"));
    setHeaders({tr("Type"), tr("Subject"), tr("Start"), tr("End"), tr("State"), tr("Owner")});
    list()->header()->resizeSection(Type, 100);
    list()->header()->resizeSection(Subject, 260);
    list()->header()->resizeSection(Start, dateColumnWidth());
    list()->header()->resizeSection(End, dateColumnWidth() + 40);
    list()->header()->resizeSection(State, 90);
    list()->sortByColumn(Start, Qt::DescendingOrder);
    connect(m_new, &QPushButton::clicked, this, &EventsTab::newEvent);
    connect(m_edit, &QPushButton::clicked, this, &EventsTab::editCurrent);
    connect(m_done, &QPushButton::clicked, this, [this] { markCurrent(Event::State::Done); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { markCurrent(Event::State::Cancelled); });
    connect(m_delete, &QPushButton::clicked, this, &EventsTab::removeCurrent);
    reload();
}

QString EventsTab::kindIcon(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Call: return QStringLiteral("phone");
    case Event::Kind::Meeting: return QStringLiteral("meeting");
    case Event::Kind::Task: return QStringLiteral("task");
    }
    return QStringLiteral("event");
}

QString EventsTab::kindText(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Call: return tr("Call");
    case Event::Kind::Meeting: return tr("Meeting");
    case Event::Kind::Task: return tr("Task");
    }
    return {};
}

QString EventsTab::stateText(Event::State state)
{
    switch (state) {
    case Event::State::Planned: return tr("Planned");
    case Event::State::Done: return tr("Done");
    case Event::State::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString EventsTab::unsavedHint() const
{
    return tr("Save the lead first: events are scheduled on a saved lead.");
}

QString EventsTab::readyHint() const
{
    if (lead().doNotCall)
        return tr("This lead is marked \"Do not call\": meetings and tasks only.");
    return {};
}

void EventsTab::fill()
{
    m_planned = 0;
    const QDateTime now = m_ws.now();
    for (const Event &e : m_ws.events().forLead(leadId())) {
        if (e.state == Event::State::Planned)
            ++m_planned;
        // The end's date only when it is not the start's day.
        const QDateTime endsAt = e.endsAt();
        const QString endText = endsAt.toLocalTime().date() == e.startsAt.toLocalTime().date()
                                    ? endsAt.toLocalTime().time().toString(QStringLiteral("HH:mm"))
                                    : when(endsAt);
        const QString end = tr("%1 (%2)").arg(endText, durationText(e.durationMinutes));
        QTreeWidgetItem *item = addRow(e.id,
                                       {kindText(e.kind), e.subject, when(e.startsAt), end, stateText(e.state), m_ws.users().nameOf(e.ownerId)},
                                       {QVariant(), QVariant(), e.startsAt, e.endsAt()});
        item->setIcon(Type, Icons::icon(kindIcon(e.kind)));
        if (e.state == Event::State::Done)
            item->setIcon(State, Icons::icon(QStringLiteral("check")));
        else if (e.state == Event::State::Cancelled)
            item->setIcon(State, Icons::icon(QStringLiteral("cancel")));
        if (e.state != Event::State::Planned) {
            for (int c = 0; c < list()->columnCount(); ++c)
                item->setForeground(c, QBrush(QColor(QStringLiteral("#7b8794"))));
        } else if (e.startsAt < now) {
            item->setForeground(Start, QBrush(QColor(QStringLiteral("#b03a2e")))); // overdue
            item->setToolTip(Start, tr("Overdue"));
        }
        if (!e.notes.isEmpty())
            item->setToolTip(Subject, e.notes);
    }
}

void EventsTab::updateActions()
{
    const qint64 id = currentId();
    const auto e = id ? m_ws.events().find(id) : std::nullopt;
    const bool planned = e && e->state == Event::State::Planned;
    m_new->setEnabled(canAdd());
    m_edit->setEnabled(e && canAdd());
    m_done->setEnabled(planned && canAdd());
    m_cancel->setEnabled(planned && canAdd());
    m_delete->setEnabled(e && canAdd());
}

namespace {

const QString Kind = QStringLiteral("event");

/// Adds `e` again (an undone removal, a redone creation): its new id is
/// known under the first one from then on.
Problems addAgain(Workspace &ws, Event e, qint64 firstId)
{
    e.id = 0;
    return UndoIds::addAgain(Kind, firstId, [&] { return ws.events().add(e); });
}

Problems removeNow(Workspace &ws, qint64 firstId)
{
    VoidResult r = ws.events().remove(UndoIds::current(Kind, firstId));
    return r ? Problems{} : r.problems();
}

Problems put(Workspace &ws, Event e, qint64 firstId)
{
    e.id = UndoIds::current(Kind, firstId);
    auto r = ws.events().update(e);
    return r ? Problems{} : r.problems();
}

} // namespace

void EventsTab::newEvent()
{
    if (!canAdd())
        return;
    clearMessage();
    QList<qint64> before;
    for (const Event &e : m_ws.events().forLead(leadId()))
        before << e.id;
    if (!ScheduleEventDialog::run(m_ws, {leadId()}, this) || !commands())
        return;
    for (const Event &e : m_ws.events().forLead(leadId())) {
        if (before.contains(e.id))
            continue;
        Workspace &ws = m_ws;
        commands()->pushAction(tr("Schedule \"%1\"").arg(e.subject), [&ws, e] { return addAgain(ws, e, e.id); },
                               [&ws, id = e.id] { return removeNow(ws, id); });
    }
}

void EventsTab::editCurrent()
{
    const auto e = m_ws.events().find(currentId());
    if (!e)
        return;
    clearMessage();
    if (!ScheduleEventDialog::edit(m_ws, *e, this) || !commands())
        return;
    const auto after = m_ws.events().find(e->id);
    if (!after)
        return;
    Workspace &ws = m_ws;
    commands()->pushAction(tr("Edit \"%1\"").arg(after->subject), [&ws, a = *after] { return put(ws, a, a.id); },
                           [&ws, b = *e] { return put(ws, b, b.id); });
}

bool EventsTab::markCurrent(Event::State state)
{
    const qint64 id = currentId();
    if (!id)
        return false;
    clearMessage();
    const auto before = m_ws.events().find(id);
    auto r = m_ws.events().setState(id, state);
    if (!r) {
        showProblems(tr("The event was not changed:"), r.problems());
        return false;
    }
    if (commands() && before) {
        Workspace &ws = m_ws;
        auto setTo = [&ws, id](Event::State s) -> Problems {
            auto done = ws.events().setState(UndoIds::current(Kind, id), s);
            return done ? Problems{} : done.problems();
        };
        commands()->pushAction(state == Event::State::Done ? tr("Mark \"%1\" done").arg(before->subject)
                               : state == Event::State::Cancelled ? tr("Cancel \"%1\"").arg(before->subject)
                                                                  : tr("Plan \"%1\" again").arg(before->subject),
                               [setTo, state] { return setTo(state); }, [setTo, was = before->state] { return setTo(was); });
    }
    return true;
}

bool EventsTab::removeCurrent()
{
    const auto e = m_ws.events().find(currentId());
    if (!e || !canAdd())
        return false;
    if (!confirm(tr("Delete event"), tr("Delete the %1 \"%2\" of %3?").arg(kindText(e->kind).toLower(), e->subject, when(e->startsAt))))
        return false;
    clearMessage();
    auto r = m_ws.events().remove(e->id);
    if (!r) {
        showProblems(tr("The event was not deleted:"), r.problems());
        return false;
    }
    if (commands()) {
        Workspace &ws = m_ws;
        commands()->pushAction(tr("Delete \"%1\"").arg(e->subject), [&ws, id = e->id] { return removeNow(ws, id); },
                               [&ws, copy = *e] { return addAgain(ws, copy, copy.id); });
    }
    return true;
}
