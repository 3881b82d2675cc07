// One Quarry workspace for the fuzz targets that need a database (the row
// builder, the lead codec): a real SQLite file in a temporary folder, made
// once per process with the default data and a few references of every kind
// that the inputs can name. Each input then runs inside one transaction that
// is rolled back (FuzzInput), so that what an input creates is gone before
// the next one: the same input always meets the same database.
#pragma once

#include "referenceservice.h"
#include "user.h"
#include "userservice.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdlib>
#include <memory>

namespace FuzzWorkspace {

struct State
{
    int argc = 1;
    char name[16] = "quarry-fuzz";
    char *argv[2] = {name, nullptr};
    // The SQLite driver is a plugin: loading it needs an application.
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    State()
    {
        if (!dir.isValid())
            qFatal("no temporary folder for the fuzz workspace");
        auto opened = Workspace::open(dir.filePath(QStringLiteral("fuzz.sqlite")), QStringLiteral("tester"));
        if (!opened)
            qFatal("cannot open the fuzz workspace: %s", qPrintable(opened.errorText()));
        ws = std::move(opened).value();
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
        ws->setClock([now] { return now; });
        // Names the inputs can meet, of the lists an import or a script names.
        auto add = [this](RefKind kind, const QString &name, qint64 parent = 0) {
            if (auto existing = ws->references().resolve(kind, name, false, parent); existing && existing.value())
                return existing.value(); // in the default data already
            auto r = ws->references().add(kind, ReferenceItem{0, name, {}, {}, parent});
            if (!r)
                qFatal("cannot add the reference %s: %s", qPrintable(name), qPrintable(r.errorText()));
            return r->id;
        };
        add(RefKind::Industry, QStringLiteral("Healthcare"));
        add(RefKind::Industry, QStringLiteral("Énergie"));
        add(RefKind::Function, QStringLiteral("Buyer"));
        add(RefKind::Department, QStringLiteral("Sales"));
        add(RefKind::Source, QStringLiteral("Trade show"));
        add(RefKind::Category, QStringLiteral("Key account"));
        add(RefKind::Campaign, QStringLiteral("Spring 2026"));
        add(RefKind::Tag, QStringLiteral("Expo"));
        add(RefKind::Tag, QStringLiteral("VIP"));
        add(RefKind::MarketingList, QStringLiteral("Newsletter"));
        add(RefKind::Team, QStringLiteral("North"));
        add(RefKind::Agency, QStringLiteral("Lyon"));
        const qint64 direction = add(RefKind::SalesDirection, QStringLiteral("Industry"));
        add(RefKind::Product, QStringLiteral("Pumps"), direction);
        User other;
        other.login = QStringLiteral("jdupont");
        other.name = QStringLiteral("Jean Dupont");
        if (auto u = ws->users().add(other); !u)
            qFatal("cannot add the user jdupont: %s", qPrintable(u.errorText()));
        User inactive;
        inactive.login = QStringLiteral("gone");
        inactive.name = QStringLiteral("Old Timer");
        inactive.active = false;
        if (auto u = ws->users().add(inactive); !u)
            qFatal("cannot add the user gone: %s", qPrintable(u.errorText()));
    }
};

inline Workspace &get()
{
    static State state;
    return *state.ws;
}

/// The transaction an input runs in, rolled back when it ends.
class Input
{
public:
    Input() : m_ws(get()), m_tx(m_ws.database())
    {
        if (!m_tx.isActive())
            qFatal("the fuzz workspace cannot begin a transaction");
    }
    Workspace &ws() { return m_ws; }

private:
    Workspace &m_ws;
    Transaction m_tx; // never committed
};

} // namespace FuzzWorkspace
