#include "importmappingpage.h"

#include "importwizard.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { HeaderColumn, SampleColumn, FieldColumn };
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the lead field each column fills. A column no field holds is kept as an imported extra; "
                   "only columns set to \"Not imported\" are left out."));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column of the file"), tr("First value"), tr("Lead field")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);

    m_unmapped = new QLabel(this);
    m_unmapped->setObjectName(QStringLiteral("unmappedLabel"));
    m_unmapped->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *autoMatch = new QPushButton(tr("&Match automatically"), this);
    autoMatch->setObjectName(QStringLiteral("autoMatchButton"));
    auto *load = new QPushButton(tr("&Load mapping…"), this);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto *save = new QPushButton(tr("&Save mapping…"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(autoMatch);
    buttons->addStretch();
    buttons->addWidget(load);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unmapped);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(autoMatch, &QPushButton::clicked, this, [this] {
        m_wizard->setMapping(ImportMapping::autoMatch(m_wizard->fileInfo().headers));
        fillTable();
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(), tr("Mappings (*.json)"));
        if (!file.isEmpty())
            loadMapping(file);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString file = QFileDialog::getSaveFileName(this, tr("Save the mapping"), QString(), tr("Mappings (*.json)"));
        if (file.isEmpty())
            return;
        if (!file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            file += QStringLiteral(".json");
        saveMapping(file);
    });
}

void ImportMappingPage::initializePage()
{
    // The mapping follows the file's header (ImportWizard::setFileInfo).
    fillTable();
}

QComboBox *ImportMappingPage::fieldCombo(int index) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(index, FieldColumn));
}

void ImportMappingPage::fillTable()
{
    const ImportFileInfo &info = m_wizard->fileInfo();
    const ImportMapping mapping = m_wizard->mapping();
    m_table->setRowCount(int(info.headers.size()));
    for (int c = 0; c < info.headers.size(); ++c) {
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(info.headers.at(c)));
        QString sample;
        for (const QStringList &row : info.sampleRows)
            if (c < row.size() && !row.at(c).trimmed().isEmpty()) {
                sample = row.at(c).simplified();
                break;
            }
        m_table->setItem(c, SampleColumn, new QTableWidgetItem(sample));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->addItem(tr("Not imported"), QString());
        combo->addItem(tr("Kept as an imported extra"), ImportMapping::Extras);
        combo->insertSeparator(combo->count());
        for (const QString &key : ImportMapping::targetFields())
            if (key != ImportMapping::Extras)
                combo->addItem(ImportMapping::targetLabel(key), key);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.field(c))));
        connect(combo, &QComboBox::activated, this, [this, c] { onFieldChosen(c); });
        m_table->setCellWidget(c, FieldColumn, combo);
    }
    updateProblems();
}

void ImportMappingPage::onFieldChosen(int column)
{
    ImportMapping mapping = m_wizard->mapping();
    mapping.setField(column, fieldCombo(column)->currentData().toString());
    m_wizard->setMapping(mapping);
    updateProblems();
}

void ImportMappingPage::updateProblems()
{
    const ImportMapping mapping = m_wizard->mapping();
    QStringList lines;
    for (const Problem &p : mapping.check())
        lines << p.message;
    if (!mapping.mapsAnything())
        lines << tr("Choose a lead field for at least one column.");
    const QStringList unmapped = mapping.unmappedHeaders();
    m_unmapped->setText(unmapped.isEmpty() ? QString()
                                           : tr("Not imported (%n column(s)): %1", nullptr, int(unmapped.size()))
                                                 .arg(unmapped.join(QStringLiteral(", "))));
    m_unmapped->setVisible(!unmapped.isEmpty());
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const ImportMapping mapping = m_wizard->mapping();
    return mapping.mapsAnything() && mapping.check().isEmpty();
}

bool ImportMappingPage::loadMapping(const QString &path)
{
    auto loaded = ImportMapping::load(path);
    if (!loaded) {
        m_problems->setText(loaded.errorText());
        m_problems->show();
        return false;
    }
    m_wizard->setMapping(loaded->appliedTo(m_wizard->fileInfo().headers));
    fillTable();
    return true;
}

bool ImportMappingPage::saveMapping(const QString &path)
{
    if (VoidResult r = m_wizard->mapping().save(path, m_wizard->workspace().database().path()); !r) {
        m_problems->setText(r.errorText());
        m_problems->show();
        return false;
    }
    return true;
}
