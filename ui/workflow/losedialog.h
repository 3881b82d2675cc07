#pragma once

#include "leadservice.h"

#include <QDialog>
#include <QList>

class WorkflowProblems;
class MessageBanner;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class Workspace;

/// Loses one or several leads: a loss reason from the configured list
/// (required) and a comment. The service's problem shows at the field.
class LoseDialog : public QDialog
{
    Q_OBJECT
public:
    LoseDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent = nullptr);
    ~LoseDialog() override;

    /// Runs the dialog modally; true when the leads were lost.
    static bool run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent);

    /// Loses the leads with what the widgets say; false (problems shown) when refused.
    bool apply();
    /// Selects the reason with that id (0: none).
    void setReason(qint64 reasonId);
    qint64 reasonId() const;
    /// The problem text shown under a field ("lost_reason", …).
    QString problemAt(const QString &field) const;

    void accept() override;
    /// After apply() over several leads: those left as they were, and why.
    const Refusals &refused() const { return m_refused; }

private:
    Workspace &m_ws;
    QList<qint64> m_ids;
    Refusals m_refused;
    MessageBanner *m_banner;
    WorkflowProblems *m_problems;
    QComboBox *m_reason;
    QPlainTextEdit *m_comment;
    QPushButton *m_loseButton;
};

/// Reopens a lost lead on an open status (default: the default new status).
class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    ReopenDialog(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent = nullptr);
    ~ReopenDialog() override;

    static bool run(Workspace &ws, const QList<qint64> &leadIds, QWidget *parent);

    /// Reopens the leads on the chosen status; false (problems shown) when refused.
    bool apply();
    void setStatus(qint64 statusId);
    qint64 statusId() const;
    QString problemAt(const QString &field) const;

    void accept() override;

private:
    Workspace &m_ws;
    QList<qint64> m_ids;
    MessageBanner *m_banner;
    WorkflowProblems *m_problems;
    QComboBox *m_status;
    QPushButton *m_reopenButton;
};
