#include "leadservice.h"

#include "activityrepository.h"
#include "duplicaterepository.h"
#include "fieldlimits.h"
#include "leadcodec.h"
#include "leadfield.h"
#include "leadrepository.h"
#include "normalize.h"
#include "optionsservice.h"
#include "referencerepository.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("LeadService", s, disambiguation, n);
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]{2,}$"));
    return re.match(email.trimmed()).hasMatch();
}

bool isValidWebsite(const QString &text)
{
    QString t = text.trimmed();
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const QString host = url.host();
    return host.contains(QLatin1Char('.')) && !host.startsWith(QLatin1Char('.')) && !host.endsWith(QLatin1Char('.'))
           && !text.contains(QLatin1Char(' '));
}

/// How far a chosen term puts the estimated closing date.
QDate closingDateFor(const QString &terms, const QDate &today)
{
    if (terms == QLatin1String("under_1_month")) return today.addMonths(1);
    if (terms == QLatin1String("1_3_months")) return today.addMonths(3);
    if (terms == QLatin1String("3_6_months")) return today.addMonths(6);
    if (terms == QLatin1String("6_12_months")) return today.addMonths(12);
    if (terms == QLatin1String("over_1_year")) return today.addMonths(18);
    return {};
}
} // namespace

LeadService::LeadService(Workspace &ws) : m_ws(ws) {}

bool LeadService::isConverted(const Lead &lead) const
{
    return lead.statusId != 0 && lead.statusId == m_ws.statuses().idOf(StatusRole::Converted);
}

bool LeadService::isLost(const Lead &lead) const
{
    return lead.statusId != 0 && lead.statusId == m_ws.statuses().idOf(StatusRole::Lost);
}

