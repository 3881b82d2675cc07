#pragma once

#include "access.h"
#include "database.h"
#include "reference.h"
#include "result.h"
#include "user.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class LeadRepository;
class StatusRepository;
class ReferenceRepository;
class UserRepository;
class OptionsRepository;
class ActivityRepository;
class LeadService;
class StatusService;
class ReferenceService;
class UserService;
class OptionsService;
class LeadCodec;
class PartnerRepository;
class ContactRepository;
class OpportunityRepository;
class EventRepository;
class EmailRepository;
class AttachmentRepository;
class TicketRepository;
class MergeRepository;
class DuplicateRepository;
class PartnerService;
class ConversionService;
class LossService;
class DuplicateFinder;
class MergeService;
class EventService;
class EmailService;
class AttachmentService;
class TicketService;
class ImportJournalRepository;
class ImportJournal;

/// One open Quarry database with its repositories and services, wired here
/// by hand, and the one place views learn of changes: services announce
/// every write through these signals, so grid, kanban and form stay in step
/// without knowing each other.
class Workspace : public QObject
{
    Q_OBJECT
public:
    /// When the acting user is created in the database on their first use.
    enum class UserCreation {
        OnOpen,       ///< when the workspace opens (the desktop app, tests)
        OnFirstWrite, ///< inside the first write transaction: reads never write (quarry-cli)
    };

    /// Opens (creating and migrating) the database at `path` and makes the
    /// user `login` current (created on first use; admin when first).
    /// An empty login means the OS login.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const QString &login = {},
                                                   UserCreation users = UserCreation::OnOpen);
    ~Workspace() override;

    Database &database() { return m_db; }
    LeadRepository &leadRepository() { return *m_leadRepo; }
    StatusRepository &statusRepository() { return *m_statusRepo; }
    ReferenceRepository &referenceRepository() { return *m_refRepo; }
    UserRepository &userRepository() { return *m_userRepo; }
    OptionsRepository &optionsRepository() { return *m_optionsRepo; }
    ActivityRepository &activityRepository() { return *m_activityRepo; }

    LeadService &leads() { return *m_leads; }
    StatusService &statuses() { return *m_statuses; }
    ReferenceService &references() { return *m_references; }
    UserService &users() { return *m_users; }
    OptionsService &options() { return *m_options; }
    LeadCodec &codec() { return *m_codec; }

    // Lead workflows: convert, lose, duplicates and merge, events, emails,
    // attachments, tickets, and the partners a conversion produces.
    PartnerRepository &partnerRepository() { return *m_partnerRepo; }
    ContactRepository &contactRepository() { return *m_contactRepo; }
    OpportunityRepository &opportunityRepository() { return *m_opportunityRepo; }
    EventRepository &eventRepository() { return *m_eventRepo; }
    EmailRepository &emailRepository() { return *m_emailRepo; }
    AttachmentRepository &attachmentRepository() { return *m_attachmentRepo; }
    TicketRepository &ticketRepository() { return *m_ticketRepo; }
    MergeRepository &mergeRepository() { return *m_mergeRepo; }
    DuplicateRepository &duplicateRepository() { return *m_duplicateRepo; }
    PartnerService &partners() { return *m_partners; }
    ConversionService &conversions() { return *m_conversions; }
    LossService &losses() { return *m_losses; }
    DuplicateFinder &duplicates() { return *m_duplicates; }
    MergeService &merges() { return *m_merges; }
    EventService &events() { return *m_events; }
    EmailService &emails() { return *m_emails; }
    AttachmentService &attachments() { return *m_attachments; }
    TicketService &tickets() { return *m_tickets; }
    /// The import journal: what each import created and replaced, and its undo.
    ImportJournalRepository &importJournalRepository() { return *m_importJournalRepo; }
    ImportJournal &importJournal() { return *m_importJournal; }

    /// The acting user. With UserCreation::OnFirstWrite a login new to the
    /// database has id 0 until the first write transaction begins.
    const User &currentUser() const { return m_currentUser; }
    qint64 currentUserId() const { return m_currentUser.id; }
    void setCurrentUser(const User &user);
    /// What the acting user may see and do; every service asks it, and the
    /// lead reads apply what it sees.
    const Access &access() const { return m_access; }
    /// Reads the acting user's role and teams again (after an admin changed
    /// them) and applies what they now see.
    void refreshAccess();
    /// Creates the acting user in the database now if it does not have them
    /// yet (`quarry-cli init`, opening with UserCreation::OnOpen).
    VoidResult ensureCurrentUser();

    /// The clock every service reads; tests replace it.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The clock as set (empty: the system clock), so a caller can put it back.
    std::function<QDateTime()> clock() const { return m_clock; }

    /// The OS login, for the default user.
    static QString osLogin();

signals:
    void leadsAdded(const QList<qint64> &ids);
    void leadsChanged(const QList<qint64> &ids);
    void leadsRemoved(const QList<qint64> &ids);
    /// Many leads changed at once (import, merge undo): views reload.
    void leadsReset();
    void statusesChanged();
    void referencesChanged(RefKind kind);
    void usersChanged();
    void optionsChanged();

private:
    Workspace();
    /// The begin hook of every write transaction: creates the acting user
    /// when the database does not have them yet.
    VoidResult createCurrentUser();
    /// Builds what the acting user may do from m_currentUser and applies it.
    void applyAccess();

    Database m_db;
    std::unique_ptr<LeadRepository> m_leadRepo;
    std::unique_ptr<StatusRepository> m_statusRepo;
    std::unique_ptr<ReferenceRepository> m_refRepo;
    std::unique_ptr<UserRepository> m_userRepo;
    std::unique_ptr<OptionsRepository> m_optionsRepo;
    std::unique_ptr<ActivityRepository> m_activityRepo;
    std::unique_ptr<OptionsService> m_options;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ReferenceService> m_references;
    std::unique_ptr<StatusService> m_statuses;
    std::unique_ptr<LeadCodec> m_codec;
    std::unique_ptr<LeadService> m_leads;
    std::unique_ptr<PartnerRepository> m_partnerRepo;
    std::unique_ptr<ContactRepository> m_contactRepo;
    std::unique_ptr<OpportunityRepository> m_opportunityRepo;
    std::unique_ptr<EventRepository> m_eventRepo;
    std::unique_ptr<EmailRepository> m_emailRepo;
    std::unique_ptr<AttachmentRepository> m_attachmentRepo;
    std::unique_ptr<TicketRepository> m_ticketRepo;
    std::unique_ptr<MergeRepository> m_mergeRepo;
    std::unique_ptr<DuplicateRepository> m_duplicateRepo;
    std::unique_ptr<PartnerService> m_partners;
    std::unique_ptr<ConversionService> m_conversions;
    std::unique_ptr<LossService> m_losses;
    std::unique_ptr<DuplicateFinder> m_duplicates;
    std::unique_ptr<MergeService> m_merges;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<EmailService> m_emails;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<ImportJournalRepository> m_importJournalRepo;
    std::unique_ptr<ImportJournal> m_importJournal;
    User m_currentUser;
    Access m_access;
    std::function<QDateTime()> m_clock;
};
