#pragma once

#include "attachment.h"
#include "result.h"

#include <QList>

class Workspace;

/// Files on a lead, kept inside the database so that one file holds
/// everything, within the size limit of the CRM options.
class AttachmentService
{
public:
    explicit AttachmentService(Workspace &ws);

    /// A lead's attachments, without their data.
    QList<Attachment> forLead(qint64 leadId) const;
    /// The attachment with its data.
    Result<Attachment> read(qint64 attachmentId) const;

    /// Attaches `data` under `fileName` (the MIME type is guessed when not given).
    Result<Attachment> add(qint64 leadId, const QString &fileName, const QByteArray &data, const QString &mime = {});
    /// Attaches the file at `path`: a regular file (not a device, pipe or
    /// folder), read up to the size limit and refused when longer, whatever
    /// size it reports.
    Result<Attachment> addFile(qint64 leadId, const QString &path);
    /// Writes the data of `attachment` (as read()) to `path`, atomically
    /// (QSaveFile: whole or untouched), never over the open database or its
    /// companion files (OutputPath). Problems have the field "file".
    VoidResult saveTo(const Attachment &attachment, const QString &path) const;
    VoidResult remove(qint64 attachmentId);

    /// "1.5 MB" and the like, for messages.
    static QString sizeText(qint64 bytes);

private:
    Workspace &m_ws;
};