Problems LeadService::validate(const Lead &lead, const Lead *before) const
{
    // Lengths, control characters and numbers first: the rules below may
    // quote the values.
    Problems p = FieldLimits::checkLead(lead);
    auto add = [&p](const QString &field, const QString &message) { p << Problem{field, message}; };

    if (lead.lastName.trimmed().isEmpty() && lead.company.trimmed().isEmpty())
        add(QStringLiteral("last_name"), tr("A lead needs at least a last name or a company name."));
    for (const QString &key : m_ws.options().requiredFields()) {
        const LeadField *f = leadField(key);
        if (f && f->isBlank(lead))
            add(f->key, tr("%1 is required.").arg(f->translatedLabel()));
    }

    auto checkEmails = [&](const QString &field, const QStringList &emails) {
        for (const QString &e : emails)
            if (!isValidEmail(e))
                add(field, tr("\"%1\" is not a valid email address.").arg(e));
    };
    checkEmails(QStringLiteral("email"), lead.emails);
    checkEmails(QStringLiteral("billing_email"), lead.billingEmails);

    QString region;
    if (lead.countryId) {
        const auto country = m_ws.references().find(RefKind::Country, lead.countryId);
        if (!country)
            add(QStringLiteral("country"), tr("The country #%1 does not exist.").arg(lead.countryId));
        else
            region = country->code;
    }
    for (const QString &ph : lead.phones)
        if (!Normalize::isValidPhone(ph, region))
            add(QStringLiteral("phone"), tr("\"%1\" is not a valid phone number.").arg(ph));
    if (!lead.mobile.trimmed().isEmpty() && !Normalize::isValidPhone(lead.mobile, region))
        add(QStringLiteral("mobile"), tr("\"%1\" is not a valid phone number.").arg(lead.mobile));

    if (!lead.tin.trimmed().isEmpty()) {
        static const QRegularExpression tinChars(QStringLiteral("^[0-9 .\\-]+$"));
        const int n = int(Normalize::digits(lead.tin).size());
        if (!tinChars.match(lead.tin.trimmed()).hasMatch() || (n != 9 && n != 10 && n != 12))
            add(QStringLiteral("tin"), tr("The company TIN must have 9, 10 or 12 digits; \"%1\" does not.").arg(lead.tin));
    }
    if (!lead.website.trimmed().isEmpty() && !isValidWebsite(lead.website))
        add(QStringLiteral("website"), tr("\"%1\" is not a website address.").arg(lead.website));
    if (lead.score < 0 || lead.score > 5)
        add(QStringLiteral("score"), tr("Lead scoring is from 0 to 5 stars; %1 is out of range.").arg(lead.score));
    if (lead.latitude && (*lead.latitude < -90 || *lead.latitude > 90))
        add(QStringLiteral("latitude"), tr("The latitude must be between -90 and 90."));
    if (lead.longitude && (*lead.longitude < -180 || *lead.longitude > 180))
        add(QStringLiteral("longitude"), tr("The longitude must be between -180 and 180."));
    if (lead.latitude.has_value() != lead.longitude.has_value())
        add(lead.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
            tr("Geographic coordinates need both a latitude and a longitude."));
    for (const auto &[key, value] : {std::pair{QStringLiteral("estimated_amount"), lead.estimatedAmount},
                                     std::pair{QStringLiteral("budget"), lead.budget},
                                     std::pair{QStringLiteral("deal_value"), lead.dealValue}})
        if (value && *value < 0)
            add(key, tr("%1 cannot be negative.").arg(leadField(key)->translatedLabel()));
    if (lead.budget && !lead.budgetSet)
        add(QStringLiteral("budget"), tr("The exact budget is given only when \"Budget is set\" is ticked."));

    // Choices, references and lists must point at what exists.
    for (const LeadField &f : leadFields()) {
        const QVariant v = f.get(lead);
        if (f.kind == FieldKind::Choice && !v.toString().isEmpty()) {
            bool known = false;
            for (const FieldChoice &c : f.choices)
                known = known || v.toString() == QLatin1String(c.key);
            if (!known)
                add(f.key, tr("%1: \"%2\" is not one of the allowed values.").arg(f.translatedLabel(), v.toString()));
        } else if (f.kind == FieldKind::Reference && v.toLongLong() != 0 && f.ref != RefKind::None && f.ref != RefKind::Country
                   && !referenceExists(m_ws.database(), f.ref, v.toLongLong())) {
            add(f.key, tr("%1: the record #%2 does not exist.").arg(f.translatedLabel()).arg(v.toLongLong()));
        } else if (f.kind == FieldKind::RefList) {
            for (qint64 id : v.value<QList<qint64>>())
                if (!referenceExists(m_ws.database(), f.ref, id))
                    add(f.key, tr("%1: the record #%2 does not exist.").arg(f.translatedLabel()).arg(id));
        }
    }

    if (lead.productId) {
        const auto product = m_ws.references().find(RefKind::Product, lead.productId);
        if (lead.salesDirectionId == 0)
            add(QStringLiteral("product"), tr("Choose a sales direction before a product or service."));
        else if (product && product->parentId != lead.salesDirectionId)
            add(QStringLiteral("product"), tr("\"%1\" is not a product of the chosen sales direction.").arg(product->name));
    }
    if (!lead.contactLevel.isEmpty() && lead.contactLevel != QLatin1String(LeadChoice::DecidesAlone)
        && lead.decisionMaker.trimmed().isEmpty())
        add(QStringLiteral("decision_maker"), tr("Name the decision maker: the contact person does not decide alone."));
    if (lead.agencyId && !m_ws.options().agenciesManagement())
        add(QStringLiteral("agency"), tr("Agencies management is off in the CRM options."));
    if (lead.contactId && lead.partnerId) {
        const qint64 owner = contactPartnerId(m_ws.database(), lead.contactId);
        if (owner != 0 && owner != lead.partnerId)
            add(QStringLiteral("contact"), tr("The existing contact does not belong to the existing company."));
    }
    if (lead.channelContactId && lead.channelPartnerId) {
        const qint64 owner = contactPartnerId(m_ws.database(), lead.channelContactId);
        if (owner != 0 && owner != lead.channelPartnerId)
            add(QStringLiteral("channel_contact"), tr("The partner contact does not belong to the partner company."));
    }
    if (lead.assignedTo) {
        const auto user = m_ws.users().find(lead.assignedTo);
        const bool ownerChanged = !before || before->assignedTo != lead.assignedTo;
        if (user && !user->active && ownerChanged)
            add(QStringLiteral("assigned_to"), tr("%1 is not an active user.").arg(user->name));
        if (user && lead.teamId && m_ws.options().assignTeamMembersOnly() && !user->teamIds.contains(lead.teamId))
            add(QStringLiteral("assigned_to"), tr("%1 is not a member of the lead's team.").arg(user->name));
    }
    if (lead.statusId == 0 || !m_ws.statuses().find(lead.statusId))
        add(QStringLiteral("status"), tr("The lead needs an existing status."));
    return p;
}

