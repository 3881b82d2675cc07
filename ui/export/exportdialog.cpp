#include "exportdialog.h"
#include "leadqueries.h"

#include "leadexporter.h"
#include "leadgrid.h"
#include "leadrepository.h"
#include "leadtablemodel.h"
#include "import/workspacejob.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

ExportDialog::ExportDialog(Workspace &ws, const LeadFilter &filter, const QStringList &visibleFields, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_filter(filter), m_visible(visibleFields)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export leads"));
    const qint64 count = LeadQueries(ws).count(filter);
    m_viewLeads = new QRadioButton(filter.ids.isEmpty() ? tr("The %n lead(s) the view shows (its filters and sort)", nullptr, int(count))
                                                        : tr("The %n selected lead(s)", nullptr, int(count)),
                                   this);
    m_viewLeads->setObjectName(QStringLiteral("viewLeadsRadio"));
    m_viewLeads->setChecked(true);
    m_selectedLeads = new QRadioButton(this);
    m_selectedLeads->setObjectName(QStringLiteral("selectedLeadsRadio"));
    m_selectedLeads->hide();
    m_all = new QRadioButton(tr("&All lead fields (a file Quarry can import back)"), this);
    m_all->setObjectName(QStringLiteral("allFieldsRadio"));
    m_columns = new QRadioButton(tr("The &visible columns"), this);
    m_columns->setObjectName(QStringLiteral("visibleColumnsRadio"));
    m_all->setChecked(true);
    // Two choices among the dialog's radio buttons: each pair is its own group.
    auto *leadsGroup = new QButtonGroup(this);
    leadsGroup->addButton(m_viewLeads);
    leadsGroup->addButton(m_selectedLeads);
    auto *columnsGroup = new QButtonGroup(this);
    columnsGroup->addButton(m_all);
    columnsGroup->addButton(m_columns);
    m_columns->setEnabled(!m_visible.isEmpty());
    m_bom = new QCheckBox(tr("UTF-8 with a &byte order mark (for spreadsheet programs)"), this);
    m_bom->setToolTip(tr("Excel and other spreadsheet programs need the byte order mark to read accents right; "
                         "leave it out for other programs."));
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setChecked(true);
    m_formulas = new QCheckBox(tr("Keep formulas from &running (= + - @ cells as text)"), this);
    m_formulas->setToolTip(tr("A spreadsheet runs such a cell as a formula, which can leak data or start programs; "
                              "as text it shows with a leading apostrophe hidden. Quarry's import takes it away again."));
    m_formulas->setObjectName(QStringLiteral("neutraliseFormulasCheck"));
    m_formulas->setChecked(true);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (spreadsheets in most of Europe)"), QStringLiteral(";"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("fileTypeCombo"));
    m_format->addItem(tr("CSV (comma-separated values, .csv)"), int(LeadExportFormat::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(LeadExportFormat::Xlsx));
    m_format->setToolTip(tr("A workbook keeps numbers, dates and yes/no values typed, and its text cells never run as formulas."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs)
                        .filePath(tr("leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Leads:"), m_viewLeads);
    form->addRow(QString(), m_selectedLeads);
    form->addRow(tr("File &type:"), m_format);
    form->addRow(tr("Columns:"), m_all);
    form->addRow(QString(), m_columns);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_formulas);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(count > 0);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::exportLeads(Workspace &ws, LeadFilter filter, const QList<qint64> &selected, QWidget *parent)
{
    ExportDialog dialog(ws, filter, visibleFields(parent), parent);
    dialog.setSelection(selected);
    dialog.exec();
}

QStringList ExportDialog::visibleFields(const QWidget *widget)
{
    const LeadGrid *grid = nullptr;
    for (const QWidget *w = widget; w && !grid; w = w->parentWidget())
        grid = qobject_cast<const LeadGrid *>(w);
    if (!grid)
        return {};
    const QHeaderView *header = grid->view()->horizontalHeader();
    QStringList fields;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        const QString key = LeadTableModel::sortKey(column);
        if (key == QLatin1String("full_name"))
            fields << QStringLiteral("first_name") << QStringLiteral("middle_name") << QStringLiteral("last_name");
        else if (!key.isEmpty())
            fields << key;
    }
    return fields;
}

void ExportDialog::setSelection(const QList<qint64> &ids)
{
    m_selected = ids;
    m_selectedLeads->setText(tr("Only the %n selected lead(s)", nullptr, int(ids.size())));
    m_selectedLeads->setVisible(!ids.isEmpty());
    // One selected row is most often just the current one: the view stays the default.
    setSelectedOnly(ids.size() > 1);
}

void ExportDialog::setSelectedOnly(bool only)
{
    (only && !m_selected.isEmpty() ? m_selectedLeads : m_viewLeads)->setChecked(true);
}

LeadFilter ExportDialog::exportFilter() const
{
    LeadFilter filter = m_filter;
    if (m_selectedLeads->isChecked() && !m_selected.isEmpty())
        filter.ids = m_selected; // in the view's sort
    return filter;
}

void ExportDialog::setPath(const QString &path) { m_path->setText(path); }
QString ExportDialog::path() const { return m_path->text().trimmed(); }
void ExportDialog::setAllFields(bool all) { (all ? m_all : m_columns)->setChecked(true); }
void ExportDialog::setBom(bool bom) { m_bom->setChecked(bom); }
void ExportDialog::setNeutraliseFormulas(bool on) { m_formulas->setChecked(on); }
void ExportDialog::setDelimiter(QChar delimiter) { m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(delimiter)))); }

