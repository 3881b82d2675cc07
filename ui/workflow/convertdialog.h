#pragma once

#include "conversionservice.h"
#include "lead.h"

#include <QDialog>

#include <optional>

class WorkflowProblems;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class Workspace;

/// Converts a lead (seed 002): a new partner (a prospect) or an existing one
/// (searchable, with the partner whose name matches the lead's company
/// suggested); no contact, a new contact from the lead, or existing contacts
/// of that partner; an opportunity or not, with its name, expected amount
/// and close date prefilled from the lead's qualification; the prospect
/// status when the CRM manages prospect statuses. The service's problems
/// show at the field they name; nothing changes until Convert succeeds.
class ConvertDialog : public QDialog
{
    Q_OBJECT
public:
    ConvertDialog(Workspace &ws, qint64 leadId, QWidget *parent = nullptr);
    ~ConvertDialog() override;

    /// Runs the dialog modally; true when the lead was converted.
    static bool run(Workspace &ws, qint64 leadId, QWidget *parent);

    /// The request the widgets describe.
    ConversionRequest request() const;
    /// Converts with what the widgets say; false (problems shown) when refused.
    bool apply();
    /// What the conversion produced (after a successful apply()).
    const std::optional<ConversionResult> &conversion() const { return m_result; }
    /// One sentence saying what the conversion produced.
    QString summary() const;
    /// The partner suggested for the lead's company (0: none).
    qint64 suggestedPartnerId() const { return m_suggestedPartnerId; }
    /// Selects an existing partner (switches to "existing partner").
    void selectPartner(qint64 partnerId);
    /// Checks the existing contacts with these ids (contact mode "existing").
    void selectContacts(const QList<qint64> &contactIds);
    /// The problem text shown under a field ("partner", "contact", …).
    QString problemAt(const QString &field) const;
    /// Whether the lead can be converted at all (else the Convert button is off).
    bool canConvert() const { return m_canConvert; }

    void accept() override;

private:
    void searchPartners(const QString &text);
    void loadContacts();
    void updateState();
    void growToFit();
    qint64 currentPartnerId() const;

    Workspace &m_ws;
    Lead m_lead;
    bool m_canConvert = false;
    qint64 m_suggestedPartnerId = 0;
    std::optional<ConversionResult> m_result;

    MessageBanner *m_banner;
    WorkflowProblems *m_problems;
    QRadioButton *m_newPartner;
    QRadioButton *m_existingPartner;
    QLabel *m_suggestion;
    QPushButton *m_useSuggestion;
    QLineEdit *m_partnerSearch;
    QListWidget *m_partnerList;
    QComboBox *m_contactMode;
    QListWidget *m_contactList;
    QGroupBox *m_opportunity;
    QLineEdit *m_opportunityName;
    QDoubleSpinBox *m_amount;
    QDateEdit *m_closeDate;
    QLabel *m_prospectLabel;
    QComboBox *m_prospectStatus;
    QPushButton *m_convertButton;
};
