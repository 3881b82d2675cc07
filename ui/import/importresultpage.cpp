#include "importresultpage.h"

#include "importwizard.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import finished"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_rejected = new QLabel(this);
    m_rejected->setObjectName(QStringLiteral("rejectedLabel"));
    m_rejected->setWordWrap(true);
    m_openReport = new QPushButton(tr("&Open the rejected rows report"), this);
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejected);
    layout->addWidget(m_openReport, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_openReport, &QPushButton::clicked, m_wizard, &ImportWizard::openReport);
    setFinalPage(true);
}

void ImportResultPage::initializePage()
{
    const auto &result = m_wizard->result();
    m_openReport->hide();
    m_rejected->clear();
    if (!result || !result->ok()) {
        m_counts->setText(tr("The import failed; nothing was changed."));
        return;
    }
    const ImportSummary &s = result->value();
    if (s.cancelled) {
        setTitle(tr("Import cancelled"));
        m_counts->setText(tr("The import was cancelled: nothing was changed."));
        return;
    }
    setTitle(tr("Import finished"));
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
    if (c.rejected > 0) {
        m_rejected->setText(s.reportPath.isEmpty()
                                ? tr("The report of the rejected rows could not be written.")
                                : tr("Each rejected row is in %1 with its line, its cells and the reason; fix the rows and "
                                     "import that file again.")
                                      .arg(QDir::toNativeSeparators(s.reportPath)));
        m_openReport->setVisible(!s.reportPath.isEmpty());
    }
}
