#include "importrunpage.h"

#include "leadfield.h"

#include "importwizard.h"
#include "referenceservice.h"
#include "workspace.h"
#include "workspacejob.h"

#include <QLabel>
#include <QSet>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

ImportRunPage::ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The whole import is one transaction: cancelling it, or any failure, leaves the leads as they were."));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("runLabel"));
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_label->setText(tr("Reading %1…").arg(m_wizard->filePath()));
    m_wizard->m_result.reset();

    delete m_job;
    m_job = new WorkspaceJob(m_wizard->workspace(), this);
    connect(m_job, &WorkspaceJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000.0 * double(done) / double(total)));
    });
    // The result crosses threads in a shared holder, read once the worker ended.
    auto holder = std::make_shared<std::optional<Result<ImportSummary>>>();
    const QString path = m_wizard->filePath();
    const ImportOptions options = m_wizard->options();
    connect(m_job, &WorkspaceJob::finished, this, [this, holder] {
        if (!m_job->openError().isEmpty())
            m_wizard->setResult(Result<ImportSummary>::failure(QString(), m_job->openError()));
        else if (*holder)
            m_wizard->setResult(**holder);
        onFinished();
    });
    m_job->start([holder, path, options](Workspace &ws, const WorkspaceJob::Progress &progress) {
        *holder = ImportService(ws).run(path, options, progress);
    });
}

void ImportRunPage::onFinished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_progress->setValue(1000);
    const auto &result = m_wizard->result();
    if (result && result->ok() && !result->value().cancelled) {
        // The worker wrote through its own connection: the window's views
        // and cached lists learn of it here.
        Workspace &ws = m_wizard->workspace();
        // Any list a column fills may have grown (--create-missing, the value step).
        QSet<RefKind> kinds;
        for (const LeadField &f : leadFields())
            if ((f.kind == FieldKind::Reference || f.kind == FieldKind::RefList) && f.ref != RefKind::User
                && f.ref != RefKind::Status && f.ref != RefKind::Partner && f.ref != RefKind::Contact && f.ref != RefKind::None)
                kinds.insert(f.ref);
        for (RefKind kind : std::as_const(kinds))
            ws.references().refresh(kind);
        emit ws.leadsReset();
        emit m_wizard->imported(result->value().counts);
    }
    if (result && !result->ok()) {
        m_label->setText(tr("The import failed; nothing was changed.\n%1").arg(result->errorText()));
    }
    emit completeChanged();
    if (result && result->ok())
        m_wizard->next();
}

void ImportRunPage::cleanupPage()
{
    cancel();
    waitForWorker();
}

bool ImportRunPage::isComplete() const
{
    return m_done && m_wizard->result() && m_wizard->result()->ok();
}

bool ImportRunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling: undoing what was imported…"));
}

void ImportRunPage::waitForWorker()
{
    if (m_job)
        m_job->wait();
}
