// quarry: the desktop app. Parses the command line, loads the translations
// of the user's locale, opens the workspace (filling an empty one with demo
// data on --demo) and shows the main window.
#include "apptheme.h"
#include "demodata.h"
#include "leadfilter.h"
#include "leadrepository.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

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
    const QString path = parser.value(databaseOption);
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
        QMessageBox::critical(nullptr, QApplication::translate("main", "Quarry"),
                              QApplication::translate("main", "The database could not be opened:\n%1").arg(opened.errorText()));
        return 3;
    }
    std::unique_ptr<Workspace> ws = std::move(opened).value();

    if (parser.isSet(demoOption)) {
        if (ws->leadRepository().count(LeadFilter{}) == 0) {
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
    const int code = app.exec();
    if (restart)
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    return code;
}
