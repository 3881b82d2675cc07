#include "losedialog.h"

#include "workflowproblems.h"
#include "icons.h"
#include "leadservice.h"
#include "lossservice.h"
#include "messagebanner.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QMessageBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// "“Name”" for one lead, "3 leads" for several.
QString whatLeads(Workspace &ws, const QList<qint64> &ids)
{
    if (ids.size() == 1)
        if (auto lead = ws.leads().get(ids.first()))
            return QCoreApplication::translate("LoseDialog", "“%1”").arg(lead->displayName());
    return QCoreApplication::translate("LoseDialog", "%n lead(s)", nullptr, int(ids.size()));
}

} // namespace

LoseDialog::LoseDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_ids(leadIds)
{
    setObjectName(QStringLiteral("loseDialog"));
    setWindowTitle(tr("Lose lead"));
    setWindowIcon(Icons::icon(QStringLiteral("lose")));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Mark %1 as lost. The lead moves to the lost status and can be reopened later.")
                                   .arg(whatLeads(ws, leadIds).toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("loseHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("loseBanner"));
    layout->addWidget(m_banner);
    m_problems = new WorkflowProblems(m_banner);

    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("lossReason"));
    m_reason->addItem(tr("Choose a reason…"), qint64(0));
    for (const ReferenceItem &r : ws.losses().reasons())
        m_reason->addItem(r.name, r.id);
    form->addRow(tr("Loss &reason:"), m_reason);
    QLabel *reasonError = WorkflowProblems::makeLabel(QStringLiteral("lossReasonError"), this);
    form->addRow(QString(), reasonError);
    m_problems->bind(QStringLiteral("lost_reason"), reasonError, m_reason);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("lossComment"));
    m_comment->setPlaceholderText(tr("What happened, what was said, what could bring it back…"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(90);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_loseButton = buttons->addButton(tr("&Lose"), QDialogButtonBox::AcceptRole);
    m_loseButton->setObjectName(QStringLiteral("loseButton"));
    m_loseButton->setIcon(Icons::icon(QStringLiteral("lose")));
    m_loseButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setIcon(Icons::icon(QStringLiteral("close")));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoseDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { m_problems->clear(); });
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

LoseDialog::~LoseDialog()
{
    delete m_problems;
}

bool LoseDialog::run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
{
    LoseDialog dialog(ws, leadIds, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!dialog.refused().isEmpty()) {
        // Done in part: said at once, without holding up the next action.
        QStringList lines;
        for (const Problem &p : dialog.refused().problems)
            lines << p.message;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Lose leads"),
                                    tr("%n lead(s) lost; %1 left as they were:", nullptr,
                                       int(leadIds.size() - dialog.refused().ids.size()))
                                        .arg(dialog.refused().ids.size()),
                                    QMessageBox::Ok, parent);
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
    return true;
}

void LoseDialog::setReason(qint64 reasonId)
{
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(reasonId)));
}

qint64 LoseDialog::reasonId() const
{
    return m_reason->currentData().toLongLong();
}

bool LoseDialog::apply()
{
    m_problems->clear();
    // Several leads: the allowed ones are lost, each other one is told.
    Refusals refused;
    auto done = m_ws.losses().loseAll(m_ids, reasonId(), m_comment->toPlainText(), m_ids.size() > 1 ? &refused : nullptr);
    if (!done) {
        m_problems->show(tr("The lead was not lost"), done.problems());
        return false;
    }
    m_refused = refused;
    if (done.value() == 0 && !refused.isEmpty()) {
        m_problems->show(tr("No lead was lost"), refused.problems);
        return false;
    }
    return true;
}

void LoseDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString LoseDialog::problemAt(const QString &field) const
{
    return m_problems->textAt(field);
}

ReopenDialog::ReopenDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_ids(leadIds)
{
    setObjectName(QStringLiteral("reopenDialog"));
    setWindowTitle(tr("Reopen lead"));
    setWindowIcon(Icons::icon(QStringLiteral("reopen")));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Put %1 back on an open status. The loss reason and comment are cleared; "
                                  "the activity keeps them.")
                                   .arg(whatLeads(ws, leadIds).toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("reopenBanner"));
    layout->addWidget(m_banner);
    m_problems = new WorkflowProblems(m_banner);

    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("reopenStatus"));
    for (const LeadStatus &s : ws.statuses().all())
        if (s.isOpen && s.role != StatusRole::Converted && s.role != StatusRole::Lost)
            m_status->addItem(s.name, s.id);
    m_status->setCurrentIndex(qMax(0, m_status->findData(ws.statuses().idOf(StatusRole::New))));
    form->addRow(tr("&Status:"), m_status);
    QLabel *statusError = WorkflowProblems::makeLabel(QStringLiteral("reopenStatusError"), this);
    form->addRow(QString(), statusError);
    m_problems->bind(QStringLiteral("status"), statusError, m_status);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_reopenButton = buttons->addButton(tr("&Reopen"), QDialogButtonBox::AcceptRole);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_reopenButton->setIcon(Icons::icon(QStringLiteral("reopen")));
    m_reopenButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setIcon(Icons::icon(QStringLiteral("close")));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReopenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReopenDialog::reject);
    layout->addWidget(buttons);
    m_status->setFocus();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

ReopenDialog::~ReopenDialog()
{
    delete m_problems;
}

bool ReopenDialog::run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent)
{
    ReopenDialog dialog(ws, leadIds, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ReopenDialog::setStatus(qint64 statusId)
{
    m_status->setCurrentIndex(m_status->findData(statusId));
}

qint64 ReopenDialog::statusId() const
{
    return m_status->currentData().toLongLong();
}

bool ReopenDialog::apply()
{
    m_problems->clear();
    if (m_ids.isEmpty())
        return false;
    // One lead at a time (the service reopens one); stop at the first refusal.
    for (qint64 id : std::as_const(m_ids)) {
        auto done = m_ws.losses().reopen(id, statusId());
        if (!done) {
            m_problems->show(tr("The lead was not reopened"), done.problems());
            return false;
        }
    }
    return true;
}

void ReopenDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString ReopenDialog::problemAt(const QString &field) const
{
    return m_problems->textAt(field);
}
