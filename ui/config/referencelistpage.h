#pragma once

#include "configsection.h"
#include "reference.h"

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QVBoxLayout;
class ReferenceListModel;

/// The page of one reference list, configured by its RefKind: the entries
/// (filtered as you type), added by name, renamed in place (double-click,
/// F2 or Rename), removed (with an Undo while the page is shown), every
/// refusal of ReferenceService shown in the banner. The fourteen simple
/// lists are this class as it is; tags, products, countries and teams
/// subclass it to add what their entries carry beyond a name.
class ReferenceListPage : public ConfigSection
{
    Q_OBJECT
public:
    ReferenceListPage(Workspace &ws, RefKind kind, QWidget *parent = nullptr);

    RefKind kind() const { return m_kind; }
    ReferenceListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    /// The entry selected now, if any.
    std::optional<ReferenceItem> currentItem() const;
    /// Selects the entry with that id.
    void selectItem(qint64 id);

    /// Adds an entry named `name` (as the Add button does). Returns its id, or 0.
    qint64 addItem(const QString &name);
    /// Renames the entry (as an edit in place does).
    bool renameItem(qint64 id, const QString &name);
    /// Removes the entry (as the Remove button does).
    bool removeItem(qint64 id);

    /// Shows an "Import CSV…" button that emits importRequested().
    void setImportable(bool importable);

signals:
    /// The user asked to import this list from a CSV file (industries).
    void importRequested(RefKind kind);

protected:
    /// The entry to add for `name`: subclasses fill what their add bar holds
    /// (a colour, a code, a parent).
    virtual ReferenceItem newItem(const QString &name) const;
    /// The selection changed: subclasses show the entry's details.
    virtual void currentItemChanged(const std::optional<ReferenceItem> &item);
    /// A panel on the right for the entry's details (owned by the page);
    /// as tall as the list with `fillHeight`, else as tall as it needs.
    void setDetailsWidget(QWidget *details, bool fillHeight = false);
    /// Where subclasses put extra fields of the add bar (before the Add button).
    QHBoxLayout *addBar() const { return m_addBar; }
    /// The singular noun of the list ("industry"), for messages.
    QString singularLabel() const;

private:
    /// Undo steps of an entry added or removed here (ConfigUndo).
    void recordAdded(const ReferenceItem &item);
    void recordRemoved(const ReferenceItem &item);
    void onAdd();
    void onRemove();
    void updateButtons();
    void updateCount();

    RefKind m_kind;
    ReferenceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_view;
    QLineEdit *m_filter;
    QLineEdit *m_newName;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_count;
    QHBoxLayout *m_addBar;
    QHBoxLayout *m_columns;
    QWidget *m_details = nullptr;
};
