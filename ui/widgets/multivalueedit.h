#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QVBoxLayout;

/// Several values of one kind (emails, phones): a line edit per value with a
/// remove button, and an "Add" button for one more. Empty lines are ignored.
class MultiValueEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MultiValueEdit(QWidget *parent = nullptr);

    QStringList values() const;
    void setValues(const QStringList &values);
    void setPlaceholderText(const QString &text);
    void setReadOnly(bool readOnly);
    /// The line edits, first to last (for tests and focus).
    QList<QLineEdit *> lineEdits() const { return m_edits; }

signals:
    /// The user typed, added or removed a value.
    void edited();

private:
    QLineEdit *addRow(const QString &value);
    void removeRow(QLineEdit *edit);
    void updateButtons();

    QVBoxLayout *m_rows;
    QList<QLineEdit *> m_edits;
    QToolButton *m_add;
    QString m_placeholder;
    bool m_readOnly = false;
};
