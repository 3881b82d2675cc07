#pragma once

// Editors of the fields holding several values: emails and phones (one
// line each), tags (chips) and marketing lists (a check list).

#include "fieldeditor.h"

class MultiValueEdit;
class QListWidget;
class QPushButton;
class TagChips;
class Workspace;

/// Emails or phones: one line per value.
class MultiValueEditor : public FieldEditor
{
    Q_OBJECT
public:
    MultiValueEditor(const LeadField &field, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    /// Marks the lines whose value the message quotes (all when none is quoted).
    void setProblem(const QString &message) override;
    void focus() override;
    MultiValueEdit *edit() const { return m_edit; }

private:
    MultiValueEdit *m_edit;
};

/// Tags as coloured chips.
class TagListEditor : public FieldEditor
{
    Q_OBJECT
public:
    TagListEditor(const LeadField &field, Workspace &ws, QWidget *parent);
    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

signals:
    void problem(const QString &message);

private:
    TagChips *m_chips;
};

/// Entries of a list ticked or not (marketing lists), with "New list…"
/// where the list allows inline creation.
class CheckListEditor : public FieldEditor
{
    Q_OBJECT
public:
    CheckListEditor(const LeadField &field, Workspace &ws, QWidget *parent);
    QWidget *widget() const override { return m_box; }
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    QListWidget *list() const { return m_list; }

signals:
    void problem(const QString &message);

private:
    void reload();
    Workspace &m_ws;
    QWidget *m_box;
    QListWidget *m_list;
    QPushButton *m_new = nullptr;
    QList<qint64> m_value;
    bool m_loading = false;
};
