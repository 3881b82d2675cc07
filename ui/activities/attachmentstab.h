#pragma once

#include "recordlisttab.h"

class QMimeData;
class QPushButton;

/// The lead form's Attachments tab: the files kept on the lead (name,
/// size, added, by) with Add… (also files dropped on the tab), Open (a
/// temporary copy handed to the desktop), Save as… and Remove after
/// confirmation. The size limit of the CRM options refuses a file with a
/// clear message. The title counts the files.
class AttachmentsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit AttachmentsTab(Workspace &ws, QWidget *parent = nullptr);

    /// Attaches the files at `paths` (Add… and drops); false when any was refused.
    bool addFiles(const QStringList &paths);
    /// Writes the current attachment to a temporary file and opens it;
    /// returns that file's path (empty: not opened).
    QString openCurrent();
    /// Writes the current attachment to `path`.
    bool saveCurrentAs(const QString &path);
    /// Removes the current attachment after confirmation.
    bool removeCurrent();

    QPushButton *addFilesButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveAsButton() const { return m_saveAs; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void fill() override;
    int count() const override { return m_count; }
    void updateActions() override;
    QString unsavedHint() const override;
    QString readyHint() const override;
    void deleteRequested() override { removeCurrent(); }
    void activateRequested() override { openCurrent(); }

    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void chooseSavePath();
    static QStringList localFiles(const QMimeData *mime);

    int m_count = 0;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_saveAs;
    QPushButton *m_remove;
};
