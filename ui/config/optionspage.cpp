#include "optionspage.h"

#include "configundo.h"

#include "leadfield.h"
#include "optionsservice.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr qint64 MiB = 1024 * 1024;

QFrame *card(QWidget *parent, const QString &title, QVBoxLayout **layout)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("sectionCard"));
    *layout = new QVBoxLayout(frame);
    (*layout)->setContentsMargins(16, 14, 16, 14);
    (*layout)->setSpacing(8);
    auto *label = new QLabel(title, frame);
    label->setObjectName(QStringLiteral("sectionTitle"));
    (*layout)->addWidget(label);
    return frame;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #616e7c; margin-left: 24px; margin-bottom: 4px;"));
    return label;
}
} // namespace

OptionsPage::OptionsPage(Workspace &ws, QWidget *parent)
    : ConfigSection(ws, tr("CRM options"), tr("How leads are worked in this database. Changes are saved at once."), parent)
{
    setObjectName(QStringLiteral("optionsPage"));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);

    QVBoxLayout *left = nullptr;
    QFrame *behaviour = card(this, tr("Working leads"), &left);
    const QList<std::tuple<const char *, QString, QString>> flags = {
        {"agencies_management", tr("Agencies management"), tr("Leads belong to an agency; the agency field is shown on leads.")},
        {"manage_prospect_statuses", tr("Manage statuses on prospect partner"),
         tr("Converting asks the partner status; a prospect whose status becomes Won is a customer.")},
        {"restrict_functions", tr("Restrict functions to the list"),
         tr("Contact functions come only from the predefined list: no \"+\" on the lead form.")},
        {"assign_team_members_only", tr("Assign only team members"),
         tr("A lead of a team may be assigned only to a member of that team.")},
    };
    for (const auto &[key, label, text] : flags) {
        auto *box = new QCheckBox(label, behaviour);
        box->setObjectName(QString::fromLatin1(key));
        m_flags.insert(QString::fromLatin1(key), box);
        left->addWidget(box);
        left->addWidget(hint(text, behaviour));
        connect(box, &QCheckBox::toggled, this, [this, key = QString::fromLatin1(key)](bool on) {
            setOption(key, on ? QStringLiteral("yes") : QStringLiteral("no"));
        });
    }
    auto *limitRow = new QHBoxLayout;
    auto *limitLabel = new QLabel(tr("Attachment size limit"), behaviour);
    m_attachmentMb = new QSpinBox(behaviour);
    m_attachmentMb->setObjectName(QStringLiteral("attachmentLimit"));
    m_attachmentMb->setRange(1, 4096);
    m_attachmentMb->setSuffix(tr(" MB"));
    m_attachmentMb->setKeyboardTracking(false);
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_attachmentMb);
    limitRow->addStretch(1);
    left->addSpacing(6);
    left->addLayout(limitRow);
    auto *backupRow = new QHBoxLayout;
    auto *backupLabel = new QLabel(tr("Daily backups kept"), behaviour);
    m_backupsKept = new QSpinBox(behaviour);
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(0, OptionsService::MaxBackupsKept);
    m_backupsKept->setSpecialValueText(tr("None"));
    m_backupsKept->setKeyboardTracking(false);
    backupLabel->setBuddy(m_backupsKept);
    backupRow->addWidget(backupLabel);
    backupRow->addWidget(m_backupsKept);
    backupRow->addStretch(1);
    left->addLayout(backupRow);
    left->addWidget(hint(tr("Once a day Quarry copies the database beside it, in a folder named after it; "
                            "File > Restore a backup… puts one back."),
                         behaviour));
    left->addStretch(1);
    connect(m_backupsKept, &QSpinBox::valueChanged, this, [this](int n) { setOption(QStringLiteral("backups_kept"), QString::number(n)); });
    connect(m_attachmentMb, &QSpinBox::valueChanged, this,
            [this](int mb) { setOption(QStringLiteral("attachment_max_bytes"), QString::number(qint64(mb) * MiB)); });
    columns->addWidget(behaviour, 1);

    QVBoxLayout *right = nullptr;
    QFrame *required = card(this, tr("Required fields"), &right);
    right->addWidget(new QLabel(tr("Besides a last name or a company name, a lead must have:"), required));
    m_required = new QListWidget(required);
    m_required->setObjectName(QStringLiteral("requiredFields"));
    m_required->setStyleSheet(QStringLiteral("QListWidget { border: 1px solid #dde3ea; border-radius: 6px; } QListWidget::item { padding: 3px; }"));
    for (const LeadField &f : leadFields()) {
        // A yes/no flag is never blank in a way worth requiring.
        if (f.readOnly || f.kind == FieldKind::Bool)
            continue;
        auto *item = new QListWidgetItem(f.translatedLabel(), m_required);
        item->setData(Qt::UserRole, f.key);
        item->setToolTip(f.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    right->addWidget(m_required, 1);
    connect(m_required, &QListWidget::itemChanged, this, &OptionsPage::requiredToggled);
    columns->addWidget(required, 1);
    body()->addLayout(columns, 1);

    connect(&ws, &Workspace::optionsChanged, this, [this] {
        if (!m_loading)
            reload();
    });
    reload();
}

void OptionsPage::reload()
{
    m_loading = true;
    OptionsService &options = workspace().options();
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        it.value()->setChecked(options.value(it.key()) == QLatin1String("yes"));
    const QStringList required = options.requiredFields();
    for (int i = 0; i < m_required->count(); ++i) {
        QListWidgetItem *item = m_required->item(i);
        item->setCheckState(required.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_attachmentMb->setValue(int(qMax<qint64>(1, options.attachmentMaxBytes() / MiB)));
    m_backupsKept->setValue(options.backupsKept());
    m_loading = false;
}

void OptionsPage::setOption(const QString &key, const QString &value)
{
    if (m_loading)
        return;
    m_loading = true;
    const QString before = workspace().options().value(key);
    const VoidResult result = workspace().options().set(key, value);
    m_loading = false;
    if (check(result, tr("The option was not saved"))) {
        clearMessage();
        Workspace &ws = workspace();
        auto set = [&ws, key](const QString &v) -> Problems {
            VoidResult r = ws.options().set(key, v);
            return r ? Problems{} : r.problems();
        };
        ConfigUndo::push(tr("Change the option %1").arg(key), [set, value] { return set(value); }, [set, before] { return set(before); });
    } else {
        reload();
    }
}

void OptionsPage::requiredToggled(QListWidgetItem *)
{
    if (m_loading)
        return;
    QStringList keys;
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->checkState() == Qt::Checked)
            keys << m_required->item(i)->data(Qt::UserRole).toString();
    setOption(QStringLiteral("required_fields"), keys.join(QLatin1Char(',')));
}