void LeadService::prepare(Lead &lead, const Lead *before) const
{
    auto trimList = [](QStringList &list) {
        QStringList out;
        for (const QString &s : list)
            if (const QString t = s.trimmed(); !t.isEmpty() && !out.contains(t))
                out << t;
        list = out;
    };
    trimList(lead.emails);
    trimList(lead.billingEmails);
    trimList(lead.phones);
    for (QString *s : {&lead.title, &lead.firstName, &lead.middleName, &lead.lastName, &lead.company, &lead.website,
                       &lead.tin, &lead.city, &lead.postalCode, &lead.street, &lead.region, &lead.mobile})
        *s = s->trimmed();
    // A chosen term fills the estimated closing date (seed 003).
    // A date typed along with the term wins: on creation when one is given,
    // on an edit when it changed too.
    const bool termsChanged = !before || before->terms != lead.terms;
    const bool dateTyped = before ? before->estimatedCloseDate != lead.estimatedCloseDate : lead.estimatedCloseDate.isValid();
    if (termsChanged && !lead.terms.isEmpty() && !dateTyped)
        lead.estimatedCloseDate = closingDateFor(lead.terms, m_ws.now().toLocalTime().date());
    // A TIN that a partner already has links the lead to that partner (seed 003).
    const bool tinChanged = !before || Normalize::digits(before->tin) != Normalize::digits(lead.tin);
    if (tinChanged && lead.partnerId == 0 && !lead.tin.isEmpty())
        lead.partnerId = partnerIdByTin(m_ws.database(), Normalize::digits(lead.tin));
    std::sort(lead.tagIds.begin(), lead.tagIds.end());
    lead.tagIds.erase(std::unique(lead.tagIds.begin(), lead.tagIds.end()), lead.tagIds.end());
    std::sort(lead.marketingListIds.begin(), lead.marketingListIds.end());
    lead.marketingListIds.erase(std::unique(lead.marketingListIds.begin(), lead.marketingListIds.end()), lead.marketingListIds.end());
}

