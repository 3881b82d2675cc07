#pragma once

#include <QWizardPage>

class ImportWizard;
class QButtonGroup;
class QComboBox;
class QLineEdit;

/// The options page of the import wizard: a status, an owner, a source and
/// tags for every imported lead (the event's name as a tag, say), and what
/// to do with a row that duplicates a lead (same email or phone).
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_source;
    QLineEdit *m_tags;
    QButtonGroup *m_duplicates;
};
