#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;
class StatusChevronBar;

/// The top of the lead form: back button, avatar, the lead's name, its
/// title (editable in place), stars and a line of facts; Save / Discard;
/// the workflow buttons (Take in charge, Convert, Lose, Reopen, Print, web
/// search) and the status chevrons. It only lays out: LeadForm wires it.
class LeadFormHeader : public QFrame
{
    Q_OBJECT
public:
    explicit LeadFormHeader(QWidget *parent = nullptr);

    /// Puts the editors of the title and the score in their places.
    void setEditors(QWidget *titleEditor, QWidget *scoreEditor);
    void setName(const QString &name, const QString &initials);
    void setFacts(const QString &facts);

    QToolButton *backButton;
    QLabel *avatar;
    QLabel *name;
    QLabel *facts;
    QPushButton *saveButton;
    QPushButton *discardButton;
    QPushButton *takeButton;
    QPushButton *convertButton;
    QPushButton *loseButton;
    QPushButton *reopenButton;
    QPushButton *printButton;
    QToolButton *webButton;
    StatusChevronBar *statusBar;

private:
    QWidget *m_titleSlot;
    QWidget *m_scoreSlot;
};
