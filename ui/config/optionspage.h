#pragma once

#include "configsection.h"

#include <QHash>

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

/// The CRM options: agencies management, partner statuses on prospects,
/// functions restricted to the list, assignment to team members only, the
/// lead fields an admin requires, and the attachment size limit. Each change
/// is saved at once through OptionsService; a refusal is shown and the
/// control goes back to the saved value.
class OptionsPage : public ConfigSection
{
    Q_OBJECT
public:
    explicit OptionsPage(Workspace &ws, QWidget *parent = nullptr);

    /// The check box of a yes/no option key ("restrict_functions", …).
    QCheckBox *flagBox(const QString &key) const { return m_flags.value(key); }
    QListWidget *requiredFieldsList() const { return m_required; }
    QSpinBox *attachmentLimitBox() const { return m_attachmentMb; }
    QSpinBox *backupsKeptBox() const { return m_backupsKept; }

    /// Reads every option again.
    void reload();

private:
    void setOption(const QString &key, const QString &value);
    void requiredToggled(QListWidgetItem *item);

    QHash<QString, QCheckBox *> m_flags;
    QListWidget *m_required;
    QSpinBox *m_attachmentMb;
    QSpinBox *m_backupsKept;
    bool m_loading = false;
};
