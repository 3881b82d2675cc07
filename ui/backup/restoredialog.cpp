#include "restoredialog.h"

#include "backupservice.h"
#include "databasefile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QString &databasePath, const QString &problem, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    auto *layout = new QVBoxLayout(this);
    if (!problem.isEmpty()) {
        auto *why = new QLabel(problem, this);
        why->setObjectName(QStringLiteral("problem"));
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #f5c2bd; "
                                          "border-radius: 6px; padding: 8px; }"));
        layout->addWidget(why);
    }
    const QList<DatabaseFile::Backup> backups = DatabaseFile::backups(databasePath);
    auto *intro = new QLabel(backups.isEmpty()
                                 ? tr("There is no automatic backup beside %1 yet. Choose a backup file made with "
                                      "quarry-cli backup or copied elsewhere.")
                                       .arg(QDir::toNativeSeparators(databasePath))
                                 : tr("The backups of %1, newest first. The database as it is now is kept beside it "
                                      "before the backup takes its place.")
                                       .arg(QDir::toNativeSeparators(databasePath)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_list->setAlternatingRowColors(true);
    const QLocale locale;
    for (const DatabaseFile::Backup &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, b.beforeSchema ? tr("Before the upgrade to schema %1").arg(b.beforeSchema) : tr("Daily"));
        item->setText(2, locale.formattedDataSize(b.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setVisible(!backups.isEmpty());
    layout->addWidget(m_list, 1);
    if (!backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore this backup…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(!backups.isEmpty());
    QPushButton *other = buttons->addButton(tr("Choose a &file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("chooseFileButton"));
    buttons->addButton(problem.isEmpty() ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::restoreSelected);
    layout->addWidget(buttons);
    resize(620, backups.isEmpty() ? 200 : 380);
}

void RestoreDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (restore(this, m_databasePath, path)) {
        m_restored = path;
        accept();
    }
}

void RestoreDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore a backup"), QFileInfo(m_databasePath).absolutePath(),
                                                      tr("Quarry backups (*.sqlite *.db *.quarry);;All files (*)"));
    if (path.isEmpty())
        return;
    if (restore(this, m_databasePath, path)) {
        m_restored = path;
        accept();
    }
}

bool RestoreDialog::restore(QWidget *parent, const QString &databasePath, const QString &backupPath)
{
    const QFileInfo backup(backupPath);
    QMessageBox ask(QMessageBox::Question, tr("Restore a backup"),
                    tr("Put the backup of %1 in the place of the database?")
                        .arg(QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
                    QMessageBox::Cancel, parent);
    ask.setInformativeText(tr("What was changed since the backup is not in it. The database as it is now is kept "
                              "beside it, so nothing is lost: %1")
                               .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath())));
    QPushButton *yes = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = BackupService::restore(databasePath, backupPath);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QStringList lines;
        for (const Problem &p : restored.problems())
            lines << p.message;
        QMessageBox::warning(parent, tr("Restore a backup"), lines.join(QLatin1Char('\n')));
        return false;
    }
    QMessageBox::information(parent, tr("Restore a backup"),
                             restored->keptAs.isEmpty()
                                 ? tr("The backup was restored.")
                                 : tr("The backup was restored. The database it replaced is kept as %1.")
                                       .arg(QDir::toNativeSeparators(restored->keptAs)));
    return true;
}
