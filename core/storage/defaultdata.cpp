#include "defaultdata.h"

#include "database.h"
#include "normalize.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DefaultData", text);
}

VoidResult insertNamed(Database &db, const QString &table, const QList<const char *> &names)
{
    QSqlQuery q = db.query(QStringLiteral("INSERT INTO %1 (name, name_key) VALUES (?, ?)").arg(table));
    for (const char *n : names) {
        const QString name = tr(n);
        q.addBindValue(name);
        q.addBindValue(Normalize::text(name));
        if (!q.exec())
            return Problems{sqlProblem(q, table)};
    }
    return {};
}

VoidResult seedVersion1(Database &db)
{
    // Statuses, spaced by ten so that new ones fit between.
    struct S { const char *name; bool open; const char *role; };
    const QList<S> statuses = {
        {QT_TRANSLATE_NOOP("DefaultData", "To be processed"), true, "new"},
        {QT_TRANSLATE_NOOP("DefaultData", "Marketing qualification"), true, nullptr},
        {QT_TRANSLATE_NOOP("DefaultData", "Sales qualification"), true, nullptr},
        {QT_TRANSLATE_NOOP("DefaultData", "Nurturing"), true, nullptr},
        {QT_TRANSLATE_NOOP("DefaultData", "Converted"), false, "converted"},
        {QT_TRANSLATE_NOOP("DefaultData", "Lost"), false, "lost"},
    };
    QSqlQuery st = db.query(QStringLiteral("INSERT INTO lead_statuses (name, name_key, sequence, is_open) VALUES (?, ?, ?, ?) RETURNING id"));
    QSqlQuery opt = db.query(QStringLiteral("INSERT INTO crm_options (key, value) VALUES (?, ?)"));
    int sequence = 10;
    for (const S &s : statuses) {
        const QString name = tr(s.name);
        st.addBindValue(name);
        st.addBindValue(Normalize::text(name));
        st.addBindValue(sequence);
        st.addBindValue(s.open ? 1 : 0);
        if (!st.exec() || !st.next())
            return Problems{sqlProblem(st, QStringLiteral("lead_statuses"))};
        sequence += 10;
        if (s.role) {
            opt.addBindValue(QStringLiteral("status.") + QLatin1String(s.role));
            opt.addBindValue(QString::number(st.value(0).toLongLong()));
            if (!opt.exec())
                return Problems{sqlProblem(opt, QStringLiteral("crm_options"))};
        }
    }
    const QList<std::pair<const char *, const char *>> options = {
        {"agencies_management", "0"},
        {"manage_prospect_statuses", "0"},
        {"restrict_functions", "0"},
        {"assign_team_members_only", "0"},
        {"required_fields", ""},
        {"attachment_max_bytes", "26214400"},
    };
    for (const auto &[key, value] : options) {
        opt.addBindValue(QString::fromLatin1(key));
        opt.addBindValue(QString::fromLatin1(value));
        if (!opt.exec())
            return Problems{sqlProblem(opt, QStringLiteral("crm_options"))};
    }

    struct P { const char *name; bool won; bool lost; };
    const QList<P> prospect = {
        {QT_TRANSLATE_NOOP("DefaultData", "To be processed"), false, false},
        {QT_TRANSLATE_NOOP("DefaultData", "Marketing qualification"), false, false},
        {QT_TRANSLATE_NOOP("DefaultData", "Sales qualification"), false, false},
        {QT_TRANSLATE_NOOP("DefaultData", "Nurturing"), false, false},
        {QT_TRANSLATE_NOOP("DefaultData", "Won"), true, false},
        {QT_TRANSLATE_NOOP("DefaultData", "Lost"), false, true},
    };
    QSqlQuery ps = db.query(QStringLiteral(
        "INSERT INTO prospect_statuses (name, name_key, sequence, is_won, is_lost) VALUES (?, ?, ?, ?, ?)"));
    sequence = 10;
    for (const P &p : prospect) {
        const QString name = tr(p.name);
        ps.addBindValue(name);
        ps.addBindValue(Normalize::text(name));
        ps.addBindValue(sequence);
        ps.addBindValue(p.won ? 1 : 0);
        ps.addBindValue(p.lost ? 1 : 0);
        if (!ps.exec())
            return Problems{sqlProblem(ps, QStringLiteral("prospect_statuses"))};
        sequence += 10;
    }

    if (VoidResult r = insertNamed(db, QStringLiteral("loss_reasons"),
                                   {QT_TRANSLATE_NOOP("DefaultData", "Too expensive"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Chose a competitor"),
                                    QT_TRANSLATE_NOOP("DefaultData", "No budget"),
                                    QT_TRANSLATE_NOOP("DefaultData", "No response"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Not a fit for our offer"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Project cancelled or postponed"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Duplicate or invalid contact")});
        !r)
        return r;
    if (VoidResult r = insertNamed(db, QStringLiteral("sources"),
                                   {QT_TRANSLATE_NOOP("DefaultData", "Website contact form"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Webinar"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Trade show"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Referral"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Cold call"),
                                    QT_TRANSLATE_NOOP("DefaultData", "Partner")});
        !r)
        return r;

    QFile countries(QStringLiteral(":/quarry/data/countries.tsv"));
    if (!countries.open(QIODevice::ReadOnly))
        return VoidResult::failure(QStringLiteral("countries"), QCoreApplication::translate("DefaultData", "The country list is missing."));
    QSqlQuery c = db.query(QStringLiteral("INSERT INTO countries (code, name, name_key) VALUES (?, ?, ?)"));
    while (!countries.atEnd()) {
        const QString line = QString::fromUtf8(countries.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString code = line.section(QLatin1Char('\t'), 0, 0);
        const QString name = line.section(QLatin1Char('\t'), 1);
        c.addBindValue(code);
        c.addBindValue(name);
        c.addBindValue(Normalize::text(name));
        if (!c.exec())
            return Problems{sqlProblem(c, QStringLiteral("countries"))};
    }
    return {};
}

} // namespace

namespace DefaultData {
VoidResult seed(Database &db, int schemaVersion)
{
    if (schemaVersion == 1)
        return seedVersion1(db);
    return {};
}
} // namespace DefaultData
