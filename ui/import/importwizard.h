#pragma once

#include "importservice.h"

#include <QWizard>

#include <functional>
#include <optional>

class Workspace;

/// Imports a file of leads, step by step: the file (CSV, spreadsheet or
/// address book, with the detected delimiter, encoding, sheet, header row
/// and export shape, which the user may override), the mapping of its
/// columns to lead fields (saved and loaded as JSON), the values of its list
/// columns matched to Quarry's (the value step), the values for all rows
/// and what to do with duplicates, a preview of the first rows with their
/// problems, the import itself on a worker thread (progress bar, Cancel),
/// and the result with the counts and the rejected-rows report.
///
/// The pages share the state kept here; the rules are ImportService's.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ValuesPage, OptionsPage, PreviewPage, RunPage, ResultPage };

    explicit ImportWizard(Workspace &ws, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace &workspace() const { return m_ws; }

    /// Puts `path` in the file page (and reads it).
    void setFilePath(const QString &path);
    QString filePath() const;

    /// Where the rejected rows are written; by default a dated file in
    /// Quarry's data folder ("import-reports").
    void setReportPath(const QString &path) { m_reportPath = path; }
    QString reportPath() const { return m_reportPath; }
    /// Opens the report (QDesktopServices by default; tests replace it).
    void setReportOpener(std::function<void(const QString &path)> opener) { m_opener = std::move(opener); }
    void openReport() const;

    // The state the pages share.
    /// The file's format as the user left it on the file page.
    CsvFormat format() const { return m_format; }
    void setFormat(const CsvFormat &format) { m_format = format; }
    /// The file's header row and first rows, read with format().
    const ImportFileInfo &fileInfo() const { return m_info; }
    void setFileInfo(const ImportFileInfo &info);
    ImportMapping mapping() const { return m_mapping; }
    void setMapping(const ImportMapping &mapping) { m_mapping = mapping; }
    ImportDefaults defaults() const { return m_defaults; }
    void setDefaults(const ImportDefaults &defaults) { m_defaults = defaults; }
    /// Values beyond those the value step lists are created when they name nothing.
    bool createMissing() const { return m_createMissing; }
    void setCreateMissing(bool on) { m_createMissing = on; }
    DuplicatePolicy duplicatePolicy() const { return m_policy; }
    void setDuplicatePolicy(DuplicatePolicy policy) { m_policy = policy; }
    /// Everything above as ImportService options.
    ImportOptions options() const;

    /// What the import did, once it ended.
    const std::optional<Result<ImportSummary>> &result() const { return m_result; }
    void setResult(const Result<ImportSummary> &result) { m_result = result; }

    /// While the import runs, closing the wizard cancels it first (nothing
    /// is kept) and waits for the worker.
    void reject() override;

signals:
    /// The import ended and changed the database (views reload on leadsReset).
    void imported(const ImportCounts &counts);

private:
    friend class ImportRunPage;
    QString defaultReportPath() const;

    Workspace &m_ws;
    CsvFormat m_format;
    ImportFileInfo m_info;
    ImportMapping m_mapping;
    ImportDefaults m_defaults;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    bool m_createMissing = false;
    QString m_reportPath;
    std::function<void(const QString &)> m_opener;
    std::optional<Result<ImportSummary>> m_result;
};
