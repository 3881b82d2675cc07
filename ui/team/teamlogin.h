#pragma once

#include <QString>

class QWidget;

/// The desktop's side of a team server: which one it works on (remembered in
/// QSettings, never with a password), and the password of its login, kept
/// in the desktop's keychain (qtkeychain: the Secret Service, KWallet, …)
/// or asked for when there is none.
namespace TeamLogin {

/// The team server the app works on (a postgresql:// URI without password),
/// or "" for the file on this computer.
QString rememberedServer();
void rememberServer(const QString &uri);

/// `uri` with its password: the one it holds, PGPASSWORD, the keychain's,
/// or one asked of the user (`parent`; nothing when they cancel: "").
/// A file path is given back as it is.
QString withPassword(const QString &uri, QWidget *parent, bool ask = true);

/// Keeps `password` for `uri` in the keychain; false (and `error`) when the
/// desktop has none.
bool keepPassword(const QString &uri, const QString &password, QString *error = nullptr);

} // namespace TeamLogin
