#include "leadfilterbar.h"

#include "icons.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

LeadFilterBar::LeadFilterBar(Workspace &ws, QWidget *parent) : QFrame(parent), m_ws(ws), m_saved(ws)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(6);
    auto *label = new QLabel(tr("Filters:"), this);
    label->setStyleSheet(QStringLiteral("color: #616e7c;"));
    row->addWidget(label);
    m_status = addButton(QStringLiteral("status"), QStringLiteral("status"), tr("Status"));
    m_assigned = addButton(QStringLiteral("assigned_to"), QStringLiteral("user"), tr("Assigned to"));
    m_source = addButton(QStringLiteral("source"), QStringLiteral("source"), tr("Source"));
    m_tagsButton = addButton(QStringLiteral("tags"), QStringLiteral("tag"), tr("Tags"));
    m_created = addButton(QStringLiteral("created"), QStringLiteral("calendar"), tr("Created"));
    for (QToolButton *b : {m_status, m_assigned, m_source, m_tagsButton, m_created})
        row->addWidget(b);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(Icons::icon(QStringLiteral("close")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Remove every filter"));
    m_clear->setStyleSheet(QStringLiteral("QToolButton { border: none; color: #2f6fb0; }"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        emit changed();
    });
    row->addWidget(m_clear);
    row->addStretch(1);
    m_savedButton = addButton(QStringLiteral("saved"), QStringLiteral("bookmark"), tr("Saved filters"));
    row->addWidget(m_savedButton);

    connect(m_status, &QToolButton::clicked, this, [this] { showChecklist(m_status, statusChoices(), &m_statuses); });
    connect(m_assigned, &QToolButton::clicked, this, [this] { showChecklist(m_assigned, userChoices(), &m_users); });
    connect(m_source, &QToolButton::clicked, this, [this] { showChecklist(m_source, refChoices(int(RefKind::Source)), &m_sources); });
    connect(m_tagsButton, &QToolButton::clicked, this, [this] { showChecklist(m_tagsButton, refChoices(int(RefKind::Tag)), &m_tags); });
    connect(m_created, &QToolButton::clicked, this, &LeadFilterBar::showDateRange);
    connect(m_savedButton, &QToolButton::clicked, this, &LeadFilterBar::showSavedFilters);
    refreshButtons();
}

QToolButton *LeadFilterBar::addButton(const QString &key, const QString &iconName, const QString &text)
{
    auto *b = new QToolButton(this);
    b->setObjectName(key + QStringLiteral("Filter"));
    b->setText(text);
    b->setIcon(Icons::icon(iconName));
    b->setIconSize(QSize(14, 14));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setProperty("filterKey", key);
    b->setProperty("baseText", text);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QToolButton *LeadFilterBar::button(const QString &key) const
{
    for (QToolButton *b : {m_status, m_assigned, m_source, m_tagsButton, m_created, m_savedButton})
        if (b->property("filterKey").toString() == key)
            return b;
    return nullptr;
}

QList<LeadFilterBar::Choice> LeadFilterBar::statusChoices() const
{
    QList<Choice> out;
    for (const LeadStatus &s : m_ws.statuses().all())
        out << Choice{s.id, s.name, {}};
    return out;
}

QList<LeadFilterBar::Choice> LeadFilterBar::userChoices() const
{
    QList<Choice> out{Choice{-1, tr("Unassigned"), {}}};
    for (const User &u : m_ws.users().all())
        if (u.active || m_users.contains(u.id))
            out << Choice{u.id, u.id == m_ws.currentUserId() ? tr("%1 (me)").arg(u.name) : u.name, {}};
    return out;
}

QList<LeadFilterBar::Choice> LeadFilterBar::refChoices(int kind) const
{
    QList<Choice> out;
    for (const ReferenceItem &item : m_ws.references().list(RefKind(kind)))
        out << Choice{item.id, item.name, item.color};
    return out;
}

void LeadFilterBar::showChecklist(QToolButton *button, const QList<Choice> &choices, QList<qint64> *selected)
{
    // A list in a popup rather than menu entries: a menu closes on every
    // click, and ticking several values is the point here.
    QMenu menu(this);
    auto *box = new QWidget(&menu);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    QLineEdit *find = nullptr;
    if (choices.size() > 8) {
        find = new QLineEdit(box);
        find->setPlaceholderText(tr("Find…"));
        find->setClearButtonEnabled(true);
        layout->addWidget(find);
    }
    auto *list = new QListWidget(box);
    list->setObjectName(QStringLiteral("filterChoices"));
    list->setFrameShape(QFrame::NoFrame);
    for (const Choice &c : choices) {
        auto *item = new QListWidgetItem(c.name, list);
        item->setData(Qt::UserRole, c.id);
        // Not user-checkable: the whole row toggles (below), not only the box.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(selected->contains(c.id) ? Qt::Checked : Qt::Unchecked);
        if (!c.color.isEmpty()) {
            QPixmap dot(10, 10);
            dot.fill(QColor(c.color));
            item->setIcon(QIcon(dot));
        }
    }
    list->setMinimumWidth(240);
    list->setFixedHeight(qMin(320, int(choices.size()) * (list->sizeHintForRow(0) + 2) + 6));
    layout->addWidget(list);
    connect(list, &QListWidget::itemChanged, this, [this, selected](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked && !selected->contains(id))
            selected->append(id);
        else if (item->checkState() != Qt::Checked)
            selected->removeAll(id);
        refreshButtons();
        emit changed();
    });
    auto toggle = [](QListWidgetItem *item) {
        if (item)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    };
    connect(list, &QListWidget::itemClicked, this, toggle);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, list, [list, toggle] { toggle(list->currentItem()); });
    if (find)
        connect(find, &QLineEdit::textChanged, list, [list](const QString &text) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
        });
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(box);
    menu.addAction(action);
    if (find)
        find->setFocus();
    else
        list->setFocus();
    menu.exec(button->mapToGlobal(QPoint(0, button->height() + 2)));
}

