#pragma once

#include "result.h"

#include <QObject>

class LeadSections;
class MessageBanner;
class QScrollArea;

/// Shows the core's refusals on the lead form: each problem at the field it
/// names (red frame and tooltip on the editor, red label), all of them
/// listed in the banner at the top (each line a link to its field), the
/// first field in error scrolled to and focused.
class ProblemPresenter : public QObject
{
    Q_OBJECT
public:
    ProblemPresenter(LeadSections *sections, MessageBanner *banner, QScrollArea *scroll, QObject *parent = nullptr);

    void show(const QString &title, const Problems &problems);
    /// Removes every frame (the banner is left as it is).
    void clearFields();
    /// The user is fixing `key`: its frame goes, the list at the top stays.
    void fieldEdited(const QString &key);

private:
    LeadSections *m_sections;
    MessageBanner *m_banner;
    QScrollArea *m_scroll;
};
