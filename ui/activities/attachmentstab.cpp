#include "attachmentstab.h"

#include "attachmentservice.h"
#include "desktophandoff.h"
#include "leadcommands.h"
#include "undoids.h"
#include "optionsservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

namespace {
enum Column { Name, Size, Added, By };

QIcon fileIcon(const QString &mime)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    QIcon icon = type.isValid() ? QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())) : QIcon();
    return icon.isNull() ? QIcon(QStringLiteral(":/icons/attachment.svg")) : icon;
}
} // namespace

AttachmentsTab::AttachmentsTab(Workspace &ws, QWidget *parent) : RecordListTab(ws, parent)
{
    setObjectName(QStringLiteral("attachmentsTab"));
    setAcceptDrops(true);
    m_add = addButton(QStringLiteral("attachment"), tr("&Add files…"), QStringLiteral("addAttachmentButton"),
                      tr("Attach files to this lead (you can also drop files here)"));
    m_open = addButton(QStringLiteral("open"), tr("&Open"), QStringLiteral("openAttachmentButton"));
    m_saveAs = addButton(QStringLiteral("save-as"), tr("&Save as…"), QStringLiteral("saveAttachmentButton"));
    m_buttons->addStretch(1);
    m_remove = addButton(QStringLiteral("delete"), tr("&Remove"), QStringLiteral("removeAttachmentButton"));
    setHeaders({tr("Name"), tr("Size"), tr("Added"), tr("By")});
    list()->header()->resizeSection(Name, 320);
    list()->header()->resizeSection(Size, 90);
    list()->header()->resizeSection(Added, dateColumnWidth());
    list()->headerItem()->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
    list()->sortByColumn(Added, Qt::DescendingOrder);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsTab::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsTab::openCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &AttachmentsTab::chooseSavePath);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsTab::removeCurrent);
    reload();
}

QString AttachmentsTab::unsavedHint() const
{
    return tr("Save the lead first: files are attached to a saved lead.");
}

QString AttachmentsTab::readyHint() const
{
    return tr("Drop files here to attach them (up to %1 each).").arg(AttachmentService::sizeText(m_ws.options().attachmentMaxBytes()));
}

void AttachmentsTab::fill()
{
    const QList<Attachment> files = m_ws.attachments().forLead(leadId());
    m_count = int(files.size());
    for (const Attachment &a : files) {
        QTreeWidgetItem *item = addRow(a.id, {a.fileName, AttachmentService::sizeText(a.size), when(a.addedAt), m_ws.users().nameOf(a.addedBy)},
                                       {QVariant(), a.size, a.addedAt});
        item->setIcon(Name, fileIcon(a.mime));
        item->setToolTip(Name, a.mime);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void AttachmentsTab::updateActions()
{
    const bool selected = currentId() != 0;
    m_add->setEnabled(canAdd());
    m_open->setEnabled(selected);
    m_saveAs->setEnabled(selected);
    m_remove->setEnabled(selected && canAdd());
}

namespace {

const QString Kind = QStringLiteral("attachment");

/// Attaches the file again (an undone removal, a redone attach): its new id
/// is known under the first one from then on.
Problems attachAgain(Workspace &ws, const Attachment &a, qint64 firstId)
{
    return UndoIds::addAgain(Kind, firstId, [&] { return ws.attachments().add(a.leadId, a.fileName, a.data, a.mime); });
}

Problems detach(Workspace &ws, qint64 firstId)
{
    VoidResult r = ws.attachments().remove(UndoIds::current(Kind, firstId));
    return r ? Problems{} : r.problems();
}

} // namespace

bool AttachmentsTab::addFiles(const QStringList &paths)
{
    if (!canAdd() || paths.isEmpty())
        return false;
    clearMessage();
    Problems refused;
    qint64 last = 0;
    for (const QString &path : paths) {
        auto r = m_ws.attachments().addFile(leadId(), path);
        if (!r) {
            refused << r.problems();
            continue;
        }
        last = r->id;
        if (commands())
            if (auto full = m_ws.attachments().read(r->id)) {
                Workspace &ws = m_ws;
                commands()->pushAction(tr("Attach \"%1\"").arg(full->fileName), [&ws, a = full.value()] { return attachAgain(ws, a, a.id); },
                                       [&ws, id = r->id] { return detach(ws, id); });
            }
    }
    if (last)
        selectId(last);
    if (!refused.isEmpty()) {
        showProblems(refused.size() == 1 ? tr("The file was not attached:") : tr("These files were not attached:"), refused);
        return false;
    }
    return true;
}

void AttachmentsTab::chooseFiles()
{
    if (!canAdd())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"),
                                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    addFiles(paths);
}

QString AttachmentsTab::openCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return {};
    clearMessage();
    auto a = m_ws.attachments().read(id);
    if (!a) {
        showProblems(tr("The file could not be opened:"), a.problems());
        return {};
    }
    // A folder per attachment keeps the file's own name, which the desktop
    // uses to choose the application.
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("quarry-attachments/%1").arg(id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(a->fileName);
    if (VoidResult r = m_ws.attachments().saveTo(a.value(), path); !r) {
        showProblems(tr("The file could not be opened:"), r.problems());
        return {};
    }
    if (!DesktopHandoff::open(QUrl::fromLocalFile(path))) {
        showError(tr("No application opens \"%1\". Use Save as… to keep a copy.").arg(a->fileName));
        return {};
    }
    return path;
}

bool AttachmentsTab::saveCurrentAs(const QString &path)
{
    const qint64 id = currentId();
    if (!id || path.isEmpty())
        return false;
    clearMessage();
    auto a = m_ws.attachments().read(id);
    if (!a) {
        showProblems(tr("The file was not saved:"), a.problems());
        return false;
    }
    // The service refuses the database itself and writes whole or not at all.
    if (VoidResult r = m_ws.attachments().saveTo(a.value(), path); !r) {
        showProblems(tr("The file was not saved:"), r.problems());
        return false;
    }
    return true;
}

void AttachmentsTab::chooseSavePath()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString name = list()->currentItem()->text(Name);
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the attachment as"), QDir(docs).filePath(name));
    saveCurrentAs(path);
}

bool AttachmentsTab::removeCurrent()
{
    const qint64 id = currentId();
    if (!id || !canAdd())
        return false;
    const QString name = list()->currentItem()->text(Name);
    if (!confirm(tr("Remove attachment"), tr("Remove \"%1\" from this lead? The file kept in Quarry is deleted.").arg(name)))
        return false;
    clearMessage();
    // Read whole first: undo attaches the same bytes again.
    const auto kept = commands() ? m_ws.attachments().read(id) : Result<Attachment>::failure({}, {});
    auto r = m_ws.attachments().remove(id);
    if (!r) {
        showProblems(tr("The attachment was not removed:"), r.problems());
        return false;
    }
    if (kept) {
        Workspace &ws = m_ws;
        commands()->pushAction(tr("Remove \"%1\"").arg(kept->fileName), [&ws, id] { return detach(ws, id); },
                               [&ws, a = kept.value()] { return attachAgain(ws, a, a.id); });
    }
    return true;
}

QStringList AttachmentsTab::localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    return out;
}

void AttachmentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (canAdd() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentsTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!canAdd() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(paths);
}
