#include "leadreport.h"

#include "leadcodec.h"
#include "leadfield.h"
#include "leadservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *s) { return QCoreApplication::translate("LeadReport", s); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

/// "★★★☆☆" for a score of three.
QString stars(int score)
{
    score = qBound(0, score, 5);
    return QString(score, QChar(0x2605)) + QString(5 - score, QChar(0x2606));
}

/// Rows of "label | value" for the non-blank fields of `section`.
QString sectionRows(Workspace &ws, const Lead &lead, FieldSection section, const QStringList &skip = {})
{
    QString rows;
    for (const LeadField &f : leadFields()) {
        if (f.section != section || skip.contains(f.key) || f.kind == FieldKind::Html || f.isBlank(lead))
            continue;
        QString value = ws.codec().displayText(f, f.get(lead));
        if (f.kind == FieldKind::DateTime)
            value = QLocale().toString(f.get(lead).toDateTime().toLocalTime(), QLocale::ShortFormat);
        else if (f.kind == FieldKind::Date)
            value = QLocale().toString(f.get(lead).toDate(), QLocale::ShortFormat);
        // Widths as attributes: QTextDocument ignores them in CSS.
        rows += QStringLiteral("<tr><th width=\"32%\" align=\"left\">%1</th><td width=\"68%\">%2</td></tr>").arg(esc(f.translatedLabel()), esc(value));
    }
    return rows;
}

QString table(const QString &title, const QString &rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%2</table>")
        .arg(esc(title), rows);
}

} // namespace

namespace LeadReport {

QString html(Workspace &ws, const Lead &lead, const Options &options)
{
    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body { font-family: sans-serif; font-size: 10pt; color: #1f2933; }"
                          "h1 { font-size: 18pt; margin: 0; }"
                          "h2 { font-size: 12pt; color: #2f5d8a; border-bottom: 1px solid #c9d6e3; margin-top: 14pt; }"
                          ".subtitle { font-size: 11pt; color: #52606d; }"
                          ".stars { color: #e0a800; font-size: 13pt; }"
                          "table.fields th { text-align: left; font-weight: normal; color: #52606d; width: 35%; }"
                          ".meta { color: #7b8794; font-size: 8pt; }"
                          "</style></head><body>")
               .arg(esc(lead.displayName()));

    const auto status = ws.statuses().find(lead.statusId);
    out += QStringLiteral("<h1>%1</h1>").arg(esc(lead.displayName()));
    QStringList subtitle;
    if (!lead.title.isEmpty())
        subtitle << esc(lead.title);
    if (!lead.company.isEmpty() && lead.company != lead.displayName())
        subtitle << esc(lead.company);
    if (!subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(subtitle.join(QStringLiteral(" · ")));
    out += QStringLiteral("<p><span class=\"stars\">%1</span>&nbsp;&nbsp;%2: <b>%3</b>&nbsp;&nbsp;%4: <b>%5</b></p>")
               .arg(stars(lead.score), esc(tr("Status")), esc(status ? status->name : QString()), esc(tr("Assigned to")),
                    esc(lead.assignedTo ? ws.users().nameOf(lead.assignedTo) : tr("nobody")));

    out += table(tr("Contact"), sectionRows(ws, lead, FieldSection::Contact));
    out += table(tr("Address"), sectionRows(ws, lead, FieldSection::Address));
    out += table(tr("Follow-up"), sectionRows(ws, lead, FieldSection::FollowUp, {QStringLiteral("status"), QStringLiteral("assigned_to")}));
    out += table(tr("Marketing"), sectionRows(ws, lead, FieldSection::Marketing, {QStringLiteral("score")}));
    if (options.includeQualification)
        out += table(tr("Qualification"), sectionRows(ws, lead, FieldSection::Qualification));
    out += table(tr("Links"), sectionRows(ws, lead, FieldSection::Links));
    out += table(tr("Outcome"), sectionRows(ws, lead, FieldSection::Outcome));
    if (!lead.requirements.trimmed().isEmpty())
        out += QStringLiteral("<h2>%1</h2><p>%2</p>")
                   .arg(esc(leadField(QStringLiteral("requirements"))->translatedLabel()),
                        esc(lead.requirements).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (options.includeDescription && !lead.description.trimmed().isEmpty()) {
        // The description is the user's own rich text: keep its body only.
        QString body = lead.description;
        const qsizetype start = body.indexOf(QStringLiteral("<body"));
        if (start >= 0) {
            body = body.mid(body.indexOf(QLatin1Char('>'), start) + 1);
            body = body.left(body.lastIndexOf(QStringLiteral("</body>")));
        }
        out += QStringLiteral("<h2>%1</h2>%2").arg(esc(leadField(QStringLiteral("description"))->translatedLabel()), body);
    }

    if (options.historyEntries > 0) {
        QList<Activity> history = ws.leads().history(lead.id);
        if (history.size() > options.historyEntries)
            history = history.mid(history.size() - options.historyEntries);
        QString rows;
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            QString what = it->text;
            if (what.isEmpty() && !it->field.isEmpty()) {
                const LeadField *f = leadField(it->field);
                what = QStringLiteral("%1: %2 → %3")
                           .arg(f ? f->translatedLabel() : it->field, it->oldValue.isEmpty() ? QStringLiteral("—") : it->oldValue,
                                it->newValue.isEmpty() ? QStringLiteral("—") : it->newValue);
            }
            rows += QStringLiteral("<tr><th width=\"32%\" align=\"left\">%1<br><span class=\"meta\">%2</span></th><td width=\"68%\">%3</td></tr>")
                        .arg(esc(QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat)), esc(it->userName), esc(what));
        }
        out += table(tr("Recent activity"), rows);
    }
    out += QStringLiteral("<p class=\"meta\">%1</p></body></html>")
               .arg(esc(tr("Lead #%1, printed on %2 by %3")
                            .arg(lead.id)
                            .arg(QLocale().toString(ws.now().toLocalTime(), QLocale::ShortFormat), ws.currentUser().name)));
    return out;
}

} // namespace LeadReport
