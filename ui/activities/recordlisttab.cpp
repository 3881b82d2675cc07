#include "recordlisttab.h"

#include "icons.h"
#include "leadservice.h"
#include "messagebanner.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SortRole = Qt::UserRole + 1;

RecordListTab::Confirm &confirmHandler()
{
    static RecordListTab::Confirm handler;
    return handler;
}

/// A row ordered by its sort key where it has one (dates, sizes), else by text.
class RecordItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, SortRole), b = other.data(column, SortRole);
        if (a.isValid() && b.isValid()) {
            if (a.userType() == QMetaType::QDateTime)
                return a.toDateTime() < b.toDateTime();
            return a.toLongLong() < b.toLongLong();
        }
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

} // namespace

RecordListTab::RecordListTab(Workspace &ws, QWidget *parent) : LeadTabPage(parent), m_ws(ws)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(8);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    m_layout->addLayout(m_buttons);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("tabBanner"));
    m_layout->addWidget(m_banner);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("tabHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #7b8794;"));
    m_layout->addWidget(m_hint);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recordList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->setMinimumHeight(160);
    m_list->header()->setStretchLastSection(true);
    m_layout->addWidget(m_list, 1);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        currentChanged();
    });
    // A double-click, not the style's "activation" (a single click on some desktops).
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { activateRequested(); });
    connect(&ws, &Workspace::leadsChanged, this, &RecordListTab::onLeadsChanged);
    connect(&ws, &Workspace::leadsRemoved, this, [this](const QList<qint64> &ids) {
        if (m_lead.id && ids.contains(m_lead.id))
            setLead(Lead());
    });
    connect(&ws, &Workspace::leadsReset, this, [this] { onLeadsChanged({m_lead.id}); });
    connect(&ws, &Workspace::usersChanged, this, &RecordListTab::reload);
}

bool RecordListTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && currentId()) {
            deleteRequested();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier && currentId()) {
            activateRequested();
            return true;
        }
    }
    return LeadTabPage::eventFilter(watched, event);
}

void RecordListTab::setConfirm(Confirm confirm)
{
    confirmHandler() = std::move(confirm);
}

void RecordListTab::setLead(const Lead &lead)
{
    if (lead.id != m_lead.id)
        clearMessage();
    m_lead = lead;
    m_converted = lead.id != 0 && m_ws.leads().isConverted(lead);
    reload();
}

void RecordListTab::onLeadsChanged(const QList<qint64> &ids)
{
    if (m_lead.id == 0 || !ids.contains(m_lead.id))
        return;
    // The lead's own flags (do-not-call, converted) may have changed too.
    if (auto fresh = m_ws.leads().get(m_lead.id)) {
        m_lead = fresh.value();
        m_converted = m_ws.leads().isConverted(m_lead);
    }
    reload();
}

void RecordListTab::reload()
{
    const qint64 current = currentId();
    const int sortColumn = m_list->sortColumn();
    const Qt::SortOrder order = m_list->header()->sortIndicatorOrder();
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (m_lead.id)
        fill();
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(sortColumn, order);
    if (!current || !selectId(current))
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setEnabled(m_lead.id != 0);
    refreshHint();
    updateActions();
    currentChanged();
    emit countChanged(m_lead.id ? count() : -1);
}

void RecordListTab::refreshHint()
{
    QString text;
    if (m_lead.id == 0)
        text = unsavedHint();
    else if (m_converted)
        text = tr("This lead is converted: it is kept as it was and takes no new entries.");
    else
        text = readyHint();
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

qint64 RecordListTab::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

bool RecordListTab::selectId(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QList<qint64> RecordListTab::ids() const
{
    QList<qint64> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(0, IdRole).toLongLong();
    return out;
}

QPushButton *RecordListTab::addButton(const QString &icon, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *b = new QPushButton(Icons::icon(icon), text, this);
    b->setObjectName(objectName);
    if (!toolTip.isEmpty())
        b->setToolTip(toolTip);
    m_buttons->addWidget(b);
    return b;
}

QTreeWidgetItem *RecordListTab::addRow(qint64 id, const QStringList &texts, const QList<QVariant> &sortKeys)
{
    auto *item = new RecordItem(texts);
    item->setData(0, IdRole, id);
    for (int c = 0; c < sortKeys.size(); ++c)
        if (sortKeys.at(c).isValid())
            item->setData(c, SortRole, sortKeys.at(c));
    m_list->addTopLevelItem(item);
    return item;
}

void RecordListTab::setHeaders(const QStringList &headers)
{
    m_list->setHeaderLabels(headers);
}

void RecordListTab::showProblems(const QString &title, const Problems &problems)
{
    QList<MessageBanner::Line> lines;
    for (const Problem &p : problems)
        lines << MessageBanner::Line{p.message, {}};
    if (lines.size() == 1)
        m_banner->showMessage(MessageBanner::Kind::Error, title + QLatin1Char(' ') + lines.first().text);
    else
        m_banner->showMessage(MessageBanner::Kind::Error, title, lines);
}

void RecordListTab::showError(const QString &title)
{
    m_banner->showMessage(MessageBanner::Kind::Error, title);
}

void RecordListTab::clearMessage()
{
    m_banner->clear();
}

bool RecordListTab::confirm(const QString &title, const QString &text)
{
    if (confirmHandler())
        return confirmHandler()(this, title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QString RecordListTab::when(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // The locale's short date, and hours and minutes: seconds mean nothing here.
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

int RecordListTab::dateColumnWidth() const
{
    return fontMetrics().horizontalAdvance(when(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))) + 28;
}