Result<SavedLead> LeadService::create(Lead lead)
{
    // Every check runs under the write lock, with what it reads still true
    // when the lead is written.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const Access &access = m_ws.access();
    if (Problems no = access.check(Access::Action::CreateLead); !no.isEmpty())
        return no;
    // A sales rep's new lead is theirs unless they give it to nobody else;
    // only a manager or an admin hands a lead to someone.
    if (access.role() == Role::Sales && lead.assignedTo == 0)
        lead.assignedTo = m_ws.currentUserId();
    if (lead.assignedTo != 0 && !access.assignsTo(lead.assignedTo))
        return Result<SavedLead>::failure(QStringLiteral("assigned_to"),
                                          tr("%1 (%2) may not assign leads to someone else.")
                                              .arg(m_ws.currentUser().login, Roles::label(access.role())));
    if (lead.statusId == 0)
        lead.statusId = m_ws.statuses().idOf(StatusRole::New);
    if (Problems no = access.keepsInSight(lead, lead.assignedTo ? QStringLiteral("assigned_to") : QStringLiteral("team")); !no.isEmpty())
        return no;
    const auto status = m_ws.statuses().find(lead.statusId);
    if (status && (status->role == StatusRole::Converted || status->role == StatusRole::Lost))
        return Result<SavedLead>::failure(QStringLiteral("status"),
                                          tr("A new lead cannot start as \"%1\": convert or lose it instead.").arg(status->name));
    if (status && !status->isOpen)
        return Result<SavedLead>::failure(QStringLiteral("status"),
                                          tr("A new lead starts on an open status; \"%1\" is closed.").arg(status->name));
    prepare(lead, nullptr);
    const QDateTime now = m_ws.now();
    lead.id = 0;
    lead.createdAt = now;
    lead.updatedAt = now;
    lead.createdBy = m_ws.currentUserId();
    lead.lastEventAt = {};
    lead.nextEventAt = {};
    lead.mergedInto = 0;
    if (Problems p = validate(lead); !p.isEmpty())
        return p;
    auto id = m_ws.leadRepository().insert(lead);
    if (!id)
        return id.problems();
    lead.id = id.value();
    if (VoidResult r = record(lead.id, Activity::Kind::Created, {}, {}, {}, tr("Lead created")); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsAdded({lead.id});
    return SavedLead{lead, likelyDuplicates(lead)};
}

Result<Lead> LeadService::get(qint64 id) const
{
    const auto lead = m_ws.leadRepository().find(id);
    if (!lead)
        return Result<Lead>::failure(QStringLiteral("id"), tr("There is no lead #%1.").arg(id));
    if (lead->mergedInto)
        return Result<Lead>::failure(QStringLiteral("id"), tr("Lead #%1 was merged into lead #%2.").arg(id).arg(lead->mergedInto));
    if (Problems no = m_ws.access().check(*lead, Access::LeadAction::See); !no.isEmpty())
        return no;
    if (lead->deletedAt.isValid())
        return Result<Lead>::failure(QStringLiteral("id"), tr("Lead #%1 is in the trash: restore it first.").arg(id));
    return *lead;
}

Result<Lead> LeadService::getFor(qint64 id, Access::LeadAction action) const
{
    auto lead = get(id);
    if (!lead)
        return lead;
    if (Problems no = m_ws.access().check(lead.value(), action); !no.isEmpty())
        return no;
    return lead;
}

Result<Lead> LeadService::editable(qint64 id, Access::LeadAction action) const
{
    auto lead = getFor(id, action);
    if (!lead)
        return lead;
    if (isConverted(lead.value()))
        return Result<Lead>::failure(QStringLiteral("status"), tr("Lead #%1 is converted and can no longer be changed.").arg(id));
    return lead;
}

Result<SavedLead> LeadService::update(Lead edited, const std::optional<Lead> &base)
{
    // Read, checked and written under the write lock: a merge or a
    // conversion of this lead by another process cannot slip in between.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto current = editable(edited.id);
    if (!current)
        return current.problems();
    const Lead &before = current.value();
    // What this save changes: the fields that differ from what the caller
    // read (`base`). The others stay as stored now, whoever wrote them since;
    // one that both the caller and someone else changed is refused.
    const QList<FieldConflict> clash = findConflicts(base ? &*base : nullptr, edited, before);
    Problems refused;
    for (const FieldConflict &c : clash)
        refused << Problem{c.field, tr("%1 was changed by %2 at %3 to \"%4\" after you read lead #%5; yours (\"%6\") was not saved.")
                                        .arg(leadField(c.field)->translatedLabel(), c.user,
                                             c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.theirs)
                                        .arg(edited.id)
                                        .arg(c.mine)};
    Lead lead = before;
    for (const LeadField &f : leadFields()) {
        if (f.readOnly)
            continue;
        const QVariant wanted = f.get(edited);
        if (wanted == f.get(before) || (base && wanted == f.get(*base)))
            continue;
        if (std::any_of(clash.cbegin(), clash.cend(), [&](const FieldConflict &c) { return c.field == f.key; }))
            continue;
        if (Problems no = m_ws.access().checkField(before, f); !no.isEmpty()) {
            refused << no;
            continue;
        }
        // Handing the lead to someone else is an assignment, whatever the form.
        if (f.key == QLatin1String("assigned_to") && !m_ws.access().assignsTo(wanted.toLongLong())) {
            refused << Problem{f.key, tr("%1 (%2) may not assign leads to someone else.")
                                          .arg(m_ws.currentUser().login, Roles::label(m_ws.access().role()))};
            continue;
        }
        f.set(lead, wanted);
    }
    if (refused.isEmpty())
        refused = m_ws.access().keepsInSight(lead, lead.assignedTo != before.assignedTo ? QStringLiteral("assigned_to") : QStringLiteral("team"));
    if (!refused.isEmpty())
        return refused;
    if (lead.statusId != before.statusId) {
        const auto status = m_ws.statuses().find(lead.statusId);
        if (status && (status->role == StatusRole::Converted || status->role == StatusRole::Lost))
            return Result<SavedLead>::failure(QStringLiteral("status"),
                                              tr("\"%1\" is reached only through %2.")
                                                  .arg(status->name, status->role == StatusRole::Converted ? tr("Convert") : tr("Lose")));
        if (isLost(before))
            return Result<SavedLead>::failure(QStringLiteral("status"), tr("Lead #%1 is lost: reopen it to change its status.").arg(lead.id));
        // The same rule as changeStatus(): an edit moves a lead only to an open status.
        if (status && !status->isOpen)
            return Result<SavedLead>::failure(QStringLiteral("status"),
                                              tr("\"%1\" is a closed status; a lead moves only to an open one.").arg(status->name));
    }
    // What Quarry derives is never taken from the caller.
    for (const LeadField &f : leadFields())
        if (f.readOnly)
            f.set(lead, f.get(before));
    lead.convertedContactIds = before.convertedContactIds;
    lead.mergedInto = 0;
    prepare(lead, &before);
    lead.updatedAt = m_ws.now();
    if (Problems p = validate(lead, &before); !p.isEmpty())
        return p;
    if (VoidResult r = m_ws.leadRepository().update(lead); !r)
        return r.problems();
    if (VoidResult r = writeChanges(before, lead); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    lead.version = before.version + 1;
    emit m_ws.leadsChanged({lead.id});
    return SavedLead{lead, likelyDuplicates(lead)};
}

VoidResult LeadService::writeChanges(const Lead &before, const Lead &after)
{
    for (const LeadField &f : leadFields()) {
        if (f.key == QLatin1String("updated_at"))
            continue;
        const QVariant a = f.get(before);
        const QVariant b = f.get(after);
        if (a == b)
            continue;
        const QString oldText = m_ws.codec().displayText(f, a);
        const QString newText = m_ws.codec().displayText(f, b);
        if (oldText == newText && f.kind != FieldKind::Html)
            continue;
        const Activity::Kind kind = f.key == QLatin1String("status") ? Activity::Kind::Status : Activity::Kind::Change;
        if (VoidResult r = record(after.id, kind, f.key, oldText, newText); !r)
            return r;
    }
    return {};
}

Result<int> LeadService::remove(const QList<qint64> &ids)
{
    return moveTrash(ids, true);
}

Result<int> LeadService::restore(const QList<qint64> &ids)
{
    return moveTrash(ids, false);
}

Result<int> LeadService::moveTrash(const QList<qint64> &ids, bool into)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (unique.contains(id))
            continue;
        const auto lead = m_ws.leadRepository().find(id);
        QString no;
        if (!lead)
            no = into ? tr("There is no lead #%1.").arg(id) : tr("There is no lead #%1 (a lead emptied from the trash is gone).").arg(id);
        else if (into && lead->mergedInto)
            no = tr("Lead #%1 was merged into lead #%2.").arg(id).arg(lead->mergedInto);
        else if (into && lead->deletedAt.isValid())
            no = tr("Lead #%1 is already in the trash.").arg(id);
        else if (!into && !lead->deletedAt.isValid())
            no = tr("Lead #%1 is not in the trash.").arg(id);
        if (!no.isEmpty())
            return Result<int>::failure(QStringLiteral("id"), no);
        if (Problems refused = m_ws.access().check(*lead, Access::LeadAction::Delete); !refused.isEmpty())
            return refused;
        unique << id;
    }
    const QDateTime at = into ? QDateTime::currentDateTimeUtc() : QDateTime();
    if (VoidResult r = m_ws.leadRepository().setDeleted(unique, at, into ? m_ws.currentUserId() : 0); !r)
        return r.problems();
    for (qint64 id : std::as_const(unique))
        if (VoidResult r = record(id, Activity::Kind::Trash, {}, {}, {}, into ? tr("Moved to the trash.") : tr("Restored from the trash."));
            !r)
            return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    if (into)
        emit m_ws.leadsRemoved(unique);
    else
        emit m_ws.leadsAdded(unique);
    return int(unique.size());
}

