#pragma once

#include <QString>

#include <optional>

/// Where a Quarry database lives: a SQLite file (a path), or a team server
/// (`postgresql://USER@HOST:PORT/DB`, also `?host=/socket/dir`). The one
/// argument the desktop app, quarry-cli and quarry-server take to open one.
struct DatabaseAddress
{
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString path;      ///< SQLite: the file
    QString host;      ///< PostgreSQL: a host name, or a socket folder (starts with '/')
    int port = 5432;
    QString user;      ///< the login role; empty: the OS login (libpq's default)
    QString password;  ///< when the URI holds one; else libpq's PGPASSWORD or ~/.pgpass
    QString database;  ///< the database name; empty: the user's name
    QString options;   ///< other URI parameters as libpq connect options ("sslmode=require")

    bool isPostgres() const { return backend == Backend::PostgreSQL; }

    /// Reads a path or a postgresql:// (or postgres://) URI; nullopt and
    /// `error` for a URI it cannot read.
    static std::optional<DatabaseAddress> parse(const QString &text, QString *error = nullptr);
    /// The address as people read it, never with its password
    /// ("postgresql://anna@db.example.org:5432/crm", or the path).
    QString display() const;
    /// The URI again (with the password when it had one): what a child
    /// process or a setting is given.
    QString uri() const;
};
