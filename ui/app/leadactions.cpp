#include "leadactions.h"

#include "export/exportdialog.h"

#include <QMessageBox>

LeadActions::LeadActions(Workspace &ws, QObject *parent) : QObject(parent), m_ws(ws) {}

LeadActions::~LeadActions() = default;

void LeadActions::notAvailable(const QString &what, QWidget *parent) const
{
    QMessageBox::information(parent, what, tr("%1 is not available in this version of Quarry yet.").arg(what));
}

void LeadActions::convert(qint64, QWidget *parent)
{
    notAvailable(tr("Converting a lead"), parent);
}

void LeadActions::lose(qint64, QWidget *parent)
{
    notAvailable(tr("Losing a lead"), parent);
}

void LeadActions::loseAll(const QList<qint64> &leadIds, QWidget *parent)
{
    for (qint64 id : leadIds)
        lose(id, parent);
}

void LeadActions::reopen(qint64, QWidget *parent)
{
    notAvailable(tr("Reopening a lead"), parent);
}

void LeadActions::scheduleEvent(const QList<qint64> &, QWidget *parent)
{
    notAvailable(tr("Scheduling an event"), parent);
}

void LeadActions::sendEmail(const QList<qint64> &, QWidget *parent)
{
    notAvailable(tr("Sending an email"), parent);
}

void LeadActions::checkDuplicates(const QList<qint64> &, QWidget *parent)
{
    notAvailable(tr("Checking duplicates"), parent);
}

void LeadActions::exportLeads(const LeadFilter &filter, const QList<qint64> &selected, QWidget *parent)
{
    ExportDialog::exportLeads(m_ws, filter, selected, parent);
}

LeadTabPage *LeadActions::createLeadTab(LeadTab, QWidget *)
{
    return nullptr;
}
