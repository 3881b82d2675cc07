#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

/// File > Restore a backup…, and the offer made when the database does not
/// open: the automatic backups beside the database, newest first (daily ones
/// and those made before an upgrade), or any other backup file. Restoring
/// keeps the file it replaces beside it (BackupService::restore); the app
/// then starts again on the restored database.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    /// `problem`: why the database did not open ("" from the File menu).
    RestoreDialog(const QString &databasePath, const QString &problem, QWidget *parent = nullptr);

    /// The backup restored ("" while none was).
    QString restored() const { return m_restored; }
    /// Asks to confirm, then restores `backupPath` in the place of the
    /// database; says what was done or why not. True when restored.
    static bool restore(QWidget *parent, const QString &databasePath, const QString &backupPath);

    QTreeWidget *list() const { return m_list; }

private:
    void chooseFile();
    void restoreSelected();

    QString m_databasePath;
    QString m_restored;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};
