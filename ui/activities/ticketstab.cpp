#include "ticketstab.h"

#include "icons.h"
#include "ticketservice.h"
#include "workspace.h"

#include <QBrush>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Subject, State, Opened, Closed };
}

TicketsTab::TicketsTab(Workspace &ws, QWidget *parent) : RecordListTab(ws, parent)
{
    setObjectName(QStringLiteral("ticketsTab"));
    m_new = addButton(QStringLiteral("ticket"), tr("&New ticket…"), QStringLiteral("newTicketButton"),
                      tr("Open a request linked to this lead"));
    m_edit = addButton(QStringLiteral("edit"), tr("&Edit…"), QStringLiteral("editTicketButton"));
    m_toggle = addButton(QStringLiteral("check"), tr("&Close ticket"), QStringLiteral("toggleTicketButton"));
    m_buttons->addStretch(1);
    setHeaders({tr("Subject"), tr("State"), tr("Opened"), tr("Closed")});
    list()->header()->resizeSection(Subject, 340);
    list()->header()->resizeSection(State, 90);
    list()->header()->resizeSection(Opened, dateColumnWidth());
    list()->sortByColumn(Opened, Qt::DescendingOrder);
    connect(m_new, &QPushButton::clicked, this, &TicketsTab::newTicket);
    connect(m_edit, &QPushButton::clicked, this, &TicketsTab::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &TicketsTab::toggleCurrent);
    reload();
}

QString TicketsTab::unsavedHint() const
{
    return tr("Save the lead first: tickets are opened on a saved lead.");
}

void TicketsTab::fill()
{
    m_open = 0;
    for (const Ticket &t : m_ws.tickets().forLead(leadId())) {
        if (t.isOpen)
            ++m_open;
        QTreeWidgetItem *item = addRow(t.id, {t.subject, t.isOpen ? tr("Open") : tr("Closed"), when(t.createdAt), when(t.closedAt)},
                                       {QVariant(), int(t.isOpen), t.createdAt, t.closedAt});
        item->setIcon(Subject, Icons::icon(QStringLiteral("ticket")));
        if (!t.description.isEmpty())
            item->setToolTip(Subject, t.description);
        if (!t.isOpen) {
            item->setIcon(State, Icons::icon(QStringLiteral("check")));
            for (int c = 0; c < list()->columnCount(); ++c)
                item->setForeground(c, QBrush(QColor(QStringLiteral("#7b8794"))));
        }
    }
}

void TicketsTab::updateActions()
{
    const auto t = currentId() ? m_ws.tickets().find(currentId()) : std::nullopt;
    m_new->setEnabled(canAdd());
    m_edit->setEnabled(t && canAdd());
    m_toggle->setEnabled(t && canAdd());
    const bool open = !t || t->isOpen;
    m_toggle->setText(open ? tr("&Close ticket") : tr("Re&open ticket"));
    m_toggle->setIcon(Icons::icon(open ? QStringLiteral("check") : QStringLiteral("reopen")));
}

bool TicketsTab::addTicket(const QString &subject, const QString &description)
{
    if (!canAdd())
        return false;
    clearMessage();
    auto r = m_ws.tickets().add(leadId(), subject, description);
    if (!r) {
        showProblems(tr("The ticket was not opened:"), r.problems());
        return false;
    }
    selectId(r->id);
    return true;
}

bool TicketsTab::toggleCurrent()
{
    const auto t = currentId() ? m_ws.tickets().find(currentId()) : std::nullopt;
    if (!t)
        return false;
    clearMessage();
    auto r = t->isOpen ? m_ws.tickets().close(t->id) : m_ws.tickets().reopen(t->id);
    if (!r) {
        showProblems(tr("The ticket was not changed:"), r.problems());
        return false;
    }
    return true;
}

bool TicketsTab::askTicket(const QString &title, QString *subject, QString *description)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("ticketDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowIcon(Icons::icon(QStringLiteral("ticket")));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *subjectEdit = new QLineEdit(*subject, &dialog);
    subjectEdit->setMinimumWidth(360);
    auto *descriptionEdit = new QPlainTextEdit(*description, &dialog);
    descriptionEdit->setTabChangesFocus(true);
    auto *subjectLabel = new QLabel(tr("&Subject:"), &dialog);
    subjectLabel->setBuddy(subjectEdit);
    auto *descriptionLabel = new QLabel(tr("&Description:"), &dialog);
    descriptionLabel->setBuddy(descriptionEdit);
    form->addRow(subjectLabel, subjectEdit);
    form->addRow(descriptionLabel, descriptionEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!subject->trimmed().isEmpty());
    connect(subjectEdit, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *subject = subjectEdit->text();
    *description = descriptionEdit->toPlainText();
    return true;
}

void TicketsTab::newTicket()
{
    QString subject, description;
    if (canAdd() && askTicket(tr("New ticket"), &subject, &description))
        addTicket(subject, description);
}

void TicketsTab::editCurrent()
{
    auto t = currentId() ? m_ws.tickets().find(currentId()) : std::nullopt;
    if (!t || !askTicket(tr("Edit ticket"), &t->subject, &t->description))
        return;
    clearMessage();
    if (auto r = m_ws.tickets().update(*t); !r)
        showProblems(tr("The ticket was not saved:"), r.problems());
}
