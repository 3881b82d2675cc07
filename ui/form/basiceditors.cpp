#include "basiceditors.h"

#include "icons.h"
#include "leadcodec.h"
#include "referenceservice.h"
#include "richtextedit.h"
#include "starrating.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace {
/// The date a QDateEdit shows as blank.
const QDate kNoDate(1900, 1, 1);

bool parseDecimal(const QString &text, double *out)
{
    bool ok = false;
    const QString t = text.trimmed();
    *out = QLocale().toDouble(t, &ok);
    if (!ok)
        *out = QLocale::c().toDouble(t, &ok); // "12.5" typed in a French locale
    return ok;
}
} // namespace

// ---- LineEditor

LineEditor::LineEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_edit = new QLineEdit(parent);
    m_edit->setAccessibleName(field.translatedLabel());
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QWidget *LineEditor::widget() const { return m_edit; }
QVariant LineEditor::value() const { return m_edit->text(); }
void LineEditor::setValue(const QVariant &value) { m_edit->setText(value.toString()); }
void LineEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

// ---- CityEditor

CityEditor::CityEditor(const LeadField &field, Workspace &ws, QWidget *parent) : LineEditor(field, parent), m_ws(ws)
{
    m_model = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    lineEdit()->setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &CityEditor::complete);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const int i = index.data(Qt::UserRole).toInt();
        if (i < 0 || i >= m_cities.size())
            return;
        lineEdit()->setText(m_cities.at(i).name);
        emit edited();
        emit citySelected(m_cities.at(i));
    });
}

void CityEditor::complete(const QString &prefix)
{
    m_model->clear();
    m_cities.clear();
    if (prefix.trimmed().size() < 2)
        return;
    m_cities = m_ws.references().findCities(prefix, 12);
    for (int i = 0; i < m_cities.size(); ++i) {
        const City &c = m_cities.at(i);
        QStringList details;
        if (!c.postalCode.isEmpty())
            details << c.postalCode;
        if (const QString country = m_ws.references().nameOf(RefKind::Country, c.countryId); !country.isEmpty())
            details << country;
        auto *item = new QStandardItem(details.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, details.join(QStringLiteral(", "))));
        item->setData(i, Qt::UserRole);
        m_model->appendRow(item);
    }
}

// ---- PlainTextEditor

PlainTextEditor::PlainTextEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_edit = new QPlainTextEdit(parent);
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(field.translatedLabel());
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QWidget *PlainTextEditor::widget() const { return m_edit; }
QVariant PlainTextEditor::value() const { return m_edit->toPlainText(); }
void PlainTextEditor::setValue(const QVariant &value)
{
    m_loading = true;
    m_edit->setPlainText(value.toString());
    m_loading = false;
}
void PlainTextEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

// ---- HtmlEditor

HtmlEditor::HtmlEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_edit = new RichTextEdit(parent);
    m_edit->textEdit()->setAccessibleName(field.translatedLabel());
    connect(m_edit, &RichTextEdit::edited, this, [this] {
        m_dirty = true;
        emit edited();
    });
}

QWidget *HtmlEditor::widget() const { return m_edit; }
QVariant HtmlEditor::value() const { return m_dirty ? m_edit->html() : m_loaded; }
void HtmlEditor::setValue(const QVariant &value)
{
    m_loaded = value.toString();
    m_dirty = false;
    m_edit->setHtml(m_loaded);
}
void HtmlEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

// ---- BoolEditor

BoolEditor::BoolEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_box = new QCheckBox(parent);
    m_box->setAccessibleName(field.translatedLabel());
    connect(m_box, &QCheckBox::clicked, this, &FieldEditor::edited);
}

QWidget *BoolEditor::widget() const { return m_box; }
QVariant BoolEditor::value() const { return m_box->isChecked(); }
void BoolEditor::setValue(const QVariant &value) { m_box->setChecked(value.toBool()); }
void BoolEditor::setReadOnly(bool readOnly) { m_box->setEnabled(!readOnly); }

// ---- StarEditor

StarEditor::StarEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_stars = new StarRating(parent);
    m_stars->setStarSize(20);
    connect(m_stars, &StarRating::valueChanged, this, &FieldEditor::edited);
}

QWidget *StarEditor::widget() const { return m_stars; }
QVariant StarEditor::value() const { return m_stars->value(); }
void StarEditor::setValue(const QVariant &value) { m_stars->setValue(value.toInt()); }
void StarEditor::setReadOnly(bool readOnly) { m_stars->setReadOnly(readOnly); }