void LeadFilterBar::showDateRange()
{
    QMenu menu(this);
    auto *box = new QWidget(&menu);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 8, 10, 8);
    auto *presets = new QHBoxLayout;
    const QDate today = m_ws.now().toLocalTime().date();
    auto addPreset = [&](const QString &text, QDate from, QDate to) {
        auto *b = new QPushButton(text, box);
        b->setFlat(true);
        b->setStyleSheet(QStringLiteral("QPushButton { color: #2f6fb0; padding: 2px 6px; }"));
        connect(b, &QPushButton::clicked, &menu, [this, &menu, from, to] {
            m_from = from;
            m_to = to;
            refreshButtons();
            emit changed();
            menu.close();
        });
        presets->addWidget(b);
    };
    addPreset(tr("Today"), today, today);
    addPreset(tr("Last 7 days"), today.addDays(-6), today);
    addPreset(tr("Last 30 days"), today.addDays(-29), today);
    addPreset(tr("This year"), QDate(today.year(), 1, 1), today);
    layout->addLayout(presets);
    auto *form = new QFormLayout;
    auto *from = new QDateEdit(m_from.isValid() ? m_from : today.addMonths(-1), box);
    auto *to = new QDateEdit(m_to.isValid() ? m_to : today, box);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *any = new QPushButton(tr("Any time"), box);
    auto *apply = new QPushButton(tr("Apply"), box);
    apply->setObjectName(QStringLiteral("primaryButton"));
    apply->setDefault(true);
    buttons->addWidget(any);
    buttons->addStretch(1);
    buttons->addWidget(apply);
    layout->addLayout(buttons);
    connect(any, &QPushButton::clicked, &menu, [this, &menu] {
        m_from = m_to = QDate();
        refreshButtons();
        emit changed();
        menu.close();
    });
    connect(apply, &QPushButton::clicked, &menu, [this, &menu, from, to] {
        m_from = qMin(from->date(), to->date());
        m_to = qMax(from->date(), to->date());
        refreshButtons();
        emit changed();
        menu.close();
    });
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(box);
    menu.addAction(action);
    menu.exec(m_created->mapToGlobal(QPoint(0, m_created->height() + 2)));
}

