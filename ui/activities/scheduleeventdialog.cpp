#include "scheduleeventdialog.h"

#include "eventservice.h"
#include "eventstab.h"
#include "icons.h"
#include "leadservice.h"
#include "messagebanner.h"
#include "userservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

/// The next full hour after `now`, in local time: a sensible default start.
QDateTime nextHour(const QDateTime &now)
{
    QDateTime local = now.toLocalTime();
    local.setTime(QTime(local.time().hour(), 0));
    return local.addSecs(3600);
}

} // namespace

ScheduleEventDialog::ScheduleEventDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_leadIds(leadIds)
{
    m_event.startsAt = nextHour(ws.now());
    m_event.ownerId = ws.currentUserId();
    // A lead that takes no calls starts on a meeting rather than on a refusal.
    if (leadIds.size() == 1)
        if (auto lead = ws.leads().get(leadIds.first()); lead && lead->doNotCall)
            m_event.kind = Event::Kind::Meeting;
    build();
}

ScheduleEventDialog::ScheduleEventDialog(Workspace &ws, const Event &event, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_leadIds({event.leadId}), m_event(event), m_editing(true)
{
    build();
}

void ScheduleEventDialog::build()
{
    setObjectName(QStringLiteral("scheduleEventDialog"));
    setWindowTitle(m_editing ? tr("Edit event") : tr("Schedule an event"));
    setWindowIcon(Icons::icon(QStringLiteral("event")));

    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("eventBanner"));
    layout->addWidget(m_banner);
    m_leads = new QLabel(this);
    m_leads->setObjectName(QStringLiteral("eventLeads"));
    m_leads->setWordWrap(true);
    layout->addWidget(m_leads);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, const QString &field, QWidget *editor) {
        auto *l = new QLabel(label, this);
        l->setBuddy(editor);
        form->addRow(l, field.isEmpty() ? editor : m_problems.wrap(field, editor));
    };

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_kind->addItem(Icons::icon(EventsTab::kindIcon(Event::Kind::Call)), tr("Call"), int(Event::Kind::Call));
    m_kind->addItem(Icons::icon(EventsTab::kindIcon(Event::Kind::Meeting)), tr("Meeting"), int(Event::Kind::Meeting));
    m_kind->addItem(Icons::icon(EventsTab::kindIcon(Event::Kind::Task)), tr("Task"), int(Event::Kind::Task));
    addRow(tr("&Type:"), QStringLiteral("kind"), m_kind);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("eventSubject"));
    m_subject->setPlaceholderText(tr("What is it about?"));
    m_subject->setMinimumWidth(320);
    addRow(tr("&Subject:"), QStringLiteral("subject"), m_subject);

    const QString format = QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("eventStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(format);
    addRow(tr("S&tart:"), QStringLiteral("start"), m_start);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("eventDuration"));
    m_duration->setRange(0, 60 * 24 * 31);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccelerated(true);
    m_end = new QDateTimeEdit(this);
    m_end->setObjectName(QStringLiteral("eventEnd"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(format);
    addRow(tr("&Duration:"), QStringLiteral("duration"), m_duration);
    addRow(tr("&Ends:"), QStringLiteral("end"), m_end);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("eventOwner"));
    addRow(tr("&Owner:"), QStringLiteral("owner"), m_owner);

    if (m_editing) {
        m_state = new QComboBox(this);
        m_state->setObjectName(QStringLiteral("eventState"));
        m_state->addItem(tr("Planned"), int(Event::State::Planned));
        m_state->addItem(Icons::icon(QStringLiteral("check")), tr("Done"), int(Event::State::Done));
        m_state->addItem(Icons::icon(QStringLiteral("cancel")), tr("Cancelled"), int(Event::State::Cancelled));
        m_state->setCurrentIndex(m_state->findData(int(m_event.state)));
        addRow(tr("St&ate:"), QStringLiteral("state"), m_state);
    }

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("eventNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    addRow(tr("&Notes:"), QString(), m_notes);
    layout->addLayout(form, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_editing ? tr("&Save") : tr("&Schedule"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("eventSave"));
    m_save->setIcon(Icons::icon(m_editing ? QStringLiteral("save") : QStringLiteral("event")));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &ScheduleEventDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Duration and end are two views of one value: editing one moves the other.
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ScheduleEventDialog::syncEnd);
    connect(m_duration, &QSpinBox::valueChanged, this, &ScheduleEventDialog::syncEnd);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ScheduleEventDialog::syncDuration);

    setKind(m_event.kind);
    m_subject->setText(m_event.subject);
    m_duration->setValue(m_event.durationMinutes);
    m_start->setDateTime(m_event.startsAt.toLocalTime());
    syncEnd();
    fillOwners(m_event.ownerId);
    m_notes->setPlainText(m_event.notes);
    refreshLeads();
    m_subject->setFocus();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

bool ScheduleEventDialog::run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
{
    if (leadIds.isEmpty())
        return false;
    ScheduleEventDialog dialog(ws, leadIds, parent);
    dialog.exec();
    return !dialog.saved().isEmpty();
}

bool ScheduleEventDialog::edit(Workspace &ws, const Event &event, QWidget *parent)
{
    ScheduleEventDialog dialog(ws, event, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ScheduleEventDialog::fillOwners(qint64 selected)
{
    m_owner->clear();
    for (const User &u : m_ws.users().active())
        m_owner->addItem(Icons::icon(QStringLiteral("user")), u.name, u.id);
    if (selected && m_owner->findData(selected) < 0)
        m_owner->addItem(Icons::icon(QStringLiteral("user")), tr("%1 (inactive)").arg(m_ws.users().nameOf(selected)), selected);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(selected)));
}

QString ScheduleEventDialog::leadName(qint64 leadId) const
{
    const auto lead = m_ws.leads().get(leadId);
    return lead ? lead->displayName() : tr("Lead #%1").arg(leadId);
}

void ScheduleEventDialog::refreshLeads()
{
    QStringList names;
    for (qint64 id : std::as_const(m_leadIds)) {
        if (names.size() == 5) {
            names << tr("and %n more", nullptr, int(m_leadIds.size() - 5));
            break;
        }
        names << leadName(id);
    }
    if (m_leadIds.size() == 1)
        m_leads->setText(tr("Lead: <b>%1</b>").arg(names.value(0).toHtmlEscaped()));
    else
        m_leads->setText(tr("One event on each of %n lead(s): %1", nullptr, int(m_leadIds.size()))
                             .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_save->setEnabled(!m_leadIds.isEmpty());
}

void ScheduleEventDialog::syncEnd()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_end->setDateTime(m_start->dateTime().addSecs(qint64(m_duration->value()) * 60));
    m_syncing = false;
}

void ScheduleEventDialog::syncDuration()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const qint64 minutes = m_start->dateTime().secsTo(m_end->dateTime()) / 60;
    // An end before the start is left for the core to refuse at the end field.
    if (minutes >= 0 && minutes <= m_duration->maximum())
        m_duration->setValue(int(minutes));
    m_syncing = false;
}

