#include "attachmentservice.h"

#include "activity.h"
#include "attachmentrepository.h"
#include "inputfile.h"
#include "leadservice.h"
#include "optionsservice.h"
#include "outputpath.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("AttachmentService", s); }
}

AttachmentService::AttachmentService(Workspace &ws) : m_ws(ws) {}

QString AttachmentService::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number(bytes / 1024.0, 'f', 1));
    return tr("%1 MB").arg(QString::number(bytes / (1024.0 * 1024.0), 'f', 1));
}

QList<Attachment> AttachmentService::forLead(qint64 leadId) const
{
    return m_ws.attachmentRepository().forLead(leadId);
}

Result<Attachment> AttachmentService::read(qint64 attachmentId) const
{
    auto a = m_ws.attachmentRepository().find(attachmentId);
    if (!a)
        return Result<Attachment>::failure(QStringLiteral("id"), tr("There is no attachment #%1.").arg(attachmentId));
    return *a;
}

Result<Attachment> AttachmentService::add(qint64 leadId, const QString &fileName, const QByteArray &data, const QString &mime)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    auto lead = m_ws.leads().getFor(leadId, Access::LeadAction::Activities);
    if (!lead)
        return lead.problems();
    if (m_ws.leads().isConverted(lead.value()))
        return Result<Attachment>::failure(QStringLiteral("lead"), tr("Lead #%1 is converted and can no longer be changed.").arg(leadId));
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return Result<Attachment>::failure(QStringLiteral("file_name"), tr("An attachment needs a file name."));
    const qint64 limit = m_ws.options().attachmentMaxBytes();
    if (data.size() > limit)
        return Result<Attachment>::failure(QStringLiteral("file"), tr("\"%1\" is %2; attachments are limited to %3 (CRM options).")
                                                                       .arg(name, sizeText(data.size()), sizeText(limit)));
    Attachment a;
    a.leadId = leadId;
    a.fileName = name;
    a.mime = mime.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(name, data).name() : mime;
    a.size = data.size();
    a.data = data;
    a.addedAt = m_ws.now();
    a.addedBy = m_ws.currentUserId();
    auto id = m_ws.attachmentRepository().insert(a);
    if (!id)
        return id.problems();
    a.id = id.value();
    if (VoidResult r = m_ws.leads().record(leadId, Activity::Kind::Attachment, {}, {}, {},
                                           tr("Attached \"%1\" (%2).").arg(name, sizeText(a.size)));
        !r)
        return r.problems();
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({leadId});
    return a;
}

Result<Attachment> AttachmentService::addFile(qint64 leadId, const QString &path)
{
    // The limit as stored may predate the cap (OptionsService::set()).
    const qint64 limit = qMin(m_ws.options().attachmentMaxBytes(), OptionsService::AttachmentMaxBytesCap);
    // At most one byte past the limit is read: QFile::size() is no bound (a
    // device reports 0, a growing file more later), what arrives is.
    auto data = InputFile::readAtMost(path, limit);
    if (!data)
        return data.problems();
    if (data->size() > limit)
        return Result<Attachment>::failure(QStringLiteral("file"), tr("\"%1\" is too large: attachments are limited to %2 (CRM options).")
                                                                       .arg(QFileInfo(path).fileName(), sizeText(limit)));
    return add(leadId, QFileInfo(path).fileName(), data.value());
}

VoidResult AttachmentService::saveTo(const Attachment &attachment, const QString &path) const
{
    if (VoidResult r = OutputPath::check(path, m_ws.database().path()); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment.data) != attachment.data.size() || !file.commit())
        return VoidResult::failure(QStringLiteral("file"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

VoidResult AttachmentService::remove(qint64 attachmentId)
{
    Transaction tx(m_ws.database());
    if (!tx.isActive())
        return tx.failure();
    const auto list = m_ws.attachmentRepository().find(attachmentId);
    if (!list)
        return VoidResult::failure(QStringLiteral("id"), tr("There is no attachment #%1.").arg(attachmentId));
    if (auto lead = m_ws.leads().getFor(list->leadId, Access::LeadAction::Activities); !lead)
        return lead.problems();
    if (VoidResult r = m_ws.attachmentRepository().remove(attachmentId); !r)
        return r;
    if (VoidResult r = m_ws.leads().record(list->leadId, Activity::Kind::Attachment, {}, {}, {}, tr("Removed the attachment \"%1\".").arg(list->fileName));
        !r)
        return r;
    if (VoidResult c = tx.commit(); !c)
        return c.problems();
    emit m_ws.leadsChanged({list->leadId});
    return {};
}
