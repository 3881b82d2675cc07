#pragma once

#include "leadtabpage.h"

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class Workspace;

/// The Activity tab: the lead's timeline, newest first (who, when, old and
/// new value of each change, status moves, comments), and a box to add a
/// comment (Ctrl+Enter).
class ActivityTab : public LeadTabPage
{
    Q_OBJECT
public:
    explicit ActivityTab(Workspace &ws, QWidget *parent = nullptr);
    void setLead(const Lead &lead) override;
    /// Re-reads the timeline.
    void reload();
    /// Adds the typed comment (what the button does).
    bool addComment();

    QPlainTextEdit *commentEdit() const { return m_comment; }
    QTextBrowser *timeline() const { return m_timeline; }

signals:
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workspace &m_ws;
    qint64 m_leadId = 0;
    QTextBrowser *m_timeline;
    QPlainTextEdit *m_comment;
    QPushButton *m_add;
};
