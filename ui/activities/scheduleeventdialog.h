#pragma once

#include "event.h"
#include "activityfieldproblems.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Workspace;

/// Schedules a call, meeting or task on one lead or on each of several
/// (from the grid), or edits one event. Type, subject, start, duration or
/// end (kept in step), owner, notes, and the state when editing. The core
/// refuses a call on a do-not-call lead: with one lead the refusal shows at
/// the type, with several the others get their event and the refused leads
/// stay in the dialog, listed by name.
class ScheduleEventDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new event on each of `leadIds`.
    ScheduleEventDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent = nullptr);
    /// Edits `event`.
    ScheduleEventDialog(Workspace &ws, const Event &event, QWidget *parent = nullptr);

    /// Opens the dialog for new events on `leadIds`; true when any was scheduled.
    static bool run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent);
    /// Opens the dialog on an existing event; true when it was saved.
    static bool edit(Workspace &ws, const Event &event, QWidget *parent);

    /// The event as the fields describe it (for the first lead).
    Event event() const;
    void setKind(Event::Kind kind);
    void setSubject(const QString &subject);
    void setStart(const QDateTime &start);
    void setDuration(int minutes);
    void setEnd(const QDateTime &end);
    void setOwner(qint64 userId);
    void setNotes(const QString &notes);

    /// Saves (the Save button): true when every lead got its event, and the
    /// dialog is accepted; otherwise the problems are shown and the leads
    /// still without an event stay.
    bool save();

    /// The leads still to schedule (the refused ones after a partial save).
    QList<qint64> leadIds() const { return m_leadIds; }
    /// The events saved so far.
    const QList<Event> &saved() const { return m_saved; }
    /// Refusals of the last save, by lead: "Name: message".
    const QStringList &refusals() const { return m_refusals; }
    /// The message shown at a field (empty: none), for tests.
    QString problemAt(const QString &field) const { return m_problems.message(field); }
    MessageBanner *banner() const { return m_banner; }

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *durationSpin() const { return m_duration; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QComboBox *ownerCombo() const { return m_owner; }
    QPushButton *saveButton() const { return m_save; }

private:
    void build();
    void fillOwners(qint64 selected);
    void refreshLeads();
    void syncEnd();
    void syncDuration();
    QString leadName(qint64 leadId) const;

    Workspace &m_ws;
    QList<qint64> m_leadIds;
    Event m_event; // the edited event, or the defaults of new ones
    bool m_editing = false;
    bool m_syncing = false;
    QList<Event> m_saved;
    QStringList m_refusals;
    ActivityFieldProblems m_problems;

    MessageBanner *m_banner = nullptr;
    QLabel *m_leads = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_duration = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_state = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
};
