#include "workspace.h"

#include "activityrepository.h"
#include "attachmentrepository.h"
#include "attachmentservice.h"
#include "contactrepository.h"
#include "conversionservice.h"
#include "duplicatefinder.h"
#include "duplicaterepository.h"
#include "emailrepository.h"
#include "emailservice.h"
#include "eventrepository.h"
#include "eventservice.h"
#include "lossservice.h"
#include "importjournal.h"
#include "importjournalrepository.h"
#include "mergerepository.h"
#include "mergeservice.h"
#include "opportunityrepository.h"
#include "postgresroles.h"
#include "partnerrepository.h"
#include "partnerservice.h"
#include "ticketrepository.h"
#include "ticketservice.h"
#include "leadcodec.h"
#include "leadrepository.h"
#include "leadservice.h"
#include "optionsrepository.h"
#include "optionsservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "statusrepository.h"
#include "statusservice.h"
#include "userrepository.h"
#include "userservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

Workspace::Workspace() = default;
Workspace::~Workspace() = default;

QString Workspace::osLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    login.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")));
    return login.isEmpty() ? QStringLiteral("user") : login;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const QString &login, UserCreation users)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    if (VoidResult r = ws->m_db.open(path); !r)
        return r.problems();
    Database &db = ws->m_db;
    ws->m_leadRepo = std::make_unique<LeadRepository>(db);
    ws->m_statusRepo = std::make_unique<StatusRepository>(db);
    ws->m_refRepo = std::make_unique<ReferenceRepository>(db);
    ws->m_userRepo = std::make_unique<UserRepository>(db);
    ws->m_optionsRepo = std::make_unique<OptionsRepository>(db);
    ws->m_activityRepo = std::make_unique<ActivityRepository>(db);
    ws->m_options = std::make_unique<OptionsService>(*ws);
    ws->m_users = std::make_unique<UserService>(*ws);
    ws->m_references = std::make_unique<ReferenceService>(*ws);
    ws->m_statuses = std::make_unique<StatusService>(*ws);
    ws->m_codec = std::make_unique<LeadCodec>(*ws);
    ws->m_leads = std::make_unique<LeadService>(*ws);
    ws->m_partnerRepo = std::make_unique<PartnerRepository>(db);
    ws->m_contactRepo = std::make_unique<ContactRepository>(db);
    ws->m_opportunityRepo = std::make_unique<OpportunityRepository>(db);
    ws->m_eventRepo = std::make_unique<EventRepository>(db);
    ws->m_emailRepo = std::make_unique<EmailRepository>(db);
    ws->m_attachmentRepo = std::make_unique<AttachmentRepository>(db);
    ws->m_ticketRepo = std::make_unique<TicketRepository>(db);
    ws->m_mergeRepo = std::make_unique<MergeRepository>(db);
    ws->m_duplicateRepo = std::make_unique<DuplicateRepository>(db);
    ws->m_partners = std::make_unique<PartnerService>(*ws);
    ws->m_conversions = std::make_unique<ConversionService>(*ws);
    ws->m_losses = std::make_unique<LossService>(*ws);
    ws->m_duplicates = std::make_unique<DuplicateFinder>(*ws);
    ws->m_merges = std::make_unique<MergeService>(*ws);
    ws->m_events = std::make_unique<EventService>(*ws);
    ws->m_emails = std::make_unique<EmailService>(*ws);
    ws->m_attachments = std::make_unique<AttachmentService>(*ws);
    ws->m_tickets = std::make_unique<TicketService>(*ws);
    ws->m_importJournalRepo = std::make_unique<ImportJournalRepository>(db);
    ws->m_importJournal = std::make_unique<ImportJournal>(*ws);

    // Reads never write: a login seen for the first time is created inside
    // the first write transaction (under the write lock, so two processes
    // using it at once create it once), or now when asked to.
    // Who may act: a known, active user; the OS login, who owns the file
    // and is its admin; or, in a file with no user yet, whoever creates it.
    QString actingLogin = login.isEmpty() ? osLogin() : login;
    // On a team server the login is the server's: the session acts as
    // itself, whatever --user says, unless it may act for anyone (the
    // schema's owner or a superuser: an administrator's scripts, the tests).
    if (db.isPostgres() && !PostgresRoles::actsForAnyone(db)) {
        const QString session = PostgresRoles::sessionLogin(db);
        if (!login.isEmpty() && login != session)
            return Problems{Problem{QStringLiteral("user"),
                                    tr("On %1 you act as the login you connect with (%2), not as %3.").arg(db.path(), session, login)}};
        actingLogin = session;
    }
    if (auto existing = ws->m_userRepo->findByLogin(actingLogin)) {
        if (!existing->active)
            return Problems{Problem{QStringLiteral("user"),
                                    tr("User %1 is deactivated: an admin can activate them again in Configuration > Users.")
                                        .arg(actingLogin)}};
        ws->m_currentUser = *existing;
    } else if ((!db.isPostgres() && actingLogin == osLogin()) || ws->m_userRepo->count() == 0) {
        ws->m_currentUser.login = actingLogin;
        ws->m_currentUser.name = actingLogin;
        ws->m_currentUser.role = Role::Admin;
    } else {
        return Problems{Problem{QStringLiteral("user"),
                                tr("There is no user %1 in %2: an admin adds users (Configuration > Users, or "
                                   "quarry-cli user add %1 --role ROLE).")
                                    .arg(actingLogin, ws->m_db.path())}};
    }
    ws->applyAccess();
    Workspace *raw = ws.get();
    db.setBeginHook([raw] { return raw->createCurrentUser(); });
    if (users == UserCreation::OnOpen)
        if (VoidResult r = ws->ensureCurrentUser(); !r)
            return r.problems();
    return ws;
}

void Workspace::setCurrentUser(const User &user)
{
    m_currentUser = user;
    applyAccess();
}

void Workspace::refreshAccess()
{
    if (m_currentUser.id != 0)
        if (auto fresh = m_userRepo->find(m_currentUser.id))
            m_currentUser = *fresh;
    applyAccess();
}

void Workspace::applyAccess()
{
    QList<qint64> members;
    for (qint64 team : std::as_const(m_currentUser.teamIds))
        for (qint64 u : m_userRepo->teamMembers(team))
            if (!members.contains(u))
                members << u;
    StatusService *statuses = m_statuses.get();
    m_access = Access(m_currentUser, members, [statuses](qint64 statusId) {
        const auto s = statuses->find(statusId);
        return s && s->isOpen;
    });
    m_leadRepo->setScope(m_access.visibleSql());
}

VoidResult Workspace::ensureCurrentUser()
{
    if (m_currentUser.id != 0)
        return {};
    Transaction tx(m_db); // its begin hook creates the user
    if (!tx.isActive())
        return tx.failure();
    return tx.commit();
}

VoidResult Workspace::createCurrentUser()
{
    if (m_currentUser.id != 0)
        return {};
    auto user = m_users->ensure(m_currentUser.login, Role::Admin);
    if (!user)
        return user.problems();
    m_currentUser = user.value();
    refreshAccess();
    return {};
}
