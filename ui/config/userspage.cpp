#include "userspage.h"

#include "configundo.h"
#include "partnerservice.h"
#include "referenceservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

UsersPage::UsersPage(Workspace &ws, QWidget *parent)
    : ConfigSection(ws, tr("Users"),
                    tr("The people who work in Quarry. Only active users can be assigned leads; each one's role says what they see and do."),
                    parent)
{
    setObjectName(QStringLiteral("usersPage"));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    auto *newUser = new QPushButton(tr("New user"), this);
    newUser->setObjectName(QStringLiteral("newUserButton"));
    m_users = new QListWidget(this);
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setStyleSheet(QStringLiteral("QListWidget#userList { border: 1px solid #dde3ea; border-radius: 6px; background: white; }"
                                          "QListWidget#userList::item { padding: 6px; }"));
    left->addWidget(newUser, 0, Qt::AlignLeft);
    left->addWidget(m_users, 1);
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setMinimumWidth(260);
    leftBox->setMaximumWidth(380);
    columns->addWidget(leftBox, 1);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = new QLineEdit(card);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit(card);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_active = new QCheckBox(tr("Active (can be assigned leads)"), card);
    m_role = new QComboBox(card);
    for (Role r : Roles::all())
        m_role->addItem(Roles::label(r), int(r));
    m_role->setToolTip(tr("Admin: everything. Sales manager: the leads of their teams, assigns. Sales rep: their leads and "
                          "the unassigned ones. Marketing: open leads, marketing fields, imports. Partner user: the leads "
                          "of their company."));
    m_partner = new QComboBox(card);
    m_partner->setToolTip(tr("The partner company a partner user works for: they see the leads it is the partner of."));
    m_teams = new QListWidget(card);
    m_teams->setObjectName(QStringLiteral("teamsList"));
    m_teams->setMaximumHeight(160);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Email"), m_email);
    form->addRow(QString(), m_active);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Partner company"), m_partner);
    auto showPartner = [this, form] {
        const bool partner = Role(m_role->currentData().toInt()) == Role::Partner;
        form->setRowVisible(m_partner, partner);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showPartner);
    showPartner();
    form->addRow(tr("Teams"), m_teams);
    cardLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), card);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    auto *revert = new QPushButton(tr("Revert"), card);
    buttons->addStretch(1);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    cardLayout->addLayout(buttons);
    cardLayout->addStretch(1);
    columns->addWidget(card, 2);
    body()->addLayout(columns, 1);

    connect(newUser, &QPushButton::clicked, this, [this] {
        m_users->clearSelection();
        editUser(0);
        m_login->setFocus();
    });
    connect(m_users, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            editUser(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(revert, &QPushButton::clicked, this, [this] { editUser(m_userId); });
    connect(&ws, &Workspace::usersChanged, this, &UsersPage::fillUsers);
    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        if (kind == RefKind::Team)
            editUser(m_userId);
    });
    fillUsers();
    editUser(m_users->count() ? m_users->item(0)->data(Qt::UserRole).toLongLong() : 0);
}

void UsersPage::fillUsers()
{
    const QSignalBlocker block(m_users);
    m_users->clear();
    for (const User &u : workspace().users().all()) {
        QString text = u.name.isEmpty() || u.name == u.login ? u.login : QStringLiteral("%1  (%2)").arg(u.name, u.login);
        if (u.role != Role::Sales)
            text += QStringLiteral("  · ") + Roles::label(u.role).toLower();
        if (!u.active)
            text += tr("  · inactive");
        auto *item = new QListWidgetItem(text, m_users);
        item->setData(Qt::UserRole, u.id);
        if (!u.active)
            item->setForeground(QColor(0x9a, 0xa5, 0xb1));
        if (u.id == m_userId)
            m_users->setCurrentItem(item);
    }
}