void ScheduleEventDialog::setKind(Event::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ScheduleEventDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void ScheduleEventDialog::setStart(const QDateTime &start)
{
    m_start->setDateTime(start.toLocalTime());
}

void ScheduleEventDialog::setDuration(int minutes)
{
    m_duration->setValue(minutes);
}

void ScheduleEventDialog::setEnd(const QDateTime &end)
{
    m_end->setDateTime(end.toLocalTime());
}

void ScheduleEventDialog::setOwner(qint64 userId)
{
    fillOwners(userId);
}

void ScheduleEventDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

Event ScheduleEventDialog::event() const
{
    Event e = m_event;
    e.leadId = m_leadIds.value(0);
    e.kind = Event::Kind(m_kind->currentData().toInt());
    e.subject = m_subject->text();
    e.startsAt = m_start->dateTime();
    EventService::setEnd(e, m_end->dateTime());
    e.ownerId = m_owner->currentData().toLongLong();
    e.notes = m_notes->toPlainText();
    if (m_state)
        e.state = Event::State(m_state->currentData().toInt());
    return e;
}

bool ScheduleEventDialog::save()
{
    m_problems.clear();
    m_banner->clear();
    m_refusals.clear();
    const Event base = event();
    auto showRest = [this](const Problems &problems) {
        const Problems rest = m_problems.show(problems);
        if (!rest.isEmpty()) {
            QList<MessageBanner::Line> lines;
            for (const Problem &p : rest)
                lines << MessageBanner::Line{p.message, {}};
            m_banner->showMessage(MessageBanner::Kind::Error, tr("The event was not saved:"), lines);
        }
    };

    if (m_editing || m_leadIds.size() == 1) {
        auto r = m_editing ? m_ws.events().update(base) : m_ws.events().add(base);
        if (!r) {
            showRest(r.problems());
            return false;
        }
        m_saved << r.value();
        accept();
        return true;
    }

    // Several leads: what is wrong with the event itself is shown first and
    // nothing is saved; then each lead may still refuse (do-not-call).
    if (const Problems general = m_ws.events().validate(base, Lead()); !general.isEmpty()) {
        showRest(general);
        return false;
    }
    QList<qint64> refused;
    const qsizetype total = m_leadIds.size();
    for (qint64 id : std::as_const(m_leadIds)) {
        Event e = base;
        e.leadId = id;
        auto r = m_ws.events().add(e);
        if (r) {
            m_saved << r.value();
            continue;
        }
        refused << id;
        const QString name = leadName(id);
        QStringList messages;
        for (const Problem &p : r.problems())
            messages << p.message;
        const QString message = messages.join(QLatin1Char(' '));
        m_refusals << (message.contains(name) ? message : tr("%1: %2").arg(name, message));
    }
    m_leadIds = refused;
    if (refused.isEmpty()) {
        accept();
        return true;
    }
    QList<MessageBanner::Line> lines;
    for (const QString &r : std::as_const(m_refusals))
        lines << MessageBanner::Line{r, {}};
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("Scheduled on %1 of %2 leads. Not scheduled on these (change the event and try again, or close):")
                              .arg(total - refused.size())
                              .arg(total),
                          lines);
    refreshLeads();
    return false;
}
