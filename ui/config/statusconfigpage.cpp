#include "statusconfigpage.h"

#include "configundo.h"
#include "undoids.h"

#include "statuslistmodel.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

StatusConfigPage::StatusConfigPage(Workspace &ws, QWidget *parent)
    : ConfigSection(ws, tr("Lead statuses"),
                    tr("The stages a lead goes through, in the order of the kanban columns. Drag a status to reorder it, "
                       "double-click its name to rename it. Closed statuses list under Closed leads."),
                    parent)
{
    setObjectName(QStringLiteral("statusConfigPage"));
    m_model = new StatusListModel(ws, this);
    connect(m_model, &StatusListModel::problem, this, &ConfigSection::showProblems);

    // Add bar.
    auto *addCard = new QFrame(this);
    addCard->setObjectName(QStringLiteral("sectionCard"));
    auto *addRow = new QHBoxLayout(addCard);
    addRow->setContentsMargins(12, 10, 12, 10);
    m_newName = new QLineEdit(addCard);
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_newName->setPlaceholderText(tr("New status…"));
    m_newName->setClearButtonEnabled(true);
    m_newClosed = new QCheckBox(tr("Closed"), addCard);
    auto *add = new QPushButton(tr("Add"), addCard);
    add->setObjectName(QStringLiteral("primaryButton"));
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newClosed);
    addRow->addWidget(add);
    auto onAdd = [this] {
        if (addStatus(m_newName->text(), !m_newClosed->isChecked())) {
            m_newName->clear();
            m_newClosed->setChecked(false);
        }
    };
    connect(add, &QPushButton::clicked, this, onAdd);
    connect(m_newName, &QLineEdit::returnPressed, this, onAdd);
    body()->addWidget(addCard);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("statusList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Reorder by drag and drop: the model's own MIME type, drops between rows.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StatusListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StatusListModel::OpenColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(StatusListModel::RoleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(StatusListModel::LeadsColumn, QHeaderView::ResizeToContents);
    m_view->setStyleSheet(QStringLiteral("QTreeView#statusList { border: 1px solid #dde3ea; border-radius: 6px; background: white; }"
                                         "QTreeView#statusList::item { padding: 5px 4px; }"));
    left->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    m_rename = new QPushButton(tr("Rename"), this);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    for (QPushButton *b : {m_up, m_down, m_rename})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            m_view->edit(m_model->index(i.row(), StatusListModel::NameColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &StatusConfigPage::onRemove);
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setMinimumWidth(420);
    columns->addWidget(leftBox, 3);

    // Roles.
    auto *roles = new QFrame(this);
    roles->setObjectName(QStringLiteral("sectionCard"));
    auto *rolesLayout = new QVBoxLayout(roles);
    rolesLayout->setContentsMargins(16, 14, 16, 14);
    auto *rolesTitle = new QLabel(tr("Roles"), roles);
    rolesTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *rolesHint = new QLabel(tr("Which status new leads start in, and which ones Convert and Lose move leads to. "
                                    "New leads need an open status; converted and lost, closed ones."),
                                 roles);
    rolesHint->setWordWrap(true);
    rolesHint->setStyleSheet(QStringLiteral("color: #616e7c;"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_newRole = new QComboBox(roles);
    m_convertedRole = new QComboBox(roles);
    m_lostRole = new QComboBox(roles);
    form->addRow(tr("New leads start in"), m_newRole);
    form->addRow(tr("Convert moves to"), m_convertedRole);
    form->addRow(tr("Lose moves to"), m_lostRole);
    rolesLayout->addWidget(rolesTitle);
    rolesLayout->addWidget(rolesHint);
    rolesLayout->addLayout(form);
    rolesLayout->addStretch(1);
    columns->addWidget(roles, 2);
    body()->addLayout(columns, 1);

    const QList<std::pair<QComboBox *, StatusRole>> combos = {
        {m_newRole, StatusRole::New}, {m_convertedRole, StatusRole::Converted}, {m_lostRole, StatusRole::Lost}};
    for (const auto &[combo, role] : combos) {
        connect(combo, &QComboBox::activated, this, [this, combo = combo, role = role] {
            if (!setRole(role, combo->currentData().toLongLong()))
                fillRoleCombos(); // back to the status that really holds the role
        });
    }

    auto refresh = [this] {
        fillRoleCombos();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StatusConfigPage::updateButtons);
    fillRoleCombos();
    updateButtons();
}

QComboBox *StatusConfigPage::roleCombo(StatusRole role) const
{
    switch (role) {
    case StatusRole::New: return m_newRole;
    case StatusRole::Converted: return m_convertedRole;
    case StatusRole::Lost: return m_lostRole;
    case StatusRole::None: break;
    }
    return nullptr;
}

void StatusConfigPage::fillRoleCombos()
{
    const QList<LeadStatus> statuses = workspace().statuses().all();
    for (StatusRole role : {StatusRole::New, StatusRole::Converted, StatusRole::Lost}) {
        QComboBox *combo = roleCombo(role);
        const QSignalBlocker block(combo);
        combo->clear();
        for (const LeadStatus &s : statuses) {
            combo->addItem(s.isOpen ? s.name : tr("%1 (closed)").arg(s.name), s.id);
            if (s.role == role)
                combo->setCurrentIndex(combo->count() - 1);
        }
    }
}

qint64 StatusConfigPage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->status(i.row()).id : 0;
}

void StatusConfigPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, StatusListModel::NameColumn));
}

