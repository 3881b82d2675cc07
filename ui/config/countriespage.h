#pragma once

#include "referencelistpage.h"

class QLabel;
class QLineEdit;
class QPushButton;

/// Countries: the reference page with each country's two-letter ISO code
/// (typed when adding, changed on the right).
class CountriesPage : public ReferenceListPage
{
    Q_OBJECT
public:
    explicit CountriesPage(Workspace &ws, QWidget *parent = nullptr);

    /// The code the next added country gets (the add bar's field).
    void setNewCode(const QString &code);

protected:
    ReferenceItem newItem(const QString &name) const override;
    void currentItemChanged(const std::optional<ReferenceItem> &item) override;

private:
    void saveCode();
    QLineEdit *m_newCode;
    QLineEdit *m_code;
    QPushButton *m_save;
    QLabel *m_hint;
};
