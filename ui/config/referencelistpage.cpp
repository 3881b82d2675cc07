#include "referencelistpage.h"

#include "configundo.h"
#include "undoids.h"

#include "referencelistmodel.h"
#include "referenceservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace {

QString listTitle(RefKind kind)
{
    const RefListInfo *info = refListInfo(kind);
    return info ? QCoreApplication::translate("RefList", info->label) : QString();
}

QString describe(RefKind kind)
{
    switch (kind) {
    case RefKind::Function:
        return QCoreApplication::translate("ReferenceListPage", "The job titles of contacts. Unless the CRM options restrict them to this list, users may add one from a lead.");
    case RefKind::LossReason: return QCoreApplication::translate("ReferenceListPage", "The reasons offered when a lead is lost.");
    case RefKind::Team: return QCoreApplication::translate("ReferenceListPage", "Sales teams and their members. With the option on, a team's leads go only to its members.");
    case RefKind::Agency: return QCoreApplication::translate("ReferenceListPage", "Agencies, used on leads when agencies management is on in the CRM options.");
    case RefKind::Company: return QCoreApplication::translate("ReferenceListPage", "The companies of a multi-company setup; each lead belongs to one.");
    case RefKind::Tag: return QCoreApplication::translate("ReferenceListPage", "Tags mark leads with a name and a colour, shown as chips on cards and in the grid.");
    case RefKind::Product: return QCoreApplication::translate("ReferenceListPage", "The products and services of interest, each within a sales direction.");
    case RefKind::Country: return QCoreApplication::translate("ReferenceListPage", "Countries with their two-letter ISO 3166 code.");
    case RefKind::MarketingList: return QCoreApplication::translate("ReferenceListPage", "Named static lists of leads for marketing.");
    default: break;
    }
    return QCoreApplication::translate("ReferenceListPage", "The entries users choose from on a lead. Names are unique without regard to case and accents; an entry that leads use cannot be removed.");
}

} // namespace

ReferenceListPage::ReferenceListPage(Workspace &ws, RefKind kind, QWidget *parent)
    : ConfigSection(ws, listTitle(kind), describe(kind), parent), m_kind(kind)
{
    setObjectName(QStringLiteral("referenceListPage"));
    m_model = new ReferenceListModel(ws, kind, this);
    connect(m_model, &ReferenceListModel::problem, this, &ConfigSection::showProblems);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Add bar: a name (and what subclasses add), then Add.
    auto *addCard = new QFrame(this);
    addCard->setObjectName(QStringLiteral("sectionCard"));
    m_addBar = new QHBoxLayout(addCard);
    m_addBar->setContentsMargins(12, 10, 12, 10);
    m_addBar->setSpacing(8);
    m_newName = new QLineEdit(addCard);
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_newName->setPlaceholderText(tr("New %1…").arg(ReferenceService::singularName(kind)));
    m_newName->setClearButtonEnabled(true);
    m_newName->setMinimumWidth(240);
    m_add = new QPushButton(tr("Add"), addCard);
    m_add->setObjectName(QStringLiteral("primaryButton"));
    m_add->setAccessibleName(tr("Add %1").arg(ReferenceService::singularName(kind)));
    m_addBar->addWidget(m_newName, 1);
    m_addBar->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &ReferenceListPage::onAdd);
    connect(m_newName, &QLineEdit::returnPressed, this, &ReferenceListPage::onAdd);
    body()->addWidget(addCard);

    // The list on the left, details (subclasses) on the right.
    m_columns = new QHBoxLayout;
    m_columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(8);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #616e7c;"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    left->addLayout(filterRow);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("referenceList"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setStyleSheet(QStringLiteral("QListView#referenceList { border: 1px solid #dde3ea; border-radius: 6px; background: white; }"
                                         "QListView#referenceList::item { padding: 5px 6px; }"));
    left->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_rename = new QPushButton(tr("Rename"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->hide();
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    left->addLayout(buttons);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_remove, &QPushButton::clicked, this, &ReferenceListPage::onRemove);
    connect(m_import, &QPushButton::clicked, this, [this] { emit importRequested(m_kind); });

    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setMaximumWidth(520);
    leftBox->setMinimumWidth(300);
    m_columns->addWidget(leftBox, 1);
    m_columns->addStretch(0);
    body()->addLayout(m_columns, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        currentItemChanged(currentItem());
    });
    auto refresh = [this] {
        updateCount();
        updateButtons();
        currentItemChanged(currentItem());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    updateCount();
    updateButtons();
}