void StatusConfigPage::updateButtons()
{
    const QModelIndex i = m_view->currentIndex();
    m_up->setEnabled(i.isValid() && i.row() > 0);
    m_down->setEnabled(i.isValid() && i.row() + 1 < m_model->rowCount());
    m_rename->setEnabled(i.isValid());
    m_remove->setEnabled(i.isValid());
}

void StatusConfigPage::moveCurrent(int delta)
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    if (id == 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    if (m_model->moveTo(id, row + delta)) {
        clearMessage();
        select(id);
    }
}

qint64 StatusConfigPage::addStatus(const QString &name, bool isOpen)
{
    auto added = workspace().statuses().add(name, isOpen);
    if (!check(added, tr("The status was not added")))
        return 0;
    clearMessage();
    // Undo removes it while no lead is in it; redo adds it again (a new id,
    // followed for the steps before).
    Workspace &ws = workspace();
    const QString kind = QStringLiteral("status");
    ConfigUndo::push(
        tr("Add the status \"%1\"").arg(added->name),
        [&ws, kind, first = added->id, name = added->name, isOpen] {
            return UndoIds::addAgain(kind, first, [&] { return ws.statuses().add(name, isOpen); });
        },
        [&ws, kind, first = added->id]() -> Problems {
            VoidResult r = ws.statuses().remove(UndoIds::current(kind, first));
            return r ? Problems{} : r.problems();
        });
    select(added->id);
    return added->id;
}

bool StatusConfigPage::removeStatus(qint64 id, qint64 moveLeadsTo)
{
    const auto status = workspace().statuses().find(id);
    const QString name = status ? status->name : QString();
    // What the undo needs: where it was, and which leads it held.
    QList<qint64> order;
    for (const LeadStatus &s : workspace().statuses().all())
        order << s.id;
    const QList<qint64> leads = workspace().statuses().leadsIn(id);
    if (!check(workspace().statuses().remove(id, moveLeadsTo), tr("The status \"%1\" was not removed").arg(name)))
        return false;
    showDone(tr("The status \"%1\" was removed.").arg(name));
    // Undo adds it again at its place with its leads (those still where they
    // were moved); redo removes it again, moving them as before.
    Workspace &ws = workspace();
    const QString kind = QStringLiteral("status");
    const LeadStatus removed = *status;
    ConfigUndo::push(
        tr("Remove the status \"%1\"").arg(name),
        [&ws, kind, first = id, moveLeadsTo]() -> Problems {
            VoidResult r = ws.statuses().remove(UndoIds::current(kind, first), UndoIds::current(kind, moveLeadsTo));
            return r ? Problems{} : r.problems();
        },
        [&ws, kind, removed, order, leads, moveLeadsTo]() -> Problems {
            LeadStatus was = removed;
            was.id = UndoIds::current(kind, removed.id);
            QList<qint64> now;
            for (qint64 s : order)
                now << UndoIds::current(kind, s);
            return UndoIds::addAgain(kind, removed.id,
                                     [&] { return ws.statuses().putBack(was, now, leads, UndoIds::current(kind, moveLeadsTo)); });
        });
    return true;
}

bool StatusConfigPage::setRole(StatusRole role, qint64 id)
{
    const qint64 before = workspace().statuses().byRole(role).id;
    if (!check(workspace().statuses().setRole(role, id), tr("The role was not changed")))
        return false;
    clearMessage();
    if (before != 0 && before != id) {
        Workspace &ws = workspace();
        auto give = [&ws, role](qint64 to) -> Problems {
            VoidResult r = ws.statuses().setRole(role, UndoIds::current(QStringLiteral("status"), to));
            return r ? Problems{} : r.problems();
        };
        const auto to = ws.statuses().find(id);
        ConfigUndo::push(tr("Give the role to \"%1\"").arg(to ? to->name : QString()), [give, id] { return give(id); },
                         [give, before] { return give(before); });
    }
    return true;
}

void StatusConfigPage::onRemove()
{
    const qint64 id = currentId();
    const auto status = workspace().statuses().find(id);
    if (!status)
        return;
    const qint64 used = m_model->leadCount(id);
    if (used == 0) {
        if (QMessageBox::question(this, tr("Remove status"), tr("Remove the status \"%1\"?").arg(status->name))
            == QMessageBox::Yes)
            removeStatus(id);
        return;
    }
    // Leads have it: ask where they go.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Remove status"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(tr("%n lead(s) have the status \"%1\". Move them to:", nullptr, int(used)).arg(status->name), &dialog);
    text->setWordWrap(true);
    auto *target = new QComboBox(&dialog);
    target->setObjectName(QStringLiteral("moveLeadsToCombo"));
    for (const LeadStatus &s : workspace().statuses().all())
        if (s.id != id && s.role != StatusRole::Converted && s.role != StatusRole::Lost)
            target->addItem(s.name, s.id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move and remove"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(target);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        removeStatus(id, target->currentData().toLongLong());
}
