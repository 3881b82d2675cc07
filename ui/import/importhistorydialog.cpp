#include "importhistorydialog.h"

#include "workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { DateColumn, UserColumn, FileColumn, SourceColumn, CreatedColumn, UpdatedColumn, StateColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString shown(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Workspace &ws, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_table(new QTableWidget(this)), m_undo(new QPushButton(tr("&Undo import…"), this)),
      m_result(new QLabel(this)), m_refused(new QListWidget(this))
{
    setWindowTitle(tr("Import history"));
    resize(820, 460);
    m_confirm = [](QWidget *p, const QString &title, const QString &text) {
        return QMessageBox::question(p, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("User"), tr("File"), tr("Source"), tr("Created"), tr("Updated"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setAccessibleName(tr("Imports"));

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // file and lead names are never markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_refused->setAccessibleName(tr("Leads left as they are"));
    m_refused->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    m_undo->setAutoDefault(false); // Enter never starts an undo: it is chosen on purpose
    m_undo->setToolTip(tr("Remove the leads this import created and restore the values it replaced"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Imports of leads, newest first:"), this);
    label->setBuddy(m_table);
    layout->addWidget(label);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_result);
    layout->addWidget(m_refused, 1);
    layout->addWidget(buttons);

    reload();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedImport();
    m_entries = m_ws.importJournal().list();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const ImportEntry &e = m_entries.at(row);
        m_table->setItem(row, DateColumn, item(shown(e.at)));
        m_table->setItem(row, UserColumn, item(e.userName.isEmpty() ? e.userLogin : e.userName));
        m_table->setItem(row, FileColumn, item(e.file));
        m_table->setItem(row, SourceColumn, item(e.source));
        m_table->setItem(row, CreatedColumn, item(QLocale().toString(e.imported), true));
        m_table->setItem(row, UpdatedColumn, item(QLocale().toString(e.updated), true));
        m_table->setItem(row, StateColumn, item(e.isReverted() ? tr("Undone %1").arg(shown(e.revertedAt)) : tr("Imported")));
    }
    m_table->resizeColumnsToContents();
    if (selected)
        selectImport(selected);
    updateButtons();
}

qint64 ImportHistoryDialog::selectedImport() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const int row = items.first()->row();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

void ImportHistoryDialog::selectImport(qint64 importId)
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == importId) {
            m_table->selectRow(row);
            return;
        }
}

void ImportHistoryDialog::updateButtons()
{
    const qint64 id = selectedImport();
    bool undoable = false;
    for (const ImportEntry &e : std::as_const(m_entries))
        if (e.id == id)
            undoable = !e.isReverted();
    m_undo->setEnabled(undoable);
}

void ImportHistoryDialog::undoSelected()
{
    const qint64 id = selectedImport();
    const ImportEntry *entry = nullptr;
    for (const ImportEntry &e : std::as_const(m_entries))
        if (e.id == id)
            entry = &e;
    if (!entry || entry->isReverted())
        return;
    QString text;
    if (entry->leadsLeft > 0 && entry->updatesLeft > 0)
        text = tr("Remove %n lead(s) created and restore %1 updated lead(s)?", nullptr, int(entry->leadsLeft)).arg(entry->updatesLeft);
    else if (entry->leadsLeft > 0)
        text = tr("Remove %n lead(s) created by this import?", nullptr, int(entry->leadsLeft));
    else if (entry->updatesLeft > 0)
        text = tr("Restore the %n lead(s) this import updated?", nullptr, int(entry->updatesLeft));
    else
        text = tr("No lead of this import is left: mark it as undone?");
    text += QLatin1Char('\n') + tr("Leads changed since the import are left as they are.");
    if (!m_confirm(this, tr("Undo import of %1").arg(entry->file), text))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_last = m_ws.importJournal().revert(id); // announces leadsReset: the views reload
    QApplication::restoreOverrideCursor();
    showResult();
    reload();
}

void ImportHistoryDialog::showResult()
{
    m_refused->clear();
    if (!m_last)
        return;
    if (!*m_last) {
        m_result->setText(tr("The import was not undone: %1").arg(m_last->errorText()));
        m_refused->hide();
        return;
    }
    const RevertSummary &s = m_last->value();
    QString text = tr("Import undone: %n lead(s) removed, %1 restored.", nullptr, int(s.removed)).arg(s.restored);
    if (!s.refused.isEmpty())
        text += QLatin1Char(' ') + tr("%n lead(s) changed since the import were left as they are:", nullptr, int(s.refused.size()));
    m_result->setText(text);
    for (const RevertRefusal &r : s.refused) {
        auto *i = new QListWidgetItem(tr("%1 (#%2): %3").arg(r.leadName).arg(r.leadId).arg(r.reason), m_refused);
        i->setData(Qt::UserRole, r.leadId);
    }
    m_refused->setVisible(!s.refused.isEmpty());
}
