#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importvaluespage.h"
#include "importoptionspage.h"
#include "importpreviewpage.h"
#include "importresultpage.h"
#include "importrunpage.h"
#include "icons.h"
#include "workspace.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

ImportWizard::ImportWizard(Workspace &ws, QWidget *parent) : QWizard(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import leads"));
    setWindowIcon(Icons::icon(QStringLiteral("import")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(860, 600);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ValuesPage, new ImportValuesPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    setStartId(FilePage);
    m_opener = [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->setPath(path);
}

QString ImportWizard::filePath() const
{
    return static_cast<ImportFilePage *>(page(FilePage))->path();
}

void ImportWizard::setFileInfo(const ImportFileInfo &info)
{
    // A new header row (another file or format) starts the mapping over.
    if (info.headers != m_info.headers) {
        m_mapping = ImportMapping::autoMatch(info.headers);
        m_createMissing = false;
    }
    m_info = info;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    if (m_info.kind == TableKind::Csv)
        o.format = m_format;
    o.sheet = m_info.sheet;
    o.headerRow = m_info.headerFound || m_info.kind == TableKind::Vcard ? 0 : m_info.headerLine;
    o.createMissing = m_createMissing;
    o.mapping = m_mapping;
    o.defaults = m_defaults;
    o.onDuplicate = m_policy;
    o.reportPath = m_reportPath.isEmpty() ? defaultReportPath() : m_reportPath;
    return o;
}

QString ImportWizard::defaultReportPath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/import-reports");
    QDir().mkpath(dir);
    const QString base = QFileInfo(filePath()).completeBaseName();
    return dir + QLatin1Char('/') + base + QStringLiteral("-rejected-")
           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
}

void ImportWizard::openReport() const
{
    if (m_result && m_result->ok() && !m_result->value().reportPath.isEmpty())
        m_opener(m_result->value().reportPath);
}

void ImportWizard::reject()
{
    auto *run = static_cast<ImportRunPage *>(page(RunPage));
    if (run->isRunning()) {
        // Closing while importing: cancel, and close once the worker rolled back.
        run->cancel();
        run->waitForWorker();
    }
    QWizard::reject();
}
