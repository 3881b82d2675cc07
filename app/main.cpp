// quarry: the desktop app. Parses the command line, loads the translations
// of the user's locale, opens the workspace (filling an empty one with demo
// data on --demo) and shows the main window.
#include "apptheme.h"
#include "demodata.h"
#include "leadfilter.h"
#include "leadqueries.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "databaseaddress.h"
#include "team/teamlogin.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

/// Qt's own strings and Quarry's, in the language of the user's locale.
void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *quarry = new QTranslator(&app);
    // English needs a translation too: its plural forms ("1 lead", "2 leads").
    if (quarry->load(QLocale(), QStringLiteral("quarry"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || quarry->load(QStringLiteral(":/i18n/quarry_en.qm")))
        QApplication::installTranslator(quarry);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quarry"));
    QApplication::setApplicationName(QStringLiteral("Quarry"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("quarry"));
    // Before the workspace opens: a new database names its default statuses
    // in the user's language.
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quarry, a desktop CRM for working leads."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open the database at <path> (created when missing)."),
                                            QStringLiteral("path"), Database::defaultPath());
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QApplication::translate("main", "Work as the user <login> (one of the database's users; the OS login by default)."),
                                        QStringLiteral("login"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Fill an empty database with realistic demo leads."));
    parser.addOptions({databaseOption, userOption, demoOption});
    parser.process(app);

    AppTheme::apply(app);
    // The database: the one named, else the team server connected to last
    // (File > Connect to a team server…), else this computer's file. A team
    // server's password comes from the keychain or is asked for.
    QString path = parser.value(databaseOption);
    if (!parser.isSet(databaseOption) && !TeamLogin::rememberedServer().isEmpty())
        path = TeamLogin::rememberedServer();
    const QString shown = path;
    path = TeamLogin::withPassword(path, nullptr);
    if (path.isEmpty())
        return 0; // the password was not given
    auto opened = Workspace::open(path, parser.value(userOption));
    // A backup is offered only for a file that does not open (a failure), not
    // to a login the file does not know (a refusal: an admin adds users).
    if (!opened && hasFailure(opened.problems()) && QFileInfo::exists(path)) {
        // Damaged, not a database, or a newer Quarry's: named as such, never
        // written to; a backup may take its place (the file is kept beside).
        RestoreDialog offer(path, QApplication::translate("main", "The database could not be opened:\n%1").arg(opened.errorText()));
        if (offer.exec() == QDialog::Accepted && !offer.restored().isEmpty())
            opened = Workspace::open(path, parser.value(userOption));
    }
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Quarry"),
                        QApplication::translate("main", "The database could not be opened:\n%1").arg(opened.errorText()), QMessageBox::Close);
        // A team server that is down or refuses the login is no dead end.
        QPushButton *local = nullptr;
        if (shown == TeamLogin::rememberedServer() && !parser.isSet(databaseOption))
            local = box.addButton(QApplication::translate("main", "Use this computer's file"), QMessageBox::AcceptRole);
        box.exec();
        if (local && box.clickedButton() == local) {
            TeamLogin::rememberServer({});
            QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
            return 0;
        }
        return 3;
    }
    std::unique_ptr<Workspace> ws = std::move(opened).value();

    if (parser.isSet(demoOption)) {
        if (LeadQueries(*ws).count(LeadFilter{}) == 0) {
            if (auto filled = DemoData::fill(*ws); !filled)
                QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), filled.errorText());
        } else {
            QTextStream(stderr) << QApplication::translate("main", "--demo ignored: the database already has leads.") << '\n';
        }
    }

    MainWindow window(*ws);
    window.restoreSettings();
    window.show();
    window.startHousekeeping();
    // After File > Restore a backup: the same command line again, on the
    // restored file, once this window has closed its database.
    bool restart = false;
    QObject::connect(&window, &MainWindow::restartRequested, &app, [&restart] {
        restart = true;
        QApplication::quit();
    });
    // After File > Connect to a team server…: again on the server chosen (its
    // password handed over in the environment, never on a command line), or
    // on this computer's file.
    std::optional<QString> switchTo;
    QObject::connect(&window, &MainWindow::databaseSwitchRequested, &app, [&switchTo](const QString &where) {
        switchTo = where;
        QApplication::quit();
    });
    const int code = app.exec();
    if (restart)
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    if (switchTo) {
        QStringList args;
        const QStringList old = QApplication::arguments().mid(1);
        for (int i = 0; i < old.size(); ++i) {
            if (old.at(i) == QLatin1String("--database") || old.at(i) == QLatin1String("--user")) {
                ++i; // the database changes; on a server the login is the server's
                continue;
            }
            if (old.at(i).startsWith(QLatin1String("--database=")) || old.at(i).startsWith(QLatin1String("--user=")))
                continue;
            args << old.at(i);
        }
        QProcess next;
        next.setProgram(QApplication::applicationFilePath());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (const auto a = DatabaseAddress::parse(*switchTo); a && a->isPostgres() && !a->password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), a->password);
        next.setProcessEnvironment(env);
        next.setArguments(args); // the server remembered is the default now
        next.startDetached();
    }
    return code;
}
