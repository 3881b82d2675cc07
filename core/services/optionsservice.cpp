#include "optionsservice.h"

#include "leadfield.h"
#include "optionsrepository.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("OptionsService", s); }
const QStringList FlagKeys = {QStringLiteral("agencies_management"), QStringLiteral("manage_prospect_statuses"),
                              QStringLiteral("restrict_functions"), QStringLiteral("assign_team_members_only")};
}

OptionsService::OptionsService(Workspace &ws) : m_ws(ws) {}

bool OptionsService::flag(const QString &key) const
{
    return m_ws.optionsRepository().value(key) == QLatin1String("1");
}

bool OptionsService::agenciesManagement() const { return flag(QStringLiteral("agencies_management")); }
bool OptionsService::manageProspectStatuses() const { return flag(QStringLiteral("manage_prospect_statuses")); }
bool OptionsService::restrictFunctions() const { return flag(QStringLiteral("restrict_functions")); }
bool OptionsService::assignTeamMembersOnly() const { return flag(QStringLiteral("assign_team_members_only")); }

QStringList OptionsService::requiredFields() const
{
    return m_ws.optionsRepository().value(QStringLiteral("required_fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

qint64 OptionsService::attachmentMaxBytes() const
{
    return m_ws.optionsRepository().value(QStringLiteral("attachment_max_bytes"), QStringLiteral("26214400")).toLongLong();
}

int OptionsService::backupsKept() const
{
    bool ok = false;
    const int n = m_ws.optionsRepository().value(QStringLiteral("backups_kept"), QString::number(DefaultBackupsKept)).toInt(&ok);
    return ok ? qBound(0, n, MaxBackupsKept) : DefaultBackupsKept;
}

QStringList OptionsService::keys()
{
    return FlagKeys + QStringList{QStringLiteral("required_fields"), QStringLiteral("attachment_max_bytes"), QStringLiteral("backups_kept")};
}

QString OptionsService::value(const QString &key) const
{
    const QString v = m_ws.optionsRepository().value(key);
    if (key == QLatin1String("backups_kept"))
        return QString::number(backupsKept());
    if (FlagKeys.contains(key))
        return v == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no");
    return v;
}

VoidResult OptionsService::set(const QString &key, const QString &value)
{
    if (Problems no = m_ws.access().check(Access::Action::Configure); !no.isEmpty())
        return no;
    QString stored = value.trimmed();
    if (FlagKeys.contains(key)) {
        const QString v = stored.toLower();
        if (QStringList{QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("on")}.contains(v))
            stored = QStringLiteral("1");
        else if (QStringList{QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("off")}.contains(v))
            stored = QStringLiteral("0");
        else
            return VoidResult::failure(key, tr("Answer yes or no."));
    } else if (key == QLatin1String("required_fields")) {
        QStringList keys;
        for (const QString &k : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const LeadField *f = leadField(k.trimmed());
            if (!f || f->readOnly)
                return VoidResult::failure(key, tr("\"%1\" is not a lead field that can be required.").arg(k.trimmed()));
            keys << f->key;
        }
        stored = keys.join(QLatin1Char(','));
    } else if (key == QLatin1String("attachment_max_bytes")) {
        // An admin's call: the limit bounds what every user can make the
        // application read into memory and store in the shared file.
        if (!m_ws.currentUser().isAdmin())
            return VoidResult::failure(key, tr("Only an admin can change attachment_max_bytes."));
        bool ok = false;
        const qint64 n = stored.toLongLong(&ok);
        if (!ok || n <= 0)
            return VoidResult::failure(key, tr("Give a positive number of bytes."));
        if (n > AttachmentMaxBytesCap)
            return VoidResult::failure(key, tr("attachment_max_bytes is at most %1 bytes (100 MiB): attachments live in the "
                                               "database file and are read whole into memory.")
                                                .arg(AttachmentMaxBytesCap));
        stored = QString::number(n);
    } else if (key == QLatin1String("backups_kept")) {
        bool ok = false;
        const int n = stored.toInt(&ok);
        if (!ok || n < 0 || n > MaxBackupsKept)
            return VoidResult::failure(key, tr("Give a number of daily backups from 0 (none) to %1.").arg(MaxBackupsKept));
        stored = QString::number(n);
    } else {
        return VoidResult::failure(QStringLiteral("option"), tr("Unknown option \"%1\". Options: %2").arg(key, keys().join(QStringLiteral(", "))));
    }
    if (VoidResult r = m_ws.optionsRepository().setValue(key, stored); !r)
        return r;
    emit m_ws.optionsChanged();
    return {};
}
