#include "importfilepage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar d)
{
    switch (d.unicode()) {
    case ',': return ImportFilePage::tr("comma");
    case ';': return ImportFilePage::tr("semicolon");
    case '\t': return ImportFilePage::tr("tab");
    case '|': return ImportFilePage::tr("vertical bar");
    default: return QStringLiteral("\"%1\"").arg(d);
    }
}

constexpr int SampleRows = 8;

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Contacts exported from Google, Outlook, HubSpot, Salesforce, LinkedIn or another CRM, a spreadsheet "
                   "or an address book (.vcf). Check below that the rows read right."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv, .txt, .xlsx, .ods or .vcf file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(d), QString(d));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (TextEncoding e : textEncodings())
        m_encoding->addItem(encodingLabel(e), encodingName(e));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_headerLine = new QSpinBox(this);
    m_headerLine->setObjectName(QStringLiteral("headerLineSpin"));
    m_headerLine->setRange(1, 1000000);
    m_headerLine->setMaximumWidth(m_headerLine->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 48);
    m_headerLine->setToolTip(tr("The line (or sheet row) that holds the column names; the lines above it are skipped."));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setWordWrap(true);
    QFont bold = m_source->font();
    bold.setBold(true);
    m_source->setFont(bold);
    m_source->hide();
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("S&heet:"), m_sheet);
    form->addRow(tr("&Header on line:"), m_headerLine);
    form->addRow(QString(), m_detected);
    form->addRow(QString(), m_source);
    m_form = form;

    m_sample = new QTableWidget(this);
    m_sample->setObjectName(QStringLiteral("sampleTable"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setDefaultSectionSize(140);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("The first rows as read:"), this));
    layout->addWidget(m_sample, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] { inspect(true); });
    connect(m_path, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            inspect(true);
        }
    });
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_delimiter, &QComboBox::activated, this, [this] { inspect(false); });
    connect(m_encoding, &QComboBox::activated, this, [this] { inspect(false); });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        m_headerChosen = false; // another sheet has its own header
        inspect(false);
    });
    connect(m_headerLine, &QSpinBox::editingFinished, this, [this] {
        if (m_headerLine->value() == m_wizard->fileInfo().headerLine)
            return;
        m_headerChosen = true;
        inspect(false);
    });
    setRowVisible(m_sheet, false);
}

QString ImportFilePage::encodingLabel(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return tr("UTF-8 (Unicode)");
    case TextEncoding::Utf16LE: return tr("UTF-16 LE (Excel's \"Unicode Text\")");
    case TextEncoding::Utf16BE: return tr("UTF-16 BE (Unicode, big-endian)");
    case TextEncoding::Windows1252: return tr("Windows-1252 (Western European, Excel on Windows)");
    case TextEncoding::Latin1: return tr("ISO-8859-1 (Latin-1)");
    case TextEncoding::Latin9: return tr("ISO-8859-15 (Latin-9, with the euro sign)");
    }
    return encodingName(e);
}

void ImportFilePage::setRowVisible(QWidget *field, bool visible)
{
    if (QWidget *label = m_form->labelForField(field))
        label->setVisible(visible);
    field->setVisible(visible);
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
    inspect(true);
}

void ImportFilePage::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import leads from"), path(),
                                                      tr("Contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf);;CSV files (*.csv *.txt *.tsv);;"
                                                         "Spreadsheets (*.xlsx *.ods);;Address books (*.vcf);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void ImportFilePage::inspect(bool detect)
{
    m_ok = false;
    TableOptions options;
    if (detect) {
        m_headerChosen = false;
    } else {
        if (m_wizard->fileInfo().kind == TableKind::Csv) {
            CsvFormat f;
            f.delimiter = m_delimiter->currentData().toString().at(0);
            f.encoding = m_encoding->currentData().toString();
            options.format = f;
        }
        options.sheet = m_sheet->currentText();
        if (m_headerChosen)
            options.headerRow = m_headerLine->value();
    }
    if (path().isEmpty()) {
        m_error->hide();
        m_source->hide();
        m_sample->clear();
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        emit completeChanged();
        return;
    }
    auto info = ImportService::inspect(path(), options, SampleRows);
    if (!info) {
        m_error->setText(info.errorText());
        m_error->show();
        m_detected->clear();
        m_source->hide();
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        emit completeChanged();
        return;
    }
    m_error->hide();
    const bool csv = info->kind == TableKind::Csv;
    setRowVisible(m_delimiter, csv);
    setRowVisible(m_encoding, csv);
    setRowVisible(m_sheet, info->sheets.size() > 1);
    setRowVisible(m_headerLine, info->kind != TableKind::Vcard);
    m_sheet->clear();
    m_sheet->addItems(info->sheets);
    m_sheet->setCurrentText(info->sheet);
    m_headerLine->setValue(int(info->headerLine));
    const CsvFormat f = info->format;
    if (csv) {
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(f.delimiter))));
        if (m_delimiter->findData(QString(f.delimiter)) < 0) {
            m_delimiter->addItem(delimiterName(f.delimiter), QString(f.delimiter));
            m_delimiter->setCurrentIndex(m_delimiter->count() - 1);
        }
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(f.encoding)));
    }
    QString detected;
    if (csv)
        detected = tr("Detected: %1-separated, %2%3, %n column(s).", nullptr, int(info->headers.size()))
                       .arg(delimiterName(f.delimiter), f.encoding, f.hasBom ? tr(" with byte order mark") : QString());
    else
        detected = tr("%1, %n column(s).", nullptr, int(info->headers.size())).arg(TableFile::kindName(info->kind));
    if (info->headerLine > 1)
        detected += QLatin1Char(' ')
                    + tr("The header is on line %1: the %n line(s) above it are skipped.", nullptr, int(info->headerLine - 1))
                          .arg(info->headerLine);
    m_detected->setText(detected);
    m_source->setText(info->sourceName.isEmpty() ? QString() : tr("Looks like a %1: its columns and values are matched for you.").arg(info->sourceName));
    m_source->setVisible(!info->sourceName.isEmpty());
    m_wizard->setFormat(f);
    m_wizard->setFileInfo(info.value());
    m_ok = !info->headers.isEmpty();
    showSample();
    emit completeChanged();
}

void ImportFilePage::showSample()
{
    const ImportFileInfo &info = m_wizard->fileInfo();
    m_sample->clear();
    m_sample->setColumnCount(int(info.headers.size()));
    m_sample->setHorizontalHeaderLabels(info.headers);
    m_sample->setRowCount(int(info.sampleRows.size()));
    for (int r = 0; r < info.sampleRows.size(); ++r)
        for (int c = 0; c < info.sampleRows.at(r).size() && c < info.headers.size(); ++c) {
            QString text = info.sampleRows.at(r).at(c);
            text.replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
            m_sample->setItem(r, c, new QTableWidgetItem(text));
        }
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

bool ImportFilePage::validatePage()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        inspect(true);
    }
    return m_ok;
}
