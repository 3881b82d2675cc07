#include "importvaluespage.h"

#include "importrowbuilder.h"
#include "importwizard.h"
#include "leadfield.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"
#include "workspacejob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { ValueColumn, RowsColumn, ChoiceColumn };
constexpr int FieldRole = Qt::UserRole + 1;
constexpr int ValueRole = Qt::UserRole + 2;

/// A combo item's data: the action and the target name.
QString choiceData(ImportValueChoice::Action action, const QString &target)
{
    return QString::number(int(action)) + QLatin1Char('|') + target;
}

ImportValueChoice choiceOf(const QString &data)
{
    const qsizetype bar = data.indexOf(QLatin1Char('|'));
    return ImportValueChoice{ImportValueChoice::Action(data.left(bar).toInt()), data.mid(bar + 1)};
}
} // namespace

ImportValuesPage::ImportValuesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Match the values"));
    setSubTitle(tr("What each value of the file's list columns becomes. A value that matches nothing leaves the field "
                   "empty unless you map it or create it; no row is refused because of a value."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("valuesSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("valuesTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Value in the file"), tr("Rows"), tr("Becomes")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::Stretch);
    m_createOthers = new QCheckBox(tr("&Create the other values that match nothing (beyond those listed), where the list allows it"), this);
    m_createOthers->setObjectName(QStringLiteral("createOthersCheck"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_createOthers);
}

ImportValuesPage::~ImportValuesPage()
{
    if (m_job)
        m_job->wait();
}

void ImportValuesPage::initializePage()
{
    const ImportOptions options = m_wizard->options();
    m_createOthers->setChecked(m_wizard->createMissing());
    const QString key = m_wizard->filePath() + QChar(0x1f)
                        + QString::fromUtf8(QJsonDocument(options.mapping.toJson()).toJson(QJsonDocument::Compact))
                        + QChar(0x1f) + QString::number(options.headerRow) + options.sheet;
    if (m_loaded && key == m_loadedFor)
        return; // back from a later page: keep the choices made
    m_loaded = false;
    m_loadedFor = key;
    m_table->setRowCount(0);
    m_summary->setText(tr("Reading the values of the file…"));
    emit completeChanged();
    if (m_job) {
        m_job->cancel();
        m_job->wait();
        m_job->deleteLater();
    }
    m_job = new WorkspaceJob(m_wizard->workspace(), this);
    const QString path = m_wizard->filePath();
    auto *result = &m_result;
    connect(m_job, &WorkspaceJob::finished, this, [this] {
        if (!m_job->openError().isEmpty())
            m_result = Result<QList<ImportValueColumn>>::failure(QStringLiteral("database"), m_job->openError());
        m_loaded = true;
        fill(m_result ? m_result.value() : QList<ImportValueColumn>{});
        emit completeChanged();
    });
    m_job->start([path, options, result](Workspace &own, const WorkspaceJob::Progress &) {
        *result = ImportService(own).values(path, options);
    });
}

void ImportValuesPage::waitLoaded()
{
    if (m_job)
        m_job->wait();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QStringList ImportValuesPage::existingNames(const LeadField &field) const
{
    Workspace &ws = m_wizard->workspace();
    QStringList names;
    if (field.kind == FieldKind::Choice) {
        for (const FieldChoice &c : field.choices)
            names << QCoreApplication::translate("LeadField", c.label);
    } else if (field.ref == RefKind::Status) {
        for (const LeadStatus &s : ws.statuses().all())
            if (s.role != StatusRole::Converted)
                names << s.name;
    } else if (field.ref == RefKind::User) {
        for (const User &u : ws.users().active())
            names << u.name;
    } else if (field.ref != RefKind::Partner && field.ref != RefKind::Contact && field.ref != RefKind::None) {
        for (const ReferenceItem &item : ws.references().list(field.ref))
            names << item.name;
    }
    return names;
}

QComboBox *ImportValuesPage::makeCombo(const LeadField &field, const ImportValueColumn::Value &value, bool mayCreate,
                                       const QStringList &names)
{
    auto *combo = new QComboBox(m_table);
    using A = ImportValueChoice::Action;
    combo->addItem(tr("Leave empty"), choiceData(A::Empty, {}));
    if (mayCreate)
        combo->addItem(tr("Create \"%1\"").arg(value.text), choiceData(A::Create, value.text));
    combo->insertSeparator(combo->count());
    for (const QString &n : names)
        combo->addItem(QStringLiteral("→ %1").arg(n), choiceData(A::Map, n));

    // The current choice: the user's, else the automatic one.
    ImportValueChoice current = value.automatic;
    if (const auto chosen = m_wizard->mapping().valueChoice(field.key, value.text))
        current = *chosen;
    int index = combo->findData(choiceData(current.action, current.target));
    if (index < 0 && current.action == A::Map) {
        combo->addItem(QStringLiteral("→ %1").arg(current.target), choiceData(A::Map, current.target));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
    return combo;
}

void ImportValuesPage::fill(const QList<ImportValueColumn> &columns)
{
    m_table->setRowCount(0);
    if (!m_result) {
        m_summary->setText(m_result.errorText());
        return;
    }
    int unmatched = 0, total = 0;
    const ImportRowBuilder rules(m_wizard->workspace(), ImportMapping(), true);
    for (const ImportValueColumn &column : columns) {
        const LeadField *field = leadField(column.fieldKey);
        if (!field)
            continue;
        // Once per column: what its values may become.
        const bool mayCreate = rules.mayCreate(*field);
        const QStringList names = existingNames(*field);
        const int heading = m_table->rowCount();
        m_table->insertRow(heading);
        auto *title = new QTableWidgetItem(
            tr("%1 — column \"%2\", %n distinct value(s)", nullptr, int(column.distinct)).arg(field->translatedLabel(), column.header));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setData(FieldRole, column.fieldKey);
        m_table->setItem(heading, ValueColumn, title);
        m_table->setSpan(heading, 0, 1, 3);
        for (const ImportValueColumn::Value &v : column.values) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *item = new QTableWidgetItem(v.text);
            item->setData(FieldRole, column.fieldKey);
            item->setData(ValueRole, v.text);
            m_table->setItem(row, ValueColumn, item);
            auto *rows = new QTableWidgetItem(QLocale().toString(v.rows));
            rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, RowsColumn, rows);
            QComboBox *combo = makeCombo(*field, v, mayCreate, names);
            combo->setObjectName(QStringLiteral("valueChoice%1").arg(row));
            combo->setAccessibleName(tr("What \"%1\" becomes").arg(v.text));
            m_table->setCellWidget(row, ChoiceColumn, combo);
            ++total;
            if (v.automatic.action == ImportValueChoice::Action::Empty)
                ++unmatched;
        }
        if (column.distinct > column.values.size()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, ValueColumn,
                             new QTableWidgetItem(tr("… and %n more value(s), less frequent", nullptr, int(column.distinct - column.values.size()))));
            m_table->setSpan(row, 0, 1, 3);
        }
    }
    if (total == 0)
        m_summary->setText(tr("No column of the file holds list values: nothing to match."));
    else if (unmatched == 0)
        m_summary->setText(tr("Every value matched one of Quarry's."));
    else
        m_summary->setText(tr("%n value(s) match nothing yet: choose what each becomes, or leave them empty.", nullptr, unmatched));
}

QString ImportValuesPage::fieldAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ValueColumn);
    return item ? item->data(FieldRole).toString() : QString();
}

QString ImportValuesPage::valueAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ValueColumn);
    return item ? item->data(ValueRole).toString() : QString();
}

QComboBox *ImportValuesPage::choiceCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
}

bool ImportValuesPage::isComplete() const
{
    return m_loaded && m_result.ok();
}

bool ImportValuesPage::validatePage()
{
    // Every value's choice into the value map: the automatic ones too, so
    // that a saved mapping replays exactly what was seen here.
    ImportMapping mapping = m_wizard->mapping();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString value = valueAt(row);
        QComboBox *combo = choiceCombo(row);
        if (value.isEmpty() || !combo)
            continue;
        mapping.setValueChoice(fieldAt(row), value, choiceOf(combo->currentData().toString()));
    }
    m_wizard->setMapping(mapping);
    m_wizard->setCreateMissing(m_createOthers->isChecked());
    return true;
}