Result<int> LeadService::emptyTrash(const QList<qint64> &ids)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (!m_ws.access().may(Access::Action::EmptyTrash))
        return Result<int>::failure(QStringLiteral("trash"), tr("Only an admin can empty the trash; leads in it are removed "
                                                                "for good after %n day(s).", nullptr, TrashDays));
    QList<qint64> gone = m_ws.leadRepository().trashedBefore({});
    if (!ids.isEmpty()) {
        for (qint64 id : ids)
            if (!gone.contains(id))
                return Result<int>::failure(QStringLiteral("id"), tr("Lead #%1 is not in the trash.").arg(id));
        gone = ids;
    }
    if (VoidResult r = m_ws.leadRepository().remove(gone); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return int(gone.size());
}

Result<int> LeadService::purgeExpiredTrash(const QDateTime &now)
{
    if (m_ws.leadRepository().trashedBefore(now.addDays(-TrashDays)).isEmpty())
        return 0; // nothing to do: no write, no lock
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const QList<qint64> gone = m_ws.leadRepository().trashedBefore(now.addDays(-TrashDays));
    if (VoidResult r = m_ws.leadRepository().remove(gone); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return int(gone.size());
}

void LeadService::refuse(Refusals *refused, qint64 id, const Problems &why)
{
    if (refused->ids.contains(id))
        return;
    refused->ids << id;
    refused->problems << why;
}

Result<int> LeadService::takeInCharge(const QList<qint64> &ids, Refusals *refused)
{
    // Begun here: a login new to the database is created by the first write
    // transaction, so its id is known only once it began.
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto taken = assign(ids, m_ws.currentUserId(), refused);
    if (!taken)
        return taken;
    // Every lead refused: nothing is kept, not even the user this write created.
    if (taken.value() == 0)
        return taken;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    return taken;
}

Result<int> LeadService::assign(const QList<qint64> &ids, qint64 userId, Refusals *refused)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    QString newName;
    if (userId != 0) {
        const auto user = m_ws.users().find(userId);
        if (!user)
            return Result<int>::failure(QStringLiteral("assigned_to"), tr("There is no user #%1.").arg(userId));
        if (!user->active)
            return Result<int>::failure(QStringLiteral("assigned_to"), tr("%1 is not an active user.").arg(user->name));
        newName = user->name;
    }
    const Access &access = m_ws.access();
    const bool taking = userId != 0 && userId == m_ws.currentUserId();
    if (!access.assignsTo(userId))
        return Result<int>::failure(QStringLiteral("assigned_to"),
                                    tr("%1 (%2) may not assign leads to someone else; a sales rep takes leads in charge.")
                                        .arg(m_ws.currentUser().login, Roles::label(access.role())));
    QList<Lead> leads;
    for (qint64 id : ids) {
        auto lead = editable(id, taking ? Access::LeadAction::Take : Access::LeadAction::Assign);
        Problems no = lead ? Problems{} : lead.problems();
        if (lead && userId && lead->teamId && m_ws.options().assignTeamMembersOnly()
            && !m_ws.users().teamMembers(lead->teamId).contains(userId))
            no = {Problem{QStringLiteral("assigned_to"), tr("%1 is not a member of the team of lead #%2.").arg(newName).arg(id)}};
        if (lead && no.isEmpty()) {
            Lead after = lead.value();
            after.assignedTo = userId;
            no = access.keepsInSight(after, QStringLiteral("assigned_to"));
        }
        if (!no.isEmpty()) {
            if (!refused)
                return no;
            refuse(refused, id, no);
            continue;
        }
        if (lead->assignedTo != userId)
            leads << lead.value();
    }
    if (leads.isEmpty())
        return 0;
    QList<qint64> changed;
    for (const Lead &lead : leads) {
        changed << lead.id;
        if (VoidResult r = record(lead.id, Activity::Kind::Change, QStringLiteral("assigned_to"),
                                  m_ws.users().nameOf(lead.assignedTo), newName); !r)
            return r.problems();
    }
    if (VoidResult r = m_ws.leadRepository().setField(changed, QStringLiteral("assigned_to"), userId, m_ws.now()); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged(changed);
    return int(changed.size());
}

Result<int> LeadService::changeStatus(const QList<qint64> &ids, qint64 statusId, Refusals *refused)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto status = m_ws.statuses().find(statusId);
    if (!status)
        return Result<int>::failure(QStringLiteral("status"), tr("There is no status #%1.").arg(statusId));
    if (status->role == StatusRole::Converted)
        return Result<int>::failure(QStringLiteral("status"), tr("\"%1\" is reached only by converting the lead.").arg(status->name));
    if (status->role == StatusRole::Lost)
        return Result<int>::failure(QStringLiteral("status"), tr("\"%1\" is reached only by losing the lead (with a reason).").arg(status->name));
    if (!status->isOpen)
        return Result<int>::failure(QStringLiteral("status"), tr("\"%1\" is a closed status; a lead moves only to an open one.").arg(status->name));
    QList<Lead> leads;
    for (qint64 id : ids) {
        auto lead = editable(id, Access::LeadAction::ChangeStatus);
        Problems no = lead ? Problems{} : lead.problems();
        if (lead && isLost(lead.value()))
            no = {Problem{QStringLiteral("status"), tr("Lead #%1 is lost: reopen it to change its status.").arg(id)}};
        if (!no.isEmpty()) {
            if (!refused)
                return no;
            refuse(refused, id, no);
            continue;
        }
        if (lead->statusId != statusId)
            leads << lead.value();
    }
    if (leads.isEmpty())
        return 0;
    QList<qint64> changed;
    for (const Lead &lead : leads) {
        changed << lead.id;
        const auto old = m_ws.statuses().find(lead.statusId);
        if (VoidResult r = record(lead.id, Activity::Kind::Status, QStringLiteral("status"), old ? old->name : QString(), status->name); !r)
            return r.problems();
    }
    if (VoidResult r = m_ws.leadRepository().setField(changed, QStringLiteral("status"), statusId, m_ws.now()); !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged(changed);
    return int(changed.size());
}

VoidResult LeadService::removeComment(qint64 leadId, qint64 activityId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (auto lead = get(leadId); !lead)
        return lead.problems();
    bool mine = false;
    for (const Activity &a : m_ws.activityRepository().forLead(leadId))
        if (a.id == activityId && a.kind == Activity::Kind::Comment)
            mine = a.userId == m_ws.currentUserId();
    if (!mine && !m_ws.currentUser().isAdmin())
        return VoidResult::failure(QStringLiteral("text"), tr("Only its author or an admin can take a comment off the timeline."));
    auto removed = m_ws.activityRepository().removeComment(leadId, activityId);
    if (!removed)
        return removed.problems();
    if (!removed.value())
        return VoidResult::failure(QStringLiteral("text"), tr("There is no such comment on lead #%1.").arg(leadId));
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({leadId});
    return {};
}

Result<Activity> LeadService::addComment(qint64 leadId, const QString &text)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    if (Problems p = FieldLimits::checkText(QStringLiteral("text"), tr("The comment"), text, TextShape::MultiLine); !p.isEmpty())
        return p;
    if (auto lead = getFor(leadId, Access::LeadAction::Comment); !lead)
        return lead.problems();
    if (text.trimmed().isEmpty())
        return Result<Activity>::failure(QStringLiteral("text"), tr("A comment needs some text."));
    Activity a;
    a.leadId = leadId;
    a.at = m_ws.now();
    a.userId = m_ws.currentUserId();
    a.userName = m_ws.currentUser().name;
    a.kind = Activity::Kind::Comment;
    a.text = text.trimmed();
    auto id = m_ws.activityRepository().insert(a);
    if (!id)
        return id.problems();
    a.id = id.value();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({leadId});
    return a;
}

