#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

/// The first page of the import wizard: the file, its delimiter and encoding
/// as detected (the user may pick others), and its first rows as read with
/// them, so that a wrong guess shows at once.
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

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QLabel *m_detected;
    QLabel *m_error;
    QTableWidget *m_sample;
    QTimer *m_debounce;
    bool m_ok = false;
};
