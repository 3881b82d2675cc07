#pragma once

#include "configsection.h"
#include "emailmessage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

/// Email templates (EmailService): the list on the left; on the right the
/// chosen template's name, subject and body, with the lead-field
/// placeholders EmailService::fill() understands ({first_name}, {company},
/// …) inserted at the cursor of the subject or body. Add starts a new
/// template (saved by Save), editing the name and saving renames it, Remove
/// deletes it (with an Undo while the page is shown). Refusals of the
/// service show in the banner and at the field they name.
class EmailTemplatesPage : public ConfigSection
{
    Q_OBJECT
public:
    explicit EmailTemplatesPage(Workspace &ws, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *placeholderBox() const { return m_placeholders; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }

    /// The template shown in the editor (0: a new one, not saved yet).
    qint64 currentTemplateId() const { return m_currentId; }
    /// Whether the editor holds changes not saved yet.
    bool isModified() const { return m_modified; }
    /// Shows the template with that id (0: none).
    void selectTemplate(qint64 id);

    /// Starts a new template (as the Add button does).
    void startNew();
    /// Saves what the editor holds, adding or updating; false (problems shown) when refused.
    bool save();
    /// Removes the template shown (as the Remove button does).
    bool removeCurrent();
    /// Inserts "{key}" where the cursor is in the subject or body last edited.
    void insertPlaceholder(const QString &key);

private:
    /// The undo step of a template saved (`before` → `after`), added
    /// (no `before`) or removed (no `after`).
    void pushUndo(const std::optional<EmailTemplate> &before, const std::optional<EmailTemplate> &after);
    void reload(qint64 selectId);
    void showTemplate(const EmailTemplate &t);
    void setModified(bool modified);
    void markProblems(const Problems &problems);
    void updateButtons();

    QListWidget *m_list;
    QWidget *m_editor;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QComboBox *m_placeholders;
    QPushButton *m_insert;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_hint;
    QWidget *m_lastText = nullptr; ///< the subject or body, where placeholders go
    qint64 m_currentId = 0;
    bool m_modified = false;
    bool m_loading = false;
};
