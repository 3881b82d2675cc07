#pragma once

// The small field editors, one per simple field kind. Each adapts one Qt
// widget to FieldEditor; they are grouped here because each is a few lines.

#include "fieldeditor.h"
#include "reference.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class RichTextEdit;
class StarRating;
class Workspace;

/// One line of text.
class LineEditor : public FieldEditor
{
    Q_OBJECT
public:
    LineEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

/// The city: a line edit completing from the cities repository; choosing
/// a city there offers its postal code, region, country and coordinates.
class CityEditor : public LineEditor
{
    Q_OBJECT
public:
    CityEditor(const LeadField &field, Workspace &ws, QWidget *parent);

signals:
    /// The user picked a city of the repository.
    void citySelected(const City &city);

private:
    void complete(const QString &prefix);
    Workspace &m_ws;
    QStandardItemModel *m_model;
    QList<City> m_cities;
};

/// Several lines of plain text.
class PlainTextEditor : public FieldEditor
{
    Q_OBJECT
public:
    PlainTextEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_edit;
    bool m_loading = false;
};

/// Rich text (the description). The value stays the stored HTML until the
/// user edits, since QTextDocument rewrites HTML it did not write.
class HtmlEditor : public FieldEditor
{
    Q_OBJECT
public:
    HtmlEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    RichTextEdit *m_edit;
    QString m_loaded;
    bool m_dirty = false;
};

/// A check box.
class BoolEditor : public FieldEditor
{
    Q_OBJECT
public:
    BoolEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox *m_box;
};

/// Lead scoring as stars.
class StarEditor : public FieldEditor
{
    Q_OBJECT
public:
    StarEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    StarRating *m_stars;
};

/// A number with decimals, blank when unset (amounts, coordinates).
class DecimalEditor : public FieldEditor
{
    Q_OBJECT
public:
    DecimalEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    /// What is wrong with the typed text ("" when it is a number or blank).
    QString inputProblem() const override;

private:
    QLineEdit *m_edit;
};

/// A date, blank when unset, with a calendar and a clear button.
class DateEditor : public FieldEditor
{
    Q_OBJECT
public:
    DateEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QWidget *m_box;
    QDateEdit *m_edit;
};

/// One of the field's fixed choices.
class ChoiceEditor : public FieldEditor
{
    Q_OBJECT
public:
    ChoiceEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QComboBox *m_combo;
};

/// What users never type (created on, next event, outcome…): shown as text.
class ReadOnlyEditor : public FieldEditor
{
    Q_OBJECT
public:
    ReadOnlyEditor(const LeadField &field, Workspace &ws, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override { return m_value; }
    void setValue(const QVariant &value) override;
    void setReadOnly(bool) override {}

private:
    Workspace &m_ws;
    QLabel *m_label;
    QVariant m_value;
};