QString ReferenceListPage::singularLabel() const
{
    return ReferenceService::singularName(m_kind);
}

void ReferenceListPage::setImportable(bool importable)
{
    m_import->setVisible(importable);
}

void ReferenceListPage::setDetailsWidget(QWidget *details, bool fillHeight)
{
    // Replaces the stretch that keeps the list narrow when there are no details.
    delete m_columns->takeAt(1);
    m_details = details;
    m_columns->addWidget(details, 1, fillHeight ? Qt::Alignment() : Qt::AlignTop);
}

std::optional<ReferenceItem> ReferenceListPage::currentItem() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->item(index.row());
}

void ReferenceListPage::selectItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ReferenceListPage::updateButtons()
{
    const bool has = m_view->currentIndex().isValid();
    m_rename->setEnabled(has);
    m_remove->setEnabled(has);
}

void ReferenceListPage::updateCount()
{
    m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

ReferenceItem ReferenceListPage::newItem(const QString &name) const
{
    ReferenceItem item;
    item.name = name;
    return item;
}

void ReferenceListPage::currentItemChanged(const std::optional<ReferenceItem> &) {}

qint64 ReferenceListPage::addItem(const QString &name)
{
    auto added = workspace().references().add(m_kind, newItem(name));
    if (!check(added, tr("The %1 was not added").arg(singularLabel())))
        return 0;
    clearMessage();
    recordAdded(added.value());
    // The filter might hide the new entry; show it.
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    selectItem(added->id);
    return added->id;
}

bool ReferenceListPage::renameItem(qint64 id, const QString &name)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const bool ok = m_model->setData(m_model->index(row), name, Qt::EditRole);
    if (ok)
        clearMessage();
    return ok;
}

bool ReferenceListPage::removeItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const ReferenceItem item = m_model->item(row);
    if (!check(workspace().references().remove(m_kind, id), tr("\"%1\" was not removed").arg(item.name)))
        return false;
    recordRemoved(item);
    // No confirmation box: the entry was unused, and Undo puts it back.
    showDone(tr("\"%1\" was removed.").arg(item.name), tr("Undo"), [this, item] {
        ReferenceItem again = item;
        again.id = 0;
        auto added = workspace().references().add(m_kind, again);
        if (check(added, tr("\"%1\" was not put back").arg(item.name))) {
            clearMessage();
            selectItem(added->id);
        }
    });
    return true;
}

void ReferenceListPage::onAdd()
{
    const QString name = m_newName->text();
    if (addItem(name))
        m_newName->clear();
    m_newName->setFocus();
}

void ReferenceListPage::onRemove()
{
    if (const auto item = currentItem())
        removeItem(item->id);
}

namespace {

/// Adds the entry again (an undone removal, a redone addition): its new id
/// is known under the first one.
Problems addAgain(Workspace &ws, RefKind kind, ReferenceItem item, qint64 firstId)
{
    item.id = 0;
    return UndoIds::addAgain(QStringLiteral("ref-%1").arg(int(kind)), firstId, [&] { return ws.references().add(kind, item); });
}

Problems removeNow(Workspace &ws, RefKind kind, qint64 firstId)
{
    VoidResult r = ws.references().remove(kind, UndoIds::current(QStringLiteral("ref-%1").arg(int(kind)), firstId));
    return r ? Problems{} : r.problems();
}

} // namespace

void ReferenceListPage::recordAdded(const ReferenceItem &item)
{
    Workspace &ws = workspace();
    const RefKind kind = m_kind;
    ConfigUndo::push(tr("Add \"%1\"").arg(item.name), [&ws, kind, item] { return addAgain(ws, kind, item, item.id); },
                     [&ws, kind, id = item.id] { return removeNow(ws, kind, id); });
}

void ReferenceListPage::recordRemoved(const ReferenceItem &item)
{
    Workspace &ws = workspace();
    const RefKind kind = m_kind;
    ConfigUndo::push(tr("Remove \"%1\"").arg(item.name), [&ws, kind, id = item.id] { return removeNow(ws, kind, id); },
                     [&ws, kind, item] { return addAgain(ws, kind, item, item.id); });
}
