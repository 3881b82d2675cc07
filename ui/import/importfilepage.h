#pragma once

#include "csvformat.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QFormLayout;
class QSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

/// The first page of the import wizard: the file, what it is (CSV with its
/// delimiter and encoding, a workbook and its sheet, an address book), the
/// line its header is on, and the export shape recognised — all detected,
/// all open to change — and its first rows as read, so that a wrong guess
/// shows at once.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QString path() const;
    /// Puts `path` in the field and reads it, detecting the format.
    void setPath(const QString &path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    /// Reads the file: `detect` guesses the format again (a new file),
    /// otherwise the chosen delimiter and encoding are used.
    void inspect(bool detect);
    void showSample();
    void setRowVisible(QWidget *field, bool visible);
    static QString encodingLabel(TextEncoding encoding);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QSpinBox *m_headerLine;
    QLabel *m_source;
    QFormLayout *m_form = nullptr;
    bool m_headerChosen = false; ///< the user set the header line
    QLabel *m_detected;
    QLabel *m_error;
    QTableWidget *m_sample;
    QTimer *m_debounce;
    bool m_ok = false;
};
