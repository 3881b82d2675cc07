#pragma once

#include "leadexporter.h"
#include "leadfilter.h"
#include "result.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class Workspace;
class WorkspaceJob;

/// Exports what a view shows (its filters and sort), or only the leads
/// selected in it, to a CSV file or an Excel workbook (.xlsx, typed cells):
/// every lead field (a file Quarry imports back) or the visible columns; for
/// CSV, UTF-8 with or without byte order mark, comma or semicolon, formulas
/// kept from running (those choices are disabled for a workbook, whose text
/// cells are never formulas). The export runs on a worker thread
/// (LeadExporter), with a progress bar and Cancel; the file appears only
/// when it is complete.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `visibleFields`: the lead fields of the view's visible columns, in
    /// order (see visibleFields()); empty hides that choice.
    ExportDialog(Workspace &ws, const LeadFilter &filter, const QStringList &visibleFields, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Opens the dialog for the grid's Tools > Export: what `filter` shows,
    /// or the `selected` leads (the default when several are selected);
    /// `parent` is the grid (or inside it), whose visible columns are offered.
    static void exportLeads(Workspace &ws, LeadFilter filter, const QList<qint64> &selected, QWidget *parent);
    /// The lead fields of a lead grid's visible columns in their visual
    /// order ("Full name" gives first, middle and last name, so that the file
    /// imports back); `widget` is the grid or a widget inside it.
    static QStringList visibleFields(const QWidget *widget);

    /// The leads selected in the view: offers exporting only them.
    void setSelection(const QList<qint64> &ids);
    /// Exports only the selected leads (true) or all the view's (false).
    void setSelectedOnly(bool only);
    /// The leads the export writes: the view's filter, restricted to the
    /// selection when chosen.
    LeadFilter exportFilter() const;

    void setPath(const QString &path);
    QString path() const;
    void setAllFields(bool all);
    void setBom(bool bom);
    /// Whether formula-like cells are written as text (LeadExportOptions::
    /// neutraliseFormulas); checked by default.
    void setNeutraliseFormulas(bool on);
    void setDelimiter(QChar delimiter);
    /// Chooses CSV or an Excel workbook: enables the CSV-only choices or
    /// not, and gives the file name the format's extension.
    void setFormat(LeadExportFormat format);
    /// The file type chosen.
    LeadExportFormat format() const;

    /// Starts the export (the Export button); the dialog closes when it is done.
    void startExport();
    bool isRunning() const;
    /// What the last export did: leads written, or why not.
    const std::optional<Result<qint64>> &result() const { return m_result; }

    void reject() override;

signals:
    /// The file was written.
    void exported(qint64 count, const QString &path);

private:
    void browse();
    void onFinished();
    void onFormatChanged();

    Workspace &m_ws;
    LeadFilter m_filter;
    QStringList m_visible;
    QList<qint64> m_selected;
    QRadioButton *m_viewLeads;
    QRadioButton *m_selectedLeads;
    QRadioButton *m_all;
    QRadioButton *m_columns;
    QCheckBox *m_bom;
    QCheckBox *m_formulas;
    QComboBox *m_delimiter;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_export;
    WorkspaceJob *m_job = nullptr;
    std::optional<Result<qint64>> m_result;
};
