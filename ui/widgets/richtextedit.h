#pragma once

#include <QTextEdit>
#include <QWidget>

class QToolBar;

/// A rich text editor with a small toolbar (bold, italic, underline,
/// lists, insert image). Images are embedded in the HTML as data: URLs so
/// the text stays self-contained in the database.
class RichTextEdit : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    /// The HTML, or "" when the text is empty.
    QString html() const;
    void setHtml(const QString &html);
    void setReadOnly(bool readOnly);
    QTextEdit *textEdit() const { return m_edit; }
    /// Inserts an image file at the cursor (what the toolbar button does after its file dialog).
    bool insertImage(const QString &path);

signals:
    /// The user changed the text.
    void edited();

private:
    QToolBar *m_toolbar;
    QTextEdit *m_edit;
    bool m_loading = false;
};
