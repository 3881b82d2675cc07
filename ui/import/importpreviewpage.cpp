#include "importpreviewpage.h"

#include "importwizard.h"
#include "leadfield.h"
#include "leadservice.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("What the import will do with the first %n row(s). Nothing is written yet.", nullptr, Rows));
    // "Import" starts the run; there is no going back into a running import.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    m_table->clear();
    m_table->setRowCount(0);
    auto preview = ImportService(m_wizard->workspace()).preview(m_wizard->filePath(), m_wizard->options(), Rows);
    m_ok = preview.ok();
    if (!preview) {
        m_summary->setText(preview.errorText());
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
        emit completeChanged();
        return;
    }
    m_summary->setStyleSheet(QString());

    // Line, what happens, why; then the mapped columns as read.
    const ImportMapping mapping = m_wizard->mapping().appliedTo(m_wizard->fileInfo().headers);
    QList<int> columns;
    QStringList headers{tr("Line"), tr("Import"), tr("Problems and notes")};
    for (int c = 0; c < mapping.size(); ++c)
        if (!mapping.field(c).isEmpty()) {
            columns << c;
            headers << QStringLiteral("%1 → %2").arg(mapping.columns().at(c).header, ImportMapping::targetLabel(mapping.field(c)));
        }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const QList<ImportPreviewRow> &rows = preview->rows;
    m_table->setRowCount(int(rows.size()));
    int created = 0, updated = 0, skipped = 0, rejected = 0;
    using A = ImportPreviewRow::Action;
    for (int r = 0; r < rows.size(); ++r) {
        const ImportPreviewRow &row = rows.at(r);
        QString action;
        QColor tint;
        // The lead a duplicate matched, by name: "lead #12 (Ann Lee)".
        QString matched;
        if (row.existingLeadId) {
            auto lead = m_wizard->workspace().leads().get(row.existingLeadId);
            matched = lead ? tr("lead #%1 (%2)").arg(row.existingLeadId).arg(lead->displayName()) : tr("lead #%1").arg(row.existingLeadId);
        } else if (row.duplicateLine) {
            matched = tr("line %1").arg(row.duplicateLine);
        }
        switch (row.action) {
        case A::Create: action = tr("New lead"); ++created; break;
        case A::Update:
            action = tr("Updates %1").arg(matched);
            tint = QColor(0xe8, 0xf1, 0xfb);
            ++updated;
            break;
        case A::Skip:
            action = matched.isEmpty() ? tr("Skipped") : tr("Skipped: duplicate of %1").arg(matched);
            tint = QColor(0xf0, 0xf0, 0xf0);
            ++skipped;
            break;
        case A::Reject:
            action = tr("Rejected");
            tint = QColor(0xfb, 0xe9, 0xe7);
            ++rejected;
            break;
        }
        QStringList notes;
        if (!row.reason.isEmpty())
            notes << row.reason;
        notes << row.notes;
        QStringList cells{QString::number(row.line), action, notes.join(QLatin1Char('\n'))};
        for (int c : std::as_const(columns))
            cells << row.cells.value(c).simplified();
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (tint.isValid())
                item->setBackground(tint);
            if (c == 2 && row.action == A::Reject)
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    QString summary = tr("Of the first %1 rows: %2 new, %3 updated, %4 skipped, %5 rejected. "
                         "Rejected rows are listed in a report after the import.")
                          .arg(rows.size())
                           .arg(created)
                           .arg(updated)
                           .arg(skipped)
                          .arg(rejected);
    for (const QString &note : preview->notes)
        summary += QLatin1Char(' ') + note;
    m_summary->setText(summary);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}
