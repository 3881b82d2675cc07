#include "importfilepage.h"

#include "importwizard.h"

#include <QComboBox>
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
    setSubTitle(tr("A CSV file of contacts: an Outlook or Google Contacts export, another CRM's leads, a spreadsheet "
                   "saved as CSV. Quarry detects how it is written; change it below if the rows look wrong."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
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
    m_encoding->addItem(tr("UTF-8 (Unicode)"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows-1252 (Western European, Excel on Windows)"), QStringLiteral("Windows-1252"));
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
    form->addRow(QString(), m_detected);

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
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void ImportFilePage::inspect(bool detect)
{
    m_ok = false;
    std::optional<CsvFormat> format;
    if (!detect) {
        CsvFormat f;
        f.delimiter = m_delimiter->currentData().toString().at(0);
        f.encoding = m_encoding->currentData().toString();
        format = f;
    }
    if (path().isEmpty()) {
        m_error->hide();
        m_sample->clear();
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        emit completeChanged();
        return;
    }
    auto info = ImportService::inspect(path(), format, SampleRows);
    if (!info) {
        m_error->setText(info.errorText());
        m_error->show();
        m_detected->clear();
        m_sample->setRowCount(0);
        m_sample->setColumnCount(0);
        emit completeChanged();
        return;
    }
    m_error->hide();
    const CsvFormat f = info->format;
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(f.delimiter))));
    if (m_delimiter->findData(QString(f.delimiter)) < 0) {
        m_delimiter->addItem(delimiterName(f.delimiter), QString(f.delimiter));
        m_delimiter->setCurrentIndex(m_delimiter->count() - 1);
    }
    m_encoding->setCurrentIndex(f.isWindows1252() ? 1 : 0);
    if (detect)
        m_detected->setText(tr("Detected: %1-separated, %2%3, %n column(s).", nullptr, int(info->headers.size()))
                                .arg(delimiterName(f.delimiter), f.isWindows1252() ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8"),
                                     f.hasBom ? tr(" with byte order mark") : QString()));
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