void ExportDialog::setFormat(LeadExportFormat format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(format))));
}

LeadExportFormat ExportDialog::format() const
{
    return LeadExportFormat(m_format->currentData().toInt());
}

void ExportDialog::onFormatChanged()
{
    const bool csv = format() == LeadExportFormat::Csv;
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_formulas->setEnabled(csv);
    // The file name follows: leads.csv <-> leads.xlsx.
    const QString wanted = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QString file = path();
    if (file.isEmpty() || file.endsWith(wanted, Qt::CaseInsensitive))
        return;
    for (const QLatin1String other : {QLatin1String(".csv"), QLatin1String(".xlsx")})
        if (file.endsWith(other, Qt::CaseInsensitive)) {
            file.chop(other.size());
            break;
        }
    setPath(file + wanted);
}

void ExportDialog::browse()
{
    const bool csv = format() == LeadExportFormat::Csv;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString chosen = csv ? csvFilter : xlsxFilter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export leads to"), path(), csvFilter + QStringLiteral(";;") + xlsxFilter,
                                                      &chosen);
    if (file.isEmpty())
        return;
    const bool xlsx = file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                      || (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && chosen == xlsxFilter);
    const QString ext = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    setPath(file.endsWith(ext, Qt::CaseInsensitive) ? file : file + ext);
    setFormat(xlsx ? LeadExportFormat::Xlsx : LeadExportFormat::Csv);
}

bool ExportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    if (path().isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    // The file name's extension wins over the type chosen: "x.xlsx" is a workbook.
    if (path().endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        setFormat(LeadExportFormat::Xlsx);
    else if (path().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        setFormat(LeadExportFormat::Csv);
    LeadExportOptions options;
    options.format = format();
    options.fields = m_columns->isChecked() ? m_visible : QStringList();
    options.bom = m_bom->isChecked();
    options.neutraliseFormulas = m_formulas->isChecked();
    options.delimiter = m_delimiter->currentData().toString().at(0);
    m_result.reset();
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Exporting…"));

    delete m_job;
    m_job = new WorkspaceJob(m_ws, this);
    auto holder = std::make_shared<std::optional<Result<qint64>>>();
    connect(m_job, &WorkspaceJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000.0 * double(done) / double(total)));
    });
    connect(m_job, &WorkspaceJob::finished, this, [this, holder] {
        if (!m_job->openError().isEmpty())
            m_result = Result<qint64>::failure(QString(), m_job->openError());
        else if (*holder)
            m_result = **holder;
        onFinished();
    });
    const LeadFilter filter = exportFilter();
    const QString file = path();
    m_job->start([holder, filter, file, options](Workspace &ws, const WorkspaceJob::Progress &progress) {
        *holder = LeadExporter(ws).exportLeads(filter, file, options, -1, progress);
    });
}

void ExportDialog::onFinished()
{
    m_progress->hide();
    m_export->setEnabled(true);
    if (!m_result)
        return;
    if (!m_result->ok()) {
        m_status->setText(m_result->errorText());
        return;
    }
    emit exported(m_result->value(), path());
    accept();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // Cancelling writes nothing: CsvWriter and XlsxWriter drop their temporary file.
        m_job->cancel();
        m_job->wait();
    }
    QDialog::reject();
}
