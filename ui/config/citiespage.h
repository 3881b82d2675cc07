#pragma once

#include "configsection.h"
#include "reference.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

/// The cities repository: found by the beginning of their name (it may hold
/// tens of thousands), added one by one, or imported from CSV through the
/// import workflow (the "Import…" button emits importRequested()).
class CitiesPage : public ConfigSection
{
    Q_OBJECT
public:
    explicit CitiesPage(Workspace &ws, QWidget *parent = nullptr);

    /// Lists the cities whose name starts with `prefix`.
    void search(const QString &prefix);
    QTableWidget *results() const { return m_results; }
    /// Adds a city (as the Add button does); returns its id or 0.
    qint64 addCity(const City &city);

signals:
    /// The user asked to import cities from a CSV file.
    void importRequested(RefKind kind);

private:
    void onAdd();
    void fillCountries();
    void updateCount();

    QLineEdit *m_search;
    QLabel *m_count;
    QTableWidget *m_results;
    QLineEdit *m_name;
    QLineEdit *m_postalCode;
    QLineEdit *m_region;
    QComboBox *m_country;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
};
