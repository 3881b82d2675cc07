#include "citiespage.h"

#include "configundo.h"
#include "undoids.h"

#include "referenceservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int ResultLimit = 200;
}

CitiesPage::CitiesPage(Workspace &ws, QWidget *parent)
    : ConfigSection(ws, tr("Cities"),
                    tr("The cities repository a lead's address picks from. Type the beginning of a name to find a city."),
                    parent)
{
    setObjectName(QStringLiteral("citiesPage"));

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("citySearch"));
    m_search->setPlaceholderText(tr("Find a city by the beginning of its name"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #616e7c;"));
    auto *import = new QPushButton(tr("Import…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Import cities from a CSV file"));
    connect(import, &QPushButton::clicked, this, [this] { emit importRequested(RefKind::City); });
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(import);
    body()->addLayout(top);
    connect(m_search, &QLineEdit::textChanged, this, &CitiesPage::search);

    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("cityResults"));
    m_results->setHorizontalHeaderLabels({tr("City"), tr("Postal code"), tr("Region"), tr("Country")});
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setAlternatingRowColors(true);
    m_results->setStyleSheet(QStringLiteral("QTableWidget#cityResults { border: 1px solid #dde3ea; border-radius: 6px; background: white; }"));
    body()->addWidget(m_results, 1);

    // Add a city.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(10);
    auto *title = new QLabel(tr("Add a city"), card);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("cityName"));
    m_name->setPlaceholderText(tr("Name"));
    m_postalCode = new QLineEdit(card);
    m_postalCode->setPlaceholderText(tr("Postal code"));
    m_region = new QLineEdit(card);
    m_region->setPlaceholderText(tr("Region"));
    m_country = new QComboBox(card);
    m_country->setObjectName(QStringLiteral("cityCountry"));
    m_country->setMinimumWidth(160);
    auto *coordinate = new QDoubleValidator(-180, 180, 6, this);
    coordinate->setNotation(QDoubleValidator::StandardNotation);
    m_latitude = new QLineEdit(card);
    m_latitude->setPlaceholderText(tr("Latitude"));
    m_latitude->setValidator(coordinate);
    m_longitude = new QLineEdit(card);
    m_longitude->setPlaceholderText(tr("Longitude"));
    m_longitude->setValidator(coordinate);
    auto *add = new QPushButton(tr("Add"), card);
    add->setObjectName(QStringLiteral("primaryButton"));
    grid->addWidget(title, 0, 0, 1, 4);
    grid->addWidget(m_name, 1, 0);
    grid->addWidget(m_postalCode, 1, 1);
    grid->addWidget(m_region, 1, 2);
    grid->addWidget(m_country, 1, 3);
    grid->addWidget(m_latitude, 2, 0);
    grid->addWidget(m_longitude, 2, 1);
    grid->addWidget(add, 2, 3, Qt::AlignRight);
    m_postalCode->setMinimumWidth(110);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(3, 2);
    body()->addWidget(card);
    connect(add, &QPushButton::clicked, this, &CitiesPage::onAdd);
    connect(m_name, &QLineEdit::returnPressed, this, &CitiesPage::onAdd);

    connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
        if (kind == RefKind::Country)
            fillCountries();
        if (kind == RefKind::City) {
            updateCount();
            search(m_search->text());
        }
    });
    fillCountries();
    updateCount();
    search(QString());
}

void CitiesPage::fillCountries()
{
    const qint64 keep = m_country->currentData().toLongLong();
    m_country->clear();
    m_country->addItem(tr("(no country)"), 0);
    for (const ReferenceItem &c : workspace().references().list(RefKind::Country))
        m_country->addItem(c.name, c.id);
    if (const int i = m_country->findData(keep); i >= 0)
        m_country->setCurrentIndex(i);
}

void CitiesPage::updateCount()
{
    const qint64 n = workspace().references().cityCount();
    m_count->setText(tr("%1 cities").arg(QLocale().toString(n)));
}

void CitiesPage::search(const QString &prefix)
{
    const QList<City> cities = workspace().references().findCities(prefix, ResultLimit);
    m_results->setRowCount(int(cities.size()));
    for (int row = 0; row < cities.size(); ++row) {
        const City &c = cities.at(row);
        const QStringList cells = {c.name, c.postalCode, c.region, workspace().references().nameOf(RefKind::Country, c.countryId)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 0)
                item->setData(Qt::UserRole, c.id);
            m_results->setItem(row, col, item);
        }
    }
}

qint64 CitiesPage::addCity(const City &city)
{
    auto added = workspace().references().addCity(city);
    if (!check(added, tr("The city was not added")))
        return 0;
    // Undone by removing it (refused once a lead names it); redone under a new id.
    Workspace &ws = workspace();
    const QString kind = QStringLiteral("city");
    const qint64 first = added->id;
    ConfigUndo::push(
        tr("Add the city %1").arg(added->name),
        [&ws, kind, first, city] { return UndoIds::addAgain(kind, first, [&] { return ws.references().addCity(city); }); },
        [&ws, kind, first] {
            VoidResult r = ws.references().removeCity(UndoIds::current(kind, first));
            return r ? Problems{} : r.problems();
        });
    showDone(tr("%1 was added.").arg(added->name));
    return added->id;
}

void CitiesPage::onAdd()
{
    City city;
    city.name = m_name->text().trimmed();
    city.postalCode = m_postalCode->text().trimmed();
    city.region = m_region->text().trimmed();
    city.countryId = m_country->currentData().toLongLong();
    bool ok = false;
    if (const double v = QLocale().toDouble(m_latitude->text(), &ok); ok)
        city.latitude = v;
    if (const double v = QLocale().toDouble(m_longitude->text(), &ok); ok)
        city.longitude = v;
    if (!addCity(city))
        return;
    m_search->setText(city.name);
    for (QLineEdit *e : {m_name, m_postalCode, m_region, m_latitude, m_longitude})
        e->clear();
    m_name->setFocus();
}
