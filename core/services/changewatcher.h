#pragma once

#include "changefeed.h"

#include <QObject>
#include <QTimer>

class Workspace;

/// Brings what other programs write into this Quarry, within a second and
/// without a refresh: on a SQLite file `PRAGMA data_version` is read twice a
/// second (it moves when another connection commits); on PostgreSQL every
/// write transaction sends NOTIFY quarry_changes and this listens to it
/// (QSqlDriver::subscribeToNotification). A change seen becomes the
/// Workspace's own signals: the leads changed since the last look
/// (leadsChanged: an open form refreshes its untouched fields), then a reset
/// of every list, count and cached reference list.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Workspace &ws, QObject *parent = nullptr);

    /// Starts watching (SQLite: every `intervalMs`).
    void start(int intervalMs = 500);
    void stop();
    /// Looks now (a SQLite file; a server's news comes by itself); true when
    /// another program changed the database since.
    bool poll();

signals:
    /// Before the Workspace's signals go out for a change made elsewhere
    /// (what listens can tell them from this Quarry's own writes).
    void changingElsewhere();
    /// After the Workspace's signals went out.
    void changedElsewhere();

private:
    void announce();

    Workspace &m_ws;
    ChangeFeed m_feed;
    QTimer m_timer;
    bool m_listening = false;
};