QList<Activity> LeadService::history(qint64 leadId) const
{
    if (const auto lead = m_ws.leadRepository().find(leadId); lead && !m_ws.access().allows(*lead, Access::LeadAction::See))
        return {};
    return m_ws.activityRepository().forLead(leadId);
}

VoidResult LeadService::record(qint64 leadId, Activity::Kind kind, const QString &field, const QString &oldValue,
                               const QString &newValue, const QString &text)
{
    Activity a;
    a.leadId = leadId;
    a.at = m_ws.now();
    a.userId = m_ws.currentUserId();
    a.kind = kind;
    a.field = field;
    a.oldValue = oldValue;
    a.newValue = newValue;
    a.text = text;
    return VoidResult::from(m_ws.activityRepository().insert(a));
}

QList<qint64> LeadService::likelyDuplicates(const Lead &lead) const
{
    // Same last name and at least two of first name, email, phone, company
    // (seed 003), leaving out the leads the user marked as not duplicates.
    QList<qint64> out;
    const QString lastKey = Normalize::text(lead.lastName);
    if (lastKey.isEmpty())
        return out;
    LeadRepository &repo = m_ws.leadRepository();
    QSet<qint64> byEmail, byPhone;
    for (const QString &e : lead.emails)
        for (qint64 id : repo.idsWithContactKey(QStringLiteral("email"), Normalize::email(e)))
            byEmail.insert(id);
    QString region;
    if (const auto c = m_ws.references().find(RefKind::Country, lead.countryId))
        region = c->code;
    for (const QString &ph : lead.phones)
        for (qint64 id : repo.idsWithContactKey(QStringLiteral("phone"), Normalize::phone(ph, region)))
            byPhone.insert(id);
    const QSet<qint64> notDuplicates = lead.id > 0 ? m_ws.duplicateRepository().notDuplicatesOf(lead.id) : QSet<qint64>{};
    for (const auto &[id, shared] : repo.sameLastNameMatches(lastKey, Normalize::text(lead.firstName), Normalize::text(lead.company),
                                                             byEmail | byPhone)) {
        if (id == lead.id || notDuplicates.contains(id))
            continue;
        if (shared + int(byEmail.contains(id)) + int(byPhone.contains(id)) >= 2)
            out << id;
    }
    return out;
}