// ---- DecimalEditor

DecimalEditor::DecimalEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_edit = new QLineEdit(parent);
    m_edit->setAccessibleName(field.translatedLabel());
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMaximumWidth(200);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QWidget *DecimalEditor::widget() const { return m_edit; }

QVariant DecimalEditor::value() const
{
    double v = 0;
    if (m_edit->text().trimmed().isEmpty() || !parseDecimal(m_edit->text(), &v))
        return QVariant();
    return v;
}

void DecimalEditor::setValue(const QVariant &value)
{
    m_edit->setText(value.isNull() || !value.isValid() ? QString() : QLocale().toString(value.toDouble(), 'g', 12));
}

void DecimalEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }

QString DecimalEditor::inputProblem() const
{
    double v = 0;
    if (m_edit->text().trimmed().isEmpty() || parseDecimal(m_edit->text(), &v))
        return {};
    return tr("%1: \"%2\" is not a number.").arg(field().translatedLabel(), m_edit->text());
}

// ---- DateEditor

DateEditor::DateEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_box = new QWidget(parent);
    auto *row = new QHBoxLayout(m_box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_edit = new QDateEdit(m_box);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kNoDate);
    m_edit->setSpecialValueText(QStringLiteral(" "));
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_edit->setDate(kNoDate);
    m_edit->setAccessibleName(field.translatedLabel());
    m_edit->setMinimumWidth(130);
    auto *clear = new QToolButton(m_box);
    clear->setIcon(Icons::icon(QStringLiteral("close")));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Clear the date"));
    row->addWidget(m_edit);
    row->addWidget(clear);
    row->addStretch(1);
    m_box->setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::userDateChanged, this, &FieldEditor::edited);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_edit->setDate(kNoDate);
        emit edited();
    });
}

QWidget *DateEditor::widget() const { return m_box; }
QVariant DateEditor::value() const { return m_edit->date() == kNoDate ? QDate() : m_edit->date(); }
void DateEditor::setValue(const QVariant &value)
{
    const QSignalBlocker block(m_edit);
    const QDate d = value.toDate();
    m_edit->setDate(d.isValid() ? d : kNoDate);
}
void DateEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setCalendarPopup(!readOnly);
}

// ---- ChoiceEditor

ChoiceEditor::ChoiceEditor(const LeadField &field, QWidget *parent) : FieldEditor(field, parent)
{
    m_combo = new QComboBox(parent);
    m_combo->setAccessibleName(field.translatedLabel());
    m_combo->addItem(tr("—"), QString());
    for (const FieldChoice &c : field.choices)
        m_combo->addItem(field.choiceLabel(QString::fromLatin1(c.key)), QString::fromLatin1(c.key));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

QWidget *ChoiceEditor::widget() const { return m_combo; }
QVariant ChoiceEditor::value() const { return m_combo->currentData().toString(); }
void ChoiceEditor::setValue(const QVariant &value)
{
    const int i = m_combo->findData(value.toString());
    m_combo->setCurrentIndex(i < 0 ? 0 : i);
}
void ChoiceEditor::setReadOnly(bool readOnly) { m_combo->setEnabled(!readOnly); }

// ---- ReadOnlyEditor

ReadOnlyEditor::ReadOnlyEditor(const LeadField &field, Workspace &ws, QWidget *parent) : FieldEditor(field, parent), m_ws(ws)
{
    m_label = new QLabel(parent);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(field.translatedLabel());
}

QWidget *ReadOnlyEditor::widget() const { return m_label; }

void ReadOnlyEditor::setValue(const QVariant &value)
{
    m_value = value;
    QString text;
    if (field().kind == FieldKind::DateTime)
        text = value.toDateTime().isValid() ? QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat) : QString();
    else if (field().kind == FieldKind::Date)
        text = value.toDate().isValid() ? QLocale().toString(value.toDate(), QLocale::ShortFormat) : QString();
    else if (field().kind == FieldKind::Reference && value.toLongLong() == 0)
        text.clear();
    else
        text = m_ws.codec().displayText(field(), value);
    m_label->setText(text.isEmpty() ? tr("—") : text);
    m_label->setStyleSheet(text.isEmpty() ? QStringLiteral("color: #9aa5b1;") : QString());
}
