#pragma once

#include "reference.h"
#include "referenceimportservice.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class Workspace;
class WorkspaceJob;

/// Imports industries (a one-column CSV) or cities (a CSV, or a GeoNames
/// dump such as cities500.txt) into the reference lists, on a worker thread
/// with a progress bar and Cancel, then shows the counts and opens the
/// rejected-rows report. The configuration pages' "Import CSV…" buttons
/// (ConfigPage::csvImportRequested) lead here.
class ReferenceImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `kind` is RefKind::Industry or RefKind::City.
    ReferenceImportDialog(Workspace &ws, RefKind kind, QWidget *parent = nullptr);
    ~ReferenceImportDialog() override;

    /// Shows the dialog for `kind` (the slot of ConfigPage::csvImportRequested).
    static void importList(Workspace &ws, RefKind kind, QWidget *parent);

    void setPath(const QString &path);
    void setReportPath(const QString &path) { m_reportPath = path; }
    /// How the report is opened (QDesktopServices by default).
    void setReportOpener(std::function<void(const QString &)> opener) { m_opener = std::move(opener); }

    void startImport();
    bool isRunning() const;
    const std::optional<Result<ReferenceImportSummary>> &result() const { return m_result; }

    void reject() override;

signals:
    /// The list changed (the workspace announced referencesChanged too).
    void imported(const ReferenceImportSummary &summary);

private:
    void onFinished();

    Workspace &m_ws;
    RefKind m_kind;
    QLineEdit *m_path;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_report;
    WorkspaceJob *m_job = nullptr;
    QString m_reportPath;
    std::function<void(const QString &)> m_opener;
    std::optional<Result<ReferenceImportSummary>> m_result;
};
