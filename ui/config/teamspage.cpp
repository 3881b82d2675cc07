#include "teamspage.h"

#include "configundo.h"
#include "undoids.h"
#include "userservice.h"
#include "workspace.h"

#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

TeamsPage::TeamsPage(Workspace &ws, QWidget *parent) : ReferenceListPage(ws, RefKind::Team, parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *title = new QLabel(tr("Members"), card);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    m_members = new QListWidget(card);
    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setStyleSheet(QStringLiteral("QListWidget { border: 1px solid #dde3ea; border-radius: 6px; } QListWidget::item { padding: 4px; }"));
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_members, 1);
    setDetailsWidget(card, true);
    connect(m_members, &QListWidget::itemChanged, this, &TeamsPage::memberToggled);
    connect(&ws, &Workspace::usersChanged, this, [this] {
        if (!m_saving) // our own save: the ticks are already right
            currentItemChanged(currentItem());
    });
    currentItemChanged(currentItem());
}

void TeamsPage::currentItemChanged(const std::optional<ReferenceItem> &item)
{
    const QSignalBlocker block(m_members);
    m_members->clear();
    m_members->setEnabled(item.has_value());
    if (!item) {
        m_hint->setText(tr("Select a team to choose its members."));
        return;
    }
    m_hint->setText(tr("Who works in \"%1\". With the CRM option on, its leads are assigned only to them.").arg(item->name));
    const QList<qint64> members = workspace().users().teamMembers(item->id);
    for (const User &u : workspace().users().all()) {
        auto *row = new QListWidgetItem(u.active ? u.name : tr("%1 (inactive)").arg(u.name), m_members);
        row->setData(Qt::UserRole, u.id);
        row->setToolTip(u.login);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(members.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void TeamsPage::memberToggled(QListWidgetItem *)
{
    const auto team = currentItem();
    if (!team)
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            ids << m_members->item(i)->data(Qt::UserRole).toLongLong();
    const QList<qint64> before = workspace().users().teamMembers(team->id);
    m_saving = true;
    const VoidResult saved = workspace().users().setTeamMembers(team->id, ids);
    m_saving = false;
    if (check(saved, tr("The members of \"%1\" were not changed").arg(team->name))) {
        clearMessage();
        // One step per tick; the team followed under its id now (an undone removal re-adds it).
        Workspace &ws = workspace();
        auto set = [&ws, first = team->id](const QList<qint64> &members) -> Problems {
            VoidResult r = ws.users().setTeamMembers(UndoIds::current(QStringLiteral("ref-%1").arg(int(RefKind::Team)), first), members);
            return r ? Problems{} : r.problems();
        };
        ConfigUndo::push(tr("Change the members of \"%1\"").arg(team->name), [set, ids] { return set(ids); },
                         [set, before] { return set(before); });
    }
    else // show what is really saved, once the list is out of its signal
        QTimer::singleShot(0, this, [this] { currentItemChanged(currentItem()); });
}
