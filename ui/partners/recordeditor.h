#pragma once

#include <QHash>
#include <QWidget>

class FieldProblems;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class Workspace;

/// What the panes of the partner, contact and opportunity pages share: a
/// title, a banner with the core's refusals shown at their fields
/// (FieldProblems), cards holding forms of field rows keyed as the core's
/// problems name them, Save and Revert enabled while there are edits (Enter
/// in a line saves), and the "From lead" row that opens the lead a record
/// came from. A subclass builds its fields, loads a record between
/// beginLoad() and endLoad(), and saves in saveEdits().
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    RecordEditor(Workspace &ws, const QString &objectName, const QString &titleObjectName, QWidget *parent = nullptr);

    /// Shows the record with that id (0: none).
    virtual void showRecord(qint64 id) = 0;
    /// The id of the record shown (0: none).
    virtual qint64 recordId() const = 0;

    /// Edits not saved yet.
    bool isModified() const { return m_modified; }
    /// Saves the edits; on a refusal shows the problems and keeps the edits.
    bool save();
    /// Puts back the record as saved.
    void revert();

    /// The editor of a field key (the keys of the core's problems).
    QWidget *field(const QString &key) const;
    QLineEdit *lineEdit(const QString &key) const { return m_lines.value(key); }
    MessageBanner *banner() const { return m_banner; }
    FieldProblems *problems() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    /// The "Open lead" button (nullptr before addLeadRow()).
    QPushButton *openLeadButton() const { return m_openLead; }

signals:
    void saved(qint64 id);
    void openLeadRequested(qint64 leadId);

protected:
    /// Saves the record shown (there is one, and it has edits).
    virtual bool saveEdits() = 0;

    Workspace &workspace() const { return m_ws; }
    QVBoxLayout *mainLayout() const { return m_layout; }
    QLabel *titleLabel() const { return m_title; }
    /// The row of the title (more can go beside it).
    QHBoxLayout *titleRow() const { return m_titleRow; }

    /// A titled card added to the pane; returns its layout. `spacing` < 0: the style's.
    QVBoxLayout *addCard(const QString &title, int spacing = -1, int stretch = 0);
    /// A form of field rows in `card`. `horizontalSpacing` < 0: the style's.
    QFormLayout *addForm(QVBoxLayout *card, int horizontalSpacing = -1);
    /// A line editor for `key` (objectName "<key>Edit"): its problems show
    /// on it, typing marks the record edited, Enter saves.
    QLineEdit *createLine(const QString &key, const QString &label);
    /// createLine() as a row of `form`.
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &label);
    /// A combo box row for `key` (objectName `objectName`): its problems show
    /// on it, a change marks the record edited. With `minimumContents` > 0 it
    /// is that many characters wide whatever its items (long names must not
    /// widen the pane).
    QComboBox *addCombo(QFormLayout *form, const QString &key, const QString &label, const QString &objectName,
                        int minimumContents = 0);
    /// A widget the problems of `key` show on.
    void addField(const QString &key, QWidget *widget);
    /// Changes in these editors mark the record edited.
    void trackEdits(QComboBox *box);
    void trackEdits(QCheckBox *box);
    void trackEdits(QDateEdit *edit);
    /// Revert and Save at the end of `card`.
    void addSaveButtons(QVBoxLayout *card, const QString &saveAccessibleName);
    /// The "From lead" row: the lead's name in a label named `objectName` and "Open lead".
    QLabel *addLeadRow(QFormLayout *form, const QString &objectName);

    /// Starts loading record `id` (the edits that follow are not the user's);
    /// the same record read again keeps the banner's note, another starts clean.
    void beginLoad(qint64 id);
    /// Sets the line editors from values by key, cursors at the start.
    void setLineTexts(const QHash<QString, QString> &values);
    /// The trimmed text of a line editor.
    QString lineText(const QString &key) const;
    /// Shows the lead a record came from in the lead row ("" when none).
    void showFromLead(qint64 partnerId, qint64 fromLeadId, const QString &noneText);
    /// Ends loading `id`: the pane is enabled for a record, with no edits.
    void endLoad(qint64 id);
    /// After a save: the success note, and saved(id).
    void showSaved(qint64 id, const QString &message = QString());

private:
    void setModified(bool modified);

    Workspace &m_ws;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_titleRow;
    QLabel *m_title;
    MessageBanner *m_banner;
    FieldProblems *m_problems;
    QHash<QString, QLineEdit *> m_lines;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_leadName = nullptr;
    QPushButton *m_openLead = nullptr;
    qint64 m_loadedId = 0;
    qint64 m_fromLeadId = 0;
    bool m_modified = false;
    bool m_loading = false;
};
