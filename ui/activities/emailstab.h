#pragma once

#include "recordlisttab.h"

class QPushButton;
class QTextBrowser;

/// The lead form's Emails tab: the emails kept on the lead (date, to,
/// subject, sender), newest first, with the selected one previewed below,
/// and Compose… (the compose dialog). The title counts the emails.
class EmailsTab : public RecordListTab
{
    Q_OBJECT
public:
    explicit EmailsTab(Workspace &ws, QWidget *parent = nullptr);

    QPushButton *composeButton() const { return m_compose; }
    QTextBrowser *preview() const { return m_preview; }

protected:
    void fill() override;
    int count() const override { return m_count; }
    void updateActions() override;
    QString unsavedHint() const override;
    QString readyHint() const override;
    void currentChanged() override;

private:
    void compose();

    int m_count = 0;
    QPushButton *m_compose;
    QTextBrowser *m_preview;
};
