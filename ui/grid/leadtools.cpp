#include "leadtools.h"

#include "icons.h"
#include "leadactions.h"
#include "leadcommands.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

LeadTools::LeadTools(LeadCommands &commands, QWidget *parentWidget)
    : QObject(parentWidget), m_commands(commands), m_parent(parentWidget)
{
    m_take = makeAction(QStringLiteral("take-in-charge"), tr("&Take in charge"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_take->setToolTip(tr("Assign the selected leads to me (Ctrl+T)"));
    m_event = makeAction(QStringLiteral("event"), tr("Schedule an &event…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_email = makeAction(QStringLiteral("email"), tr("Send an e&mail…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_assignMe = makeAction(QStringLiteral("take-in-charge"), tr("Assign to &me"));
    m_duplicates = makeAction(QStringLiteral("duplicates"), tr("Check &duplicates…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_export = makeAction(QStringLiteral("export"), tr("E&xport to CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_delete = makeAction(QStringLiteral("delete"), tr("Move to the tras&h"), QKeySequence::Delete);
    // The grid has the focus when Delete means "these leads": not a line edit.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restore = makeAction(QStringLiteral("undo"), tr("&Restore"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restore->setToolTip(tr("Bring the selected leads back from the trash, with everything on them (Ctrl+Shift+R)"));
    m_purge = makeAction(QStringLiteral("delete"), tr("Delete for &good…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_purge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_restore, &QAction::triggered, this, &LeadTools::restoreSelection);
    connect(m_purge, &QAction::triggered, this, &LeadTools::purgeSelection);

    connect(m_take, &QAction::triggered, this, &LeadTools::takeInCharge);
    connect(m_assignMe, &QAction::triggered, this, &LeadTools::takeInCharge);
    connect(m_event, &QAction::triggered, this, [this] {
        if (m_actions)
            m_actions->scheduleEvent(selection(), m_parent);
    });
    connect(m_email, &QAction::triggered, this, [this] {
        if (m_actions)
            m_actions->sendEmail(selection(), m_parent);
    });
    connect(m_duplicates, &QAction::triggered, this, [this] {
        if (m_actions)
            m_actions->checkDuplicates(selection(), m_parent);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_actions)
            m_actions->exportLeads(m_filter ? m_filter() : LeadFilter{}, selection(), m_parent);
    });
    connect(m_delete, &QAction::triggered, this, &LeadTools::deleteSelection);

    m_tools = new QMenu(tr("&Tools"), parentWidget);
    m_tools->addAction(m_assignMe);
    m_assign = m_tools->addMenu(Icons::icon(QStringLiteral("user")), tr("Assign &to"));
    m_status = m_tools->addMenu(Icons::icon(QStringLiteral("status")), tr("Change &status"));
    m_tools->addSeparator();
    m_tools->addAction(m_duplicates);
    m_tools->addAction(m_export);
    m_tools->addSeparator();
    m_tools->addAction(m_delete);
    m_tools->addAction(m_restore);
    m_tools->addAction(m_purge);
    connect(m_status, &QMenu::aboutToShow, this, &LeadTools::fillStatusMenu);
    connect(m_assign, &QMenu::aboutToShow, this, &LeadTools::fillAssignMenu);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_parent, tr("Delete for good"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    setTrashMode(false);
}

QAction *LeadTools::makeAction(const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(Icons::icon(icon), text, this);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    return a;
}

void LeadTools::setSelectionProvider(std::function<QList<qint64>()> provider)
{
    m_selection = std::move(provider);
    updateEnabled();
}

void LeadTools::setTrashMode(bool trash)
{
    m_trash = trash;
    for (QAction *a : {m_take, m_event, m_email, m_assignMe, m_delete})
        a->setVisible(!trash);
    m_status->menuAction()->setVisible(!trash);
    m_assign->menuAction()->setVisible(!trash);
    m_duplicates->setVisible(!trash);
    m_restore->setVisible(trash);
    m_purge->setVisible(trash && m_commands.workspace().access().may(Access::Action::EmptyTrash));
    updateEnabled();
}

void LeadTools::updateEnabled()
{
    const bool any = !selection().isEmpty();
    for (QAction *a : {m_take, m_event, m_email, m_assignMe, m_delete})
        a->setEnabled(any && !m_trash);
    for (QAction *a : {m_restore, m_purge})
        a->setEnabled(any && m_trash);
    m_status->setEnabled(any && !m_trash);
    m_assign->setEnabled(any && !m_trash);
    m_duplicates->setText(any ? tr("Check &duplicates in the selection…") : tr("Check &duplicates in all leads…"));
}

void LeadTools::fillRowMenu(QMenu *menu) const
{
    menu->addAction(m_take);
    menu->addAction(m_event);
    menu->addAction(m_email);
    menu->addSeparator();
    menu->addMenu(m_status);
    menu->addMenu(m_assign);
    menu->addSeparator();
    menu->addAction(m_duplicates);
    menu->addAction(m_export);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addAction(m_restore);
    menu->addAction(m_purge);
}

void LeadTools::fillStatusMenu()
{
    m_status->clear();
    Workspace &ws = m_commands.workspace();
    for (const LeadStatus &s : ws.statuses().all()) {
        QAction *a = m_status->addAction(s.name, this, [this, id = s.id] { changeStatus(id); });
        // Converted and lost have their own workflows; closed statuses are not targets.
        a->setEnabled(s.isOpen && s.role != StatusRole::Converted && s.role != StatusRole::Lost);
    }
}

void LeadTools::fillAssignMenu()
{
    m_assign->clear();
    Workspace &ws = m_commands.workspace();
    for (const User &u : ws.users().active())
        m_assign->addAction(u.id == ws.currentUserId() ? tr("%1 (me)").arg(u.name) : u.name, this,
                            [this, id = u.id] { assignTo(id); });
    m_assign->addSeparator();
    m_assign->addAction(tr("Nobody"), this, [this] { assignTo(0); });
}

void LeadTools::takeInCharge()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    Refusals refused;
    auto r = m_commands.takeInCharge(ids, &refused);
    report(r, refused, tr("The leads could not be taken in charge"), [](int n) { return tr("%n lead(s) taken in charge", nullptr, n); });
}

void LeadTools::assignTo(qint64 userId)
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    Refusals refused;
    auto r = m_commands.assign(ids, userId, &refused);
    report(r, refused, tr("The leads could not be assigned"), [](int n) { return tr("%n lead(s) assigned", nullptr, n); });
}

void LeadTools::changeStatus(qint64 statusId)
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    Refusals refused;
    auto r = m_commands.changeStatus(ids, statusId, &refused);
    report(r, refused, tr("The status could not be changed"), [](int n) { return tr("%n lead(s) moved", nullptr, n); });
}

void LeadTools::report(const Result<int> &result, const Refusals &refused, const QString &failedTitle,
                       const std::function<QString(int)> &done)
{
    if (!result) {
        emit problem(failedTitle, result.problems());
        return;
    }
    if (refused.isEmpty()) {
        emit message(done(result.value()));
        return;
    }
    // "4 leads taken in charge; #218 is converted": what was done, then
    // each lead left as it was and why.
    QStringList which;
    for (qint64 id : refused.ids)
        which << QStringLiteral("#%1").arg(id);
    const QString title = tr("%1; %n lead(s) left as they were (%2)", nullptr, int(refused.ids.size()))
                              .arg(done(result.value()), QLocale().createSeparatedList(which));
    emit message(title);
    emit partlyRefused(title, refused.problems);
}

void LeadTools::deleteSelection()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    // No question asked: the leads go to the trash, whole, and Undo brings
    // them back (as does Closed leads > Trash for 30 days).
    auto r = m_commands.remove(ids);
    if (!r)
        emit problem(tr("The leads could not be moved to the trash"), r.problems());
    else
        emit message(tr("%n lead(s) moved to the trash (Undo brings them back)", nullptr, r.value()));
}

void LeadTools::restoreSelection()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty() || !m_trash)
        return;
    auto r = m_commands.restore(ids);
    if (!r)
        emit problem(tr("The leads could not be restored"), r.problems());
    else
        emit message(tr("%n lead(s) restored from the trash", nullptr, r.value()));
}

void LeadTools::purgeSelection()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty() || !m_trash)
        return;
    const QString question = tr("Delete these %n lead(s) for good, with their events, emails, attachments and history?\n"
                                "This cannot be undone.", nullptr, int(ids.size()));
    if (!m_confirm(question))
        return;
    auto r = m_commands.workspace().leads().emptyTrash(ids);
    if (!r)
        emit problem(tr("The leads could not be deleted"), r.problems());
    else
        emit message(tr("%n lead(s) deleted for good", nullptr, r.value()));
}
