#include "activitytab.h"

#include "leadcommands.h"

#include "leadfield.h"
#include "leadservice.h"
#include "user.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString initialsOf(const QString &name)
{
    User u;
    u.name = name.isEmpty() ? QStringLiteral("?") : name;
    return u.initials();
}

/// One entry as an HTML table row: avatar, who and when, what happened.
QString entryHtml(const Activity &a)
{
    QString what;
    const LeadField *f = a.field.isEmpty() ? nullptr : leadField(a.field);
    const QString label = f ? f->translatedLabel() : a.field;
    const QString none = QStringLiteral("<span style=\"color:#9aa5b1\">—</span>");
    switch (a.kind) {
    case Activity::Kind::Comment:
        what = QStringLiteral("<div style=\"background:#f3f6fa; padding:6px;\">%1</div>")
                   .arg(esc(a.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        break;
    case Activity::Kind::Change:
    case Activity::Kind::Status:
        what = QStringLiteral("%1: %2 &nbsp;→&nbsp; <b>%3</b>")
                   .arg(esc(label), a.oldValue.isEmpty() ? none : esc(a.oldValue), a.newValue.isEmpty() ? none : esc(a.newValue));
        if (!a.text.isEmpty())
            what += QStringLiteral("<br>") + esc(a.text);
        break;
    default:
        what = esc(a.text.isEmpty() ? ActivityTab::tr("(no details)") : a.text);
        if (!a.field.isEmpty() && (!a.oldValue.isEmpty() || !a.newValue.isEmpty()))
            what += QStringLiteral("<br>%1: %2 → %3").arg(esc(label), esc(a.oldValue), esc(a.newValue));
    }
    const QString when = QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat);
    return QStringLiteral("<tr><td width=\"40\" valign=\"top\">"
                          "<table cellpadding=\"0\" cellspacing=\"0\"><tr><td width=\"30\" height=\"30\" align=\"center\" "
                          "style=\"background:#dbe7f4; color:#2f5d8a; font-weight:bold;\">%1</td></tr></table></td>"
                          "<td valign=\"top\" style=\"padding-bottom:10px;\"><b>%2</b> <span style=\"color:#7b8794\">· %3</span>"
                          "<br>%4</td></tr>")
        .arg(esc(initialsOf(a.userName)), esc(a.userName.isEmpty() ? ActivityTab::tr("Quarry") : a.userName), esc(when), what);
}

} // namespace

ActivityTab::ActivityTab(Workspace &ws, QWidget *parent) : LeadTabPage(parent), m_ws(ws)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    auto *row = new QHBoxLayout;
    m_comment = new QPlainTextEdit(this);
    m_comment->setPlaceholderText(tr("Write a comment… (Ctrl+Enter to add)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 14);
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->installEventFilter(this);
    m_add = new QPushButton(tr("Add comment"), this);
    m_add->setObjectName(QStringLiteral("primaryButton"));
    m_add->setEnabled(false);
    row->addWidget(m_comment, 1);
    row->addWidget(m_add, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_timeline = new QTextBrowser(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->setMinimumHeight(220);
    layout->addWidget(m_timeline, 1);
    connect(m_add, &QPushButton::clicked, this, &ActivityTab::addComment);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        m_add->setEnabled(m_leadId != 0 && !m_comment->toPlainText().trimmed().isEmpty());
    });
}

void ActivityTab::setLead(const Lead &lead)
{
    if (lead.id != m_leadId)
        m_comment->clear();
    m_leadId = lead.id;
    m_comment->setEnabled(lead.id != 0);
    m_comment->setPlaceholderText(lead.id ? tr("Write a comment… (Ctrl+Enter to add)")
                                          : tr("Save the lead to comment on it."));
    reload();
}

void ActivityTab::reload()
{
    if (m_leadId == 0) {
        m_timeline->setHtml(QStringLiteral("<p style=\"color:#7b8794\">%1</p>").arg(esc(tr("The timeline starts when the lead is saved."))));
        emit countChanged(-1);
        return;
    }
    const QList<Activity> history = m_ws.leads().history(m_leadId);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"4\">");
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        html += entryHtml(*it);
    html += QStringLiteral("</table>");
    m_timeline->setHtml(html);
    emit countChanged(int(history.size()));
}

bool ActivityTab::addComment()
{
    if (m_leadId == 0)
        return false;
    auto r = m_ws.leads().addComment(m_leadId, m_comment->toPlainText());
    if (!r) {
        emit problem(r.errorText());
        return false;
    }
    if (LeadCommands *c = commands()) {
        // Undo takes it off the timeline; redo writes it again (a new entry).
        Workspace &ws = m_ws;
        auto id = std::make_shared<qint64>(r->id);
        const qint64 lead = m_leadId;
        const QString text = r->text;
        c->pushAction(
            tr("Comment on %1").arg(m_ws.leads().get(lead) ? m_ws.leads().get(lead)->displayName() : QStringLiteral("#%1").arg(lead)),
            [&ws, id, lead, text]() -> Problems {
                auto again = ws.leads().addComment(lead, text);
                if (!again)
                    return again.problems();
                *id = again->id;
                return {};
            },
            [&ws, id, lead]() -> Problems {
                VoidResult gone = ws.leads().removeComment(lead, *id);
                return gone ? Problems{} : gone.problems();
            });
    }
    m_comment->clear();
    reload();
    return true;
}

bool ActivityTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            addComment();
            return true;
        }
    }
    return LeadTabPage::eventFilter(watched, event);
}
