#include "duplicatesdialog.h"

#include "duplicatefinder.h"
#include "workflowproblems.h"
#include "icons.h"
#include "leadfield.h"
#include "leadservice.h"
#include "messagebanner.h"
#include "statusservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, CompanyColumn, EmailColumn, PhoneColumn, StatusColumn, CreatedColumn, ColumnCount };
constexpr int LeadIdRole = Qt::UserRole + 1;

QString fieldLabelOf(const QString &key)
{
    if (const LeadField *f = leadField(key))
        return f->translatedLabel();
    return key;
}

QString leadLabel(const QList<Lead> &leads, qint64 id)
{
    for (const Lead &l : leads)
        if (l.id == id)
            return QCoreApplication::translate("MergePlanDialog", "%1 (#%2)").arg(l.displayName()).arg(id);
    return QCoreApplication::translate("MergePlanDialog", "lead #%1").arg(id);
}

QTreeWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

MergePlanDialog::MergePlanDialog(Workspace &, const MergePlan &plan, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("mergePlanDialog"));
    setWindowTitle(tr("Merge duplicates"));
    setWindowIcon(Icons::icon(QStringLiteral("duplicates")));
    QList<Lead> all = plan.others;
    all.prepend(plan.before);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%n lead(s) will be merged into %1.</b> Blank fields of the master are filled from the "
                                  "others, oldest first; emails, phones and tags are united; events, emails, attachments "
                                  "and the activity move to the master. The merged leads leave every list; the merge is "
                                  "written on the master's timeline and can be undone.",
                                  nullptr, int(plan.others.size()))
                                   .arg(leadLabel(all, plan.before.id).toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("mergeHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    layout->addWidget(new QLabel(tr("What the master receives:"), this));
    m_gains = makeTable({tr("Field"), tr("Value"), tr("From")}, QStringLiteral("mergeGains"), this);
    for (const MergeGain &g : plan.gains) {
        auto *item = new QTreeWidgetItem(m_gains, {fieldLabelOf(g.field), g.value, leadLabel(all, g.fromLeadId)});
        item->setToolTip(1, g.added ? tr("Added to the master's list or text") : tr("Fills a blank field of the master"));
    }
    if (plan.gains.isEmpty())
        new QTreeWidgetItem(m_gains, {tr("Nothing: the master already has every value."), QString(), QString()});
    layout->addWidget(m_gains, 2);

    auto *lossesLabel = new QLabel(tr("Values not kept on the master (written on its timeline, so nothing is lost):"), this);
    lossesLabel->setWordWrap(true);
    m_losses = makeTable({tr("Field"), tr("Not kept"), tr("From"), tr("Kept")}, QStringLiteral("mergeLosses"), this);
    for (const MergeLoss &l : plan.losses)
        new QTreeWidgetItem(m_losses, {fieldLabelOf(l.field), l.value, leadLabel(all, l.fromLeadId), l.kept});
    lossesLabel->setVisible(!plan.losses.isEmpty());
    m_losses->setVisible(!plan.losses.isEmpty());
    layout->addWidget(lossesLabel);
    layout->addWidget(m_losses, 1);

    for (QTreeWidget *t : {m_gains, m_losses})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmMergeButton"));
    ok->setIcon(Icons::icon(QStringLiteral("duplicates")));
    ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setIcon(Icons::icon(QStringLiteral("close")));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

DuplicatesDialog::DuplicatesDialog(Workspace &ws, const QList<qint64> &scope, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_scope(scope)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Check duplicates"));
    setWindowIcon(Icons::icon(QStringLiteral("duplicates")));
    m_confirm = [this](const MergePlan &plan) {
        MergePlanDialog dialog(m_ws, plan, this);
        return dialog.exec() == QDialog::Accepted;
    };

    auto *layout = new QVBoxLayout(this);
    auto *criteria = new QGroupBox(tr("Leads are duplicates when they are equal on every field ticked"), this);
    auto *grid = new QGridLayout(criteria);
    const QStringList keys = DuplicateFinder::fieldKeys();
    const QStringList defaults = DuplicateFinder::defaultFields();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(DuplicateFinder::fieldLabel(keys[i]), criteria);
        box->setObjectName(QStringLiteral("field_") + keys[i]);
        box->setChecked(defaults.contains(keys[i]));
        m_fieldBoxes.insert(keys[i], box);
        grid->addWidget(box, i / 5, i % 5);
    }
    QLabel *fieldsError = WorkflowProblems::makeLabel(QStringLiteral("fieldsError"), criteria);
    grid->addWidget(fieldsError, (int(keys.size()) + 4) / 5, 0, 1, 5);

    auto *scopeRow = new QHBoxLayout;
    m_scopeSelection = new QRadioButton(scope.size() >= 2 ? tr("Among the %n selected lead(s)", nullptr, int(scope.size()))
                                                          : tr("Among the selected leads (select two or more in the list)"),
                                        criteria);
    m_scopeSelection->setObjectName(QStringLiteral("scopeSelection"));
    m_scopeAll = new QRadioButton(tr("Among all leads"), criteria);
    m_scopeAll->setObjectName(QStringLiteral("scopeAll"));
    const bool selection = scope.size() >= 2;
    m_scopeSelection->setEnabled(selection);
    (selection ? m_scopeSelection : m_scopeAll)->setChecked(true);
    m_findButton = new QPushButton(Icons::icon(QStringLiteral("search")), tr("&Find"), criteria);
    m_findButton->setObjectName(QStringLiteral("findButton"));
    // Not the default button: Enter in the list must not search again and lose the masters chosen.
    scopeRow->addWidget(m_scopeSelection);
    scopeRow->addWidget(m_scopeAll);
    scopeRow->addStretch(1);
    scopeRow->addWidget(m_findButton);
    grid->addLayout(scopeRow, (int(keys.size()) + 4) / 5 + 1, 0, 1, 5);
    layout->addWidget(criteria);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("duplicatesBanner"));
    layout->addWidget(m_banner);
    m_problems = new WorkflowProblems(m_banner);
    m_problems->bind(QStringLiteral("fields"), fieldsError, m_fieldBoxes.value(keys.value(0)));

    m_countLabel = new QLabel(tr("Tick the fields to compare and press Find."), this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_countLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("groupTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name (✓ master)"), tr("Company"), tr("Email"), tr("Phone"), tr("Status"), tr("Created")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 220);
    m_tree->setColumnWidth(CompanyColumn, 170);
    m_tree->setColumnWidth(EmailColumn, 200);
    m_tree->setColumnWidth(PhoneColumn, 140);
    m_tree->setColumnWidth(StatusColumn, 130);
    layout->addWidget(m_tree, 1);

    auto *actions = new QHBoxLayout;
    m_setMaster = new QPushButton(Icons::icon(QStringLiteral("star")), tr("Set as &master"), this);
    m_setMaster->setObjectName(QStringLiteral("setMasterButton"));
    m_merge = new QPushButton(Icons::icon(QStringLiteral("duplicates")), tr("M&erge group…"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_notDuplicates = new QPushButton(Icons::icon(QStringLiteral("close")), tr("&Not duplicates"), this);
    m_notDuplicates->setObjectName(QStringLiteral("notDuplicatesButton"));
    m_notDuplicates->setToolTip(tr("These leads are different people or companies: never propose them together again."));
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("&Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    m_openMaster = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open merged m&aster"), this);
    m_openMaster->setObjectName(QStringLiteral("openMasterButton"));
    m_openMaster->setEnabled(false);
    m_undoMerge = new QPushButton(Icons::icon(QStringLiteral("undo")), tr("&Undo merge"), this);
    m_undoMerge->setObjectName(QStringLiteral("undoMergeButton"));
    m_undoMerge->setToolTip(tr("Puts the merged leads back as they were"));
    m_undoMerge->setEnabled(false);
    for (QPushButton *b : {m_setMaster, m_merge, m_notDuplicates, m_openLead})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_undoMerge);
    actions->addWidget(m_openMaster);
    layout->addLayout(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setIcon(Icons::icon(QStringLiteral("close")));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_findButton, &QPushButton::clicked, this, &DuplicatesDialog::find);
    connect(m_setMaster, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (item && item->parent())
            setMaster(m_tree->indexOfTopLevelItem(item->parent()), item->data(NameColumn, LeadIdRole).toLongLong());
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (const int g = currentGroup(); g >= 0)
            mergeGroup(g);
    });
    connect(m_notDuplicates, &QPushButton::clicked, this, [this] {
        if (const int g = currentGroup(); g >= 0)
            markNotDuplicates(g);
    });
    connect(m_openLead, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (item && item->parent()) {
            emit openLeadRequested(item->data(NameColumn, LeadIdRole).toLongLong());
            accept();
        }
    });
    connect(m_openMaster, &QPushButton::clicked, this, [this] {
        if (m_lastMasterId) {
            emit openLeadRequested(m_lastMasterId);
            accept();
        }
    });
    connect(m_undoMerge, &QPushButton::clicked, this, &DuplicatesDialog::undoLastMerge);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent()) {
            emit openLeadRequested(item->data(NameColumn, LeadIdRole).toLongLong());
            accept();
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_updating || column != NameColumn || !item->parent())
            return;
        const int g = m_tree->indexOfTopLevelItem(item->parent());
        const qint64 id = item->data(NameColumn, LeadIdRole).toLongLong();
        if (item->checkState(NameColumn) == Qt::Checked)
            setMaster(g, id);
        else // a group always has one master: unticking it is undone, after this signal
            QMetaObject::invokeMethod(this, [this, g] { rebuildGroup(g); }, Qt::QueuedConnection);
    });

    m_tree->installEventFilter(this);
    updateButtons();
    resize(1060, 620);
}

