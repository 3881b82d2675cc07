#include "importresultpage.h"

#include "icons.h"
#include "importwizard.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import finished"));
    setSubTitle(tr("What the import did. The leads are in the lists now."));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_rejected = new QLabel(this);
    m_rejected->setObjectName(QStringLiteral("rejectedLabel"));
    m_rejected->setWordWrap(true);
    m_rejected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("resultNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Why the row was rejected")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_openReport = new QPushButton(Icons::icon(QStringLiteral("open")), tr("&Open the rejected rows report"), this);
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes);
    layout->addWidget(m_rejected);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_openReport, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_openReport, &QPushButton::clicked, m_wizard, &ImportWizard::openReport);
    setFinalPage(true);
}

void ImportResultPage::initializePage()
{
    const auto &result = m_wizard->result();
    m_openReport->hide();
    m_table->hide();
    m_table->setRowCount(0);
    m_rejected->clear();
    m_rejected->hide();
    m_notes->clear();
    m_notes->hide();
    if (!result || !result->ok()) {
        setTitle(tr("Import failed"));
        setSubTitle(tr("Nothing was changed."));
        m_counts->setText(tr("The import failed; nothing was changed.")
                          + (result ? QStringLiteral("<br>") + result->errorText().toHtmlEscaped() : QString()));
        return;
    }
    const ImportSummary &s = result->value();
    if (s.cancelled) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("Everything the import had done was undone."));
        m_counts->setText(tr("The import was cancelled: nothing was changed."));
        return;
    }
    setTitle(tr("Import finished"));
    setSubTitle(tr("What the import did. The leads are in the lists now."));
    const ImportCounts &c = s.counts;
    m_counts->setText(tr("<table cellspacing='6'>"
                         "<tr><td>Rows read</td><td align='right'><b>%1</b></td></tr>"
                         "<tr><td>New leads</td><td align='right'><b>%2</b></td></tr>"
                         "<tr><td>Leads updated</td><td align='right'><b>%3</b></td></tr>"
                         "<tr><td>Duplicates skipped</td><td align='right'><b>%4</b></td></tr>"
                         "<tr><td>Rows rejected</td><td align='right'><b>%5</b></td></tr></table>")
                          .arg(c.read)
                          .arg(c.imported)
                          .arg(c.updated)
                          .arg(c.skipped)
                          .arg(c.rejected));
    // What was not imported as it stood: columns left out, values that matched nothing.
    QStringList notes;
    if (!s.source.isEmpty())
        notes << tr("Read as a %1.").arg(ImportMapping::sourceName(s.source));
    if (s.importId > 0)
        notes << tr("This is import #%1: File > Import history can undo it.").arg(s.importId);
    if (s.noteLines > 0)
        notes << tr("%n line(s) of one cell (a title or a footer) were not read as rows.", nullptr, int(s.noteLines));
    if (!s.unmappedColumns.isEmpty())
        notes << tr("Columns not imported: %1.").arg(s.unmappedColumns.join(QStringLiteral(", ")));
    QStringList empty;
    for (const LeftEmptyCount &v : s.leftEmpty.mid(0, 12))
        empty << tr("%1 \"%2\" (%n row(s))", nullptr, int(v.rows)).arg(ImportMapping::targetLabel(v.fieldKey), v.value);
    if (!empty.isEmpty())
        notes << tr("Values that matched nothing, left empty: %1%2.")
                     .arg(empty.join(QStringLiteral(", ")), s.leftEmpty.size() > 12 ? QStringLiteral(", …") : QString());
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    if (c.rejected > 0) {
        m_rejected->setText(s.reportPath.isEmpty()
                                ? tr("The report of the rejected rows could not be written.")
                                : tr("Each rejected row is in %1 with its line, its cells and the reason; fix the rows and "
                                     "import that file again.")
                                      .arg(QDir::toNativeSeparators(s.reportPath)));
        if (c.rejected > s.firstRejected.size())
            m_rejected->setText(m_rejected->text() + QLatin1Char(' ')
                                + tr("The first %1 are listed below.").arg(s.firstRejected.size()));
        m_rejected->show();
        m_table->setRowCount(int(s.firstRejected.size()));
        for (int r = 0; r < s.firstRejected.size(); ++r) {
            const RejectedRow &row = s.firstRejected.at(r);
            auto *line = new QTableWidgetItem(QString::number(row.line));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 0, line);
            auto *reason = new QTableWidgetItem(row.reason);
            reason->setToolTip(row.reason);
            m_table->setItem(r, 1, reason);
        }
        m_table->show();
        m_openReport->setVisible(!s.reportPath.isEmpty());
    }
}