void UsersPage::fillTeams(const QList<qint64> &memberOf)
{
    m_teams->clear();
    for (const ReferenceItem &team : workspace().references().list(RefKind::Team)) {
        auto *item = new QListWidgetItem(team.name, m_teams);
        item->setData(Qt::UserRole, team.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(memberOf.contains(team.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_teams->count() == 0) {
        auto *none = new QListWidgetItem(tr("No teams yet (see Teams)"), m_teams);
        none->setFlags(Qt::NoItemFlags);
    }
}

void UsersPage::editUser(qint64 id)
{
    const auto user = id ? workspace().users().find(id) : std::nullopt;
    m_userId = user ? user->id : 0;
    m_login->setText(user ? user->login : QString());
    m_name->setText(user ? user->name : QString());
    m_email->setText(user ? user->email : QString());
    m_active->setChecked(user ? user->active : true);
    m_role->setCurrentIndex(m_role->findData(int(user ? user->role : Role::Sales)));
    m_partner->clear();
    m_partner->addItem(tr("(none)"), qint64(0));
    for (const Partner &p : workspace().partners().list({}, 500))
        m_partner->addItem(p.name, p.id);
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(user ? user->partnerId : 0)));
    fillTeams(user ? user->teamIds : QList<qint64>{});
    m_save->setText(m_userId ? tr("Save") : tr("Add user"));
    clearMessage();
}

bool UsersPage::saveTeams(qint64 userId)
{
    // One service call per team whose membership changed.
    for (int i = 0; i < m_teams->count(); ++i) {
        const QListWidgetItem *item = m_teams->item(i);
        const qint64 teamId = item->data(Qt::UserRole).toLongLong();
        if (!teamId)
            continue;
        QList<qint64> members = workspace().users().teamMembers(teamId);
        const bool wanted = item->checkState() == Qt::Checked;
        if (wanted == members.contains(userId))
            continue;
        if (wanted)
            members << userId;
        else
            members.removeAll(userId);
        if (!check(workspace().users().setTeamMembers(teamId, members), tr("The teams of the user were not saved")))
            return false;
    }
    return true;
}

bool UsersPage::save()
{
    User u;
    if (m_userId)
        if (const auto existing = workspace().users().find(m_userId))
            u = *existing;
    u.login = m_login->text().trimmed();
    u.name = m_name->text().trimmed();
    u.email = m_email->text().trimmed();
    u.active = m_active->isChecked();
    u.role = Role(m_role->currentData().toInt());
    u.partnerId = u.role == Role::Partner ? m_partner->currentData().toLongLong() : 0;
    const std::optional<User> before = m_userId ? workspace().users().find(m_userId) : std::nullopt;
    qint64 id = m_userId;
    if (id) {
        if (!check(workspace().users().update(u), tr("The user was not saved")))
            return false;
    } else {
        auto added = workspace().users().add(u);
        if (!check(added, tr("The user was not added")))
            return false;
        id = added->id;
    }
    if (!saveTeams(id))
        return false;
    m_userId = id;
    fillUsers();
    editUser(id);
    showDone(tr("%1 was saved.").arg(u.name.isEmpty() ? u.login : u.name));
    // Undo: a user is never deleted (their leads and timeline name them); an
    // added one is deactivated, an edited one gets their details and teams back.
    Workspace &ws = workspace();
    const User after = *ws.users().find(id);
    auto put = [&ws](const User &state, bool keepActive) -> Problems {
        auto now = ws.users().find(state.id);
        if (!now)
            return Problems{Problem{QStringLiteral("login"), tr("The user is gone.")}};
        User u = state;
        if (keepActive)
            u.active = false;
        if (VoidResult r = ws.users().update(u); !r)
            return r.problems();
        for (const ReferenceItem &team : ws.references().list(RefKind::Team)) {
            QList<qint64> members = ws.users().teamMembers(team.id);
            const bool wanted = state.teamIds.contains(team.id) && !keepActive;
            if (wanted == members.contains(state.id))
                continue;
            if (wanted)
                members << state.id;
            else
                members.removeAll(state.id);
            if (VoidResult r = ws.users().setTeamMembers(team.id, members); !r)
                return r.problems();
        }
        return {};
    };
    const QString who = after.name.isEmpty() ? after.login : after.name;
    if (before)
        ConfigUndo::push(tr("Edit the user %1").arg(who), [put, after] { return put(after, false); },
                         [put, b = *before] { return put(b, false); });
    else
        ConfigUndo::push(tr("Add the user %1").arg(who), [put, after] { return put(after, false); },
                         [put, after] { return put(after, true); });
    return true;
}