void LeadFilterBar::showSavedFilters()
{
    QMenu menu(this);
    const QList<SavedFilter> saved = m_saved.list();
    for (const SavedFilter &f : saved)
        menu.addAction(Icons::icon(QStringLiteral("bookmark")), f.name, this, [this, f] {
            setCriteria(f.filter);
            emit savedFilterApplied(f.filter);
        });
    if (saved.isEmpty())
        menu.addAction(tr("No saved filters yet"))->setEnabled(false);
    menu.addSeparator();
    menu.addAction(Icons::icon(QStringLiteral("save")), tr("Save current filter…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        LeadFilter f;
        if (m_current)
            f = m_current();
        applyTo(f);
        if (auto r = m_saved.save(name, f); !r)
            emit problem(r.errorText());
    });
    if (!saved.isEmpty()) {
        QMenu *remove = menu.addMenu(Icons::icon(QStringLiteral("delete")), tr("Delete a saved filter"));
        for (const SavedFilter &f : saved)
            remove->addAction(f.name, this, [this, id = f.id] {
                if (auto r = m_saved.remove(id); !r)
                    emit problem(r.errorText());
            });
    }
    menu.exec(m_savedButton->mapToGlobal(QPoint(0, m_savedButton->height() + 2)));
}

void LeadFilterBar::applyTo(LeadFilter &filter) const
{
    filter.statusIds = m_statuses;
    filter.assignedTo = m_users;
    filter.sourceIds = m_sources;
    filter.tagIds = m_tags;
    filter.createdFrom = m_from;
    filter.createdTo = m_to;
}

void LeadFilterBar::setCriteria(const LeadFilter &filter)
{
    m_statuses = filter.statusIds;
    m_users = filter.assignedTo;
    m_sources = filter.sourceIds;
    m_tags = filter.tagIds;
    m_from = filter.createdFrom;
    m_to = filter.createdTo;
    refreshButtons();
}

void LeadFilterBar::clear()
{
    setCriteria(LeadFilter{});
}

bool LeadFilterBar::isActive() const
{
    return !m_statuses.isEmpty() || !m_users.isEmpty() || !m_sources.isEmpty() || !m_tags.isEmpty() || m_from.isValid()
           || m_to.isValid();
}

void LeadFilterBar::refreshButtons()
{
    auto label = [](QToolButton *b, const QList<qint64> &ids, const QString &single) {
        const QString base = b->property("baseText").toString();
        b->setText(ids.isEmpty() ? base : ids.size() == 1 ? QStringLiteral("%1: %2").arg(base, single)
                                                            : QStringLiteral("%1 (%2)").arg(base).arg(ids.size()));
        b->setProperty("active", !ids.isEmpty());
        b->style()->unpolish(b);
        b->style()->polish(b);
    };
    auto nameOf = [](const QList<Choice> &choices, const QList<qint64> &ids) {
        for (const Choice &c : choices)
            if (!ids.isEmpty() && c.id == ids.first())
                return c.name;
        return QString();
    };
    label(m_status, m_statuses, nameOf(statusChoices(), m_statuses));
    label(m_assigned, m_users, nameOf(userChoices(), m_users));
    label(m_source, m_sources, nameOf(refChoices(int(RefKind::Source)), m_sources));
    label(m_tagsButton, m_tags, nameOf(refChoices(int(RefKind::Tag)), m_tags));
    const bool dated = m_from.isValid() || m_to.isValid();
    const QString fmt = QLocale().dateFormat(QLocale::ShortFormat);
    m_created->setText(dated ? tr("Created: %1 – %2").arg(m_from.toString(fmt), m_to.toString(fmt)) : tr("Created"));
    m_created->setProperty("active", dated);
    m_created->style()->unpolish(m_created);
    m_created->style()->polish(m_created);
    m_clear->setVisible(isActive());
}
