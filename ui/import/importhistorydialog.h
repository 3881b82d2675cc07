#pragma once

#include "importjournal.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class Workspace;

/// File > Import history: every import of leads, newest first (date, user,
/// file, shape, created, updated, state), and "Undo import" on the chosen
/// one: after a confirmation saying what will happen ("Remove 120 leads
/// created and restore 8 updated leads?"), ImportJournal::revert() removes
/// the leads it created and gives back the values it replaced; the dialog
/// then shows what was removed and restored, and each lead left as it is
/// with its name and why. The views reload through Workspace::leadsReset.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks whether to go on; `text` says what the undo will do.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit ImportHistoryDialog(Workspace &ws, QWidget *parent = nullptr);

    /// Replaces the confirmation (a message box by default), for tests.
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Reads the journal again.
    void reload();
    /// The import of the selected row (0: none).
    qint64 selectedImport() const;
    /// Selects the row of an import.
    void selectImport(qint64 importId);
    /// Undoes the selected import (after the confirmation).
    void undoSelected();
    /// The result of the last undo, if any.
    const std::optional<Result<RevertSummary>> &lastResult() const { return m_last; }

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QListWidget *refusedList() const { return m_refused; }
    QLabel *resultLabel() const { return m_result; }

private:
    void updateButtons();
    void showResult();

    Workspace &m_ws;
    QList<ImportEntry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QLabel *m_result;
    QListWidget *m_refused;
    Confirm m_confirm;
    std::optional<Result<RevertSummary>> m_last;
};
