#include "referenceimportdialog.h"

#include "referenceservice.h"
#include "workspace.h"
#include "workspacejob.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

ReferenceImportDialog::ReferenceImportDialog(Workspace &ws, RefKind kind, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_kind(kind)
{
    setObjectName(QStringLiteral("referenceImportDialog"));
    const bool cities = kind == RefKind::City;
    setWindowTitle(cities ? tr("Import cities") : tr("Import industries"));
    auto *explain = new QLabel(cities ? tr("A CSV with the columns name, postal code, region and country (ISO code or "
                                           "name), or a GeoNames dump such as cities500.txt. Cities already known are "
                                           "rejected.")
                                      : tr("A CSV with one industry per line, with or without a header row. Industries "
                                           "already known (case and accents ignored) are rejected."),
                               this);
    explain->setWordWrap(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("referenceFilePath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("referenceImportStatus"));
    m_status->setWordWrap(true);
    m_report = new QPushButton(tr("&Open the rejected rows report"), this);
    m_report->setObjectName(QStringLiteral("openReportButton"));
    m_report->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("importButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    m_opener = [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    connect(browse, &QPushButton::clicked, this, [this, cities] {
        const QString file = QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(),
                                                          cities ? tr("Cities (*.csv *.txt *.tsv);;All files (*)")
                                                                 : tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!file.isEmpty())
            setPath(file);
    });
    connect(m_start, &QPushButton::clicked, this, &ReferenceImportDialog::startImport);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->ok())
            m_opener(m_result->value().reportPath);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferenceImportDialog::reject);
}

ReferenceImportDialog::~ReferenceImportDialog() = default;

void ReferenceImportDialog::importList(Workspace &ws, RefKind kind, QWidget *parent)
{
    if (kind != RefKind::Industry && kind != RefKind::City)
        return;
    ReferenceImportDialog dialog(ws, kind, parent);
    dialog.exec();
}

void ReferenceImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ReferenceImportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ReferenceImportDialog::startImport()
{
    const QString file = m_path->text().trimmed();
    if (isRunning() || file.isEmpty())
        return;
    ReferenceImportOptions options;
    options.reportPath = m_reportPath;
    if (options.reportPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/import-reports");
        QDir().mkpath(dir);
        options.reportPath = dir + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral("-rejected-")
                             + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
    }
    m_result.reset();
    m_start->setEnabled(false);
    m_report->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing…"));

    delete m_job;
    m_job = new WorkspaceJob(m_ws, this);
    auto holder = std::make_shared<std::optional<Result<ReferenceImportSummary>>>();
    connect(m_job, &WorkspaceJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000.0 * double(done) / double(total)));
    });
    connect(m_job, &WorkspaceJob::finished, this, [this, holder] {
        if (!m_job->openError().isEmpty())
            m_result = Result<ReferenceImportSummary>::failure(QString(), m_job->openError());
        else if (*holder)
            m_result = **holder;
        onFinished();
    });
    const RefKind kind = m_kind;
    m_job->start([holder, kind, file, options](Workspace &ws, const WorkspaceJob::Progress &progress) {
        ReferenceImportService service(ws);
        *holder = kind == RefKind::City ? service.importCities(file, options, progress)
                                        : service.importIndustries(file, options, progress);
    });
}

void ReferenceImportDialog::onFinished()
{
    m_progress->hide();
    m_start->setEnabled(true);
    if (!m_result)
        return;
    if (!m_result->ok()) {
        m_status->setText(tr("The import failed; nothing was changed.\n%1").arg(m_result->errorText()));
        return;
    }
    const ReferenceImportSummary &s = m_result->value();
    if (s.cancelled) {
        m_status->setText(tr("The import was cancelled: nothing was changed."));
        return;
    }
    m_status->setText(tr("Read %1 rows: %2 imported, %3 rejected.").arg(s.read).arg(s.imported).arg(s.rejected));
    m_report->setVisible(s.rejected > 0 && !s.reportPath.isEmpty());
    // Written through the worker's connection: the window's lists reload.
    if (m_kind == RefKind::City)
        emit m_ws.referencesChanged(RefKind::City);
    else
        m_ws.references().refresh(m_kind);
    emit imported(s);
}

void ReferenceImportDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QDialog::reject();
}