bool DuplicatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Space on a lead makes it the master of its group (the keyboard's tick).
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QTreeWidgetItem *item = m_tree->currentItem();
        if ((key == Qt::Key_Space || key == Qt::Key_Select) && item && item->parent()) {
            setMaster(m_tree->indexOfTopLevelItem(item->parent()), item->data(NameColumn, LeadIdRole).toLongLong());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

DuplicatesDialog::~DuplicatesDialog()
{
    delete m_problems;
}

void DuplicatesDialog::setFields(const QStringList &keys)
{
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it)
        it.value()->setChecked(keys.contains(it.key()));
}

QStringList DuplicatesDialog::fields() const
{
    QStringList out;
    for (const QString &key : DuplicateFinder::fieldKeys())
        if (m_fieldBoxes.value(key)->isChecked())
            out << key;
    return out;
}

bool DuplicatesDialog::find()
{
    m_problems->clear();
    const QList<qint64> scope = m_scopeSelection->isChecked() ? m_scope : QList<qint64>{};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto found = m_ws.duplicates().find(fields(), scope);
    QGuiApplication::restoreOverrideCursor();
    if (!found) {
        m_problems->show(tr("Duplicates were not searched"), found.problems());
        return false;
    }
    m_groups.clear();
    for (const QList<qint64> &ids : found.value()) {
        if (ids.size() < 2)
            continue;
        // The oldest lead (first id) is the master unless the user picks another.
        m_groups << Group{ids, ids.first()};
    }
    m_tree->clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setFirstColumnSpanned(true);
        top->setIcon(NameColumn, Icons::icon(QStringLiteral("duplicates")));
        populateGroup(g);
        rebuildGroup(g);
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_countLabel->setText(m_groups.isEmpty() ? tr("No duplicates found on %1.").arg(QLocale().createSeparatedList([this] {
        QStringList labels;
        for (const QString &k : fields())
            labels << DuplicateFinder::fieldLabel(k);
        return labels;
    }()))
                                             : tr("%n group(s) of duplicates found.", nullptr, int(m_groups.size())));
    updateButtons();
    return true;
}

void DuplicatesDialog::populateGroup(int g)
{
    QTreeWidgetItem *top = m_tree->topLevelItem(g);
    const QSignalBlocker block(m_tree);
    for (qint64 id : m_groups[g].ids) {
        auto lead = m_ws.leads().get(id);
        if (!lead)
            continue;
        const Lead &l = lead.value();
        const auto status = m_ws.statuses().find(l.statusId);
        auto *item = new QTreeWidgetItem(top);
        item->setText(NameColumn, l.displayName());
        item->setText(CompanyColumn, l.company);
        item->setText(EmailColumn, l.emails.join(QStringLiteral(", ")));
        item->setText(PhoneColumn, (l.phones + (l.mobile.isEmpty() ? QStringList{} : QStringList{l.mobile})).join(QStringLiteral(", ")));
        item->setText(StatusColumn, status ? status->name : QString());
        item->setText(CreatedColumn, QLocale().toString(l.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(NameColumn, LeadIdRole, id);
        item->setToolTip(NameColumn, tr("Lead #%1 — tick to make it the master").arg(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    top->setExpanded(true);
}

void DuplicatesDialog::rebuildGroup(int g)
{
    if (g < 0 || g >= m_groups.size())
        return;
    // Updated in place: this runs inside the tree's itemChanged, so no item may go.
    const Group &group = m_groups[g];
    QTreeWidgetItem *top = m_tree->topLevelItem(g);
    const QSignalBlocker block(m_tree);
    m_updating = true;
    QString masterName;
    for (int i = 0; i < top->childCount(); ++i) {
        QTreeWidgetItem *item = top->child(i);
        const bool master = item->data(NameColumn, LeadIdRole).toLongLong() == group.master;
        if (item->checkState(NameColumn) != (master ? Qt::Checked : Qt::Unchecked))
            item->setCheckState(NameColumn, master ? Qt::Checked : Qt::Unchecked);
        QFont font = m_tree->font();
        font.setBold(master);
        item->setFont(NameColumn, font);
        if (master)
            masterName = item->text(NameColumn);
    }
    top->setText(NameColumn, tr("Group %1 — %n lead(s), master: %2", nullptr, int(group.ids.size())).arg(g + 1).arg(masterName));
    m_updating = false;
    m_tree->viewport()->update();
}

QList<QList<qint64>> DuplicatesDialog::groups() const
{
    QList<QList<qint64>> out;
    for (const Group &g : m_groups)
        out << g.ids;
    return out;
}

qint64 DuplicatesDialog::masterOf(int group) const
{
    return group >= 0 && group < m_groups.size() ? m_groups[group].master : 0;
}

void DuplicatesDialog::setMaster(int group, qint64 leadId)
{
    if (group < 0 || group >= m_groups.size() || !m_groups[group].ids.contains(leadId))
        return;
    m_groups[group].master = leadId;
    rebuildGroup(group);
    updateButtons();
}

int DuplicatesDialog::currentGroup() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return -1;
    if (item->parent())
        item = item->parent();
    return m_tree->indexOfTopLevelItem(item);
}

bool DuplicatesDialog::mergeGroup(int group)
{
    if (group < 0 || group >= m_groups.size())
        return false;
    m_problems->clear();
    const Group g = m_groups[group];
    QList<qint64> others = g.ids;
    others.removeAll(g.master);
    auto plan = m_ws.merges().plan(g.master, others);
    if (!plan) {
        m_problems->show(tr("This group cannot be merged"), plan.problems());
        return false;
    }
    if (m_confirm && !m_confirm(plan.value()))
        return false;
    auto merged = m_ws.merges().merge(g.master, others);
    if (!merged) {
        m_problems->show(tr("The group was not merged"), merged.problems());
        return false;
    }
    m_lastMasterId = g.master;
    m_lastMergeId = merged->mergeId;
    m_merges << Merge{merged->mergeId, g.master, others, merged->lead.displayName()};
    removeGroup(group);
    m_openMaster->setEnabled(true);
    m_undoMerge->setEnabled(m_lastMergeId != 0);
    showResult(tr("%n lead(s) merged into “%1”.", nullptr, int(others.size())).arg(merged->lead.displayName()));
    return true;
}

bool DuplicatesDialog::markNotDuplicates(int group)
{
    if (group < 0 || group >= m_groups.size())
        return false;
    m_problems->clear();
    if (VoidResult r = m_ws.duplicates().markNotDuplicates(m_groups[group].ids); !r) {
        m_problems->show(tr("The group was not marked"), r.problems());
        return false;
    }
    const int n = int(m_groups[group].ids.size());
    removeGroup(group);
    showResult(tr("%n lead(s) marked as not duplicates: they will not be proposed together again.", nullptr, n));
    return true;
}

bool DuplicatesDialog::undoLastMerge()
{
    if (!m_lastMergeId)
        return false;
    m_problems->clear();
    auto undone = m_ws.merges().undo(m_lastMergeId);
    if (!undone) {
        m_problems->show(tr("The merge was not undone"), undone.problems());
        return false;
    }
    if (!m_merges.isEmpty() && m_merges.last().mergeId == m_lastMergeId)
        m_merges.removeLast();
    m_lastMergeId = 0;
    m_lastMasterId = 0;
    m_undoMerge->setEnabled(false);
    m_openMaster->setEnabled(false);
    find();
    showResult(tr("The merge was undone: the leads are back as they were."));
    return true;
}

void DuplicatesDialog::removeGroup(int group)
{
    m_groups.removeAt(group);
    delete m_tree->takeTopLevelItem(group);
    for (int g = group; g < m_groups.size(); ++g)
        rebuildGroup(g); // renumbers
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(qMin(group, m_tree->topLevelItemCount() - 1)));
    m_countLabel->setText(tr("%n group(s) of duplicates left.", nullptr, int(m_groups.size())));
    updateButtons();
}

void DuplicatesDialog::showResult(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Success, text);
}

QString DuplicatesDialog::message() const
{
    return m_banner->text();
}

void DuplicatesDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool group = currentGroup() >= 0;
    const bool lead = item && item->parent();
    m_merge->setEnabled(group);
    m_notDuplicates->setEnabled(group);
    m_openLead->setEnabled(lead);
    m_setMaster->setEnabled(lead && item->data(NameColumn, LeadIdRole).toLongLong() != masterOf(currentGroup()));
}
