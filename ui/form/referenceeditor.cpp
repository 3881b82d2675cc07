#include "referenceeditor.h"

#include "icons.h"
#include "leadcodec.h"
#include "referenceservice.h"
#include "statusservice.h"
#include "userservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>

namespace {
/// Lists the generic reference service knows (not users, statuses, partners, contacts).
bool isList(RefKind kind)
{
    return refListInfo(kind) != nullptr;
}
} // namespace

ReferenceEditor::ReferenceEditor(const LeadField &field, Workspace &ws, QWidget *parent) : FieldEditor(field, parent), m_ws(ws)
{
    m_box = new QWidget(parent);
    auto *row = new QHBoxLayout(m_box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    if (field.ref == RefKind::Partner || field.ref == RefKind::Contact || field.ref == RefKind::None) {
        m_label = new QLabel(m_box);
        m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(m_label, 1);
        return;
    }
    m_combo = new QComboBox(m_box);
    m_combo->setAccessibleName(field.translatedLabel());
    m_combo->setMinimumContentsLength(14);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(m_combo, 1);
    m_box->setFocusProxy(m_combo);
    if (isList(field.ref) && ws.references().allowsInlineCreation(field.ref)) {
        m_add = new QToolButton(m_box);
        m_add->setIcon(Icons::icon(QStringLiteral("add")));
        m_add->setToolTip(tr("Create a new entry in %1").arg(QCoreApplication::translate("RefList", refListInfo(field.ref)->label)));
        m_add->setAccessibleName(m_add->toolTip());
        m_add->setObjectName(QStringLiteral("inlineCreate"));
        connect(m_add, &QToolButton::clicked, this, &ReferenceEditor::createEntry);
        row->addWidget(m_add);
    }
    connect(m_combo, &QComboBox::activated, this, [this] {
        m_value = m_combo->currentData().toLongLong();
        emit edited();
    });
    if (field.ref == RefKind::User)
        connect(&ws, &Workspace::usersChanged, this, &ReferenceEditor::reload);
    else
        connect(&ws, &Workspace::referencesChanged, this, [this](RefKind kind) {
            if (kind == this->field().ref)
                reload();
        });
    reload();
}

void ReferenceEditor::reload()
{
    if (!m_combo)
        return;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("—"), qint64(0));
    const RefKind kind = field().ref;
    if (kind == RefKind::User) {
        for (const User &u : m_ws.users().all())
            if (u.active || u.id == m_value)
                m_combo->addItem(u.id == m_ws.currentUserId() ? tr("%1 (me)").arg(u.name) : u.name, u.id);
    } else if (kind == RefKind::Status) {
        for (const LeadStatus &s : m_ws.statuses().all())
            m_combo->addItem(s.name, s.id);
    } else {
        for (const ReferenceItem &item : m_ws.references().list(kind))
            if (kind != RefKind::Product || item.parentId == m_parent || item.id == m_value)
                m_combo->addItem(item.name, item.id);
    }
    int i = m_combo->findData(m_value);
    if (i < 0 && m_value != 0) {
        // An entry the list no longer offers (an inactive user…): still shown.
        m_combo->addItem(m_ws.codec().displayText(field(), m_value), m_value);
        i = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(qMax(0, i));
    if (kind == RefKind::Product)
        m_combo->setEnabled(!m_readOnly && (m_parent != 0 || m_value != 0));
}

QVariant ReferenceEditor::value() const
{
    return m_value;
}

void ReferenceEditor::setValue(const QVariant &value)
{
    m_value = value.toLongLong();
    if (m_label) {
        const QString name = m_value ? m_ws.codec().displayText(field(), m_value) : QString();
        m_label->setText(name.isEmpty() ? tr("—") : name);
        return;
    }
    const int i = m_combo->findData(m_value);
    if (i >= 0) {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(i);
    } else {
        reload();
    }
}

void ReferenceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    if (m_add)
        m_add->setVisible(!readOnly);
}

void ReferenceEditor::setProblem(const QString &message)
{
    FieldEditor::setProblem(message);
    markProblem(m_combo ? static_cast<QWidget *>(m_combo) : m_label, message);
}

void ReferenceEditor::dependencyChanged(const QString &key, const QVariant &value)
{
    if (field().ref != RefKind::Product || key != QLatin1String("sales_direction"))
        return;
    m_parent = value.toLongLong();
    // A product of another direction is no longer a valid choice.
    if (m_value != 0) {
        const auto product = m_ws.references().find(RefKind::Product, m_value);
        if (product && product->parentId != m_parent) {
            m_value = 0;
            reload();
            emit edited();
            return;
        }
    }
    reload();
}

void ReferenceEditor::createEntry()
{
    const RefKind kind = field().ref;
    bool ok = false;
    const QString name = QInputDialog::getText(m_box, tr("New entry"), tr("%1 to create:").arg(field().translatedLabel()),
                                               QLineEdit::Normal, m_combo->currentIndex() > 0 ? QString() : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto created = m_ws.references().add(kind, ReferenceItem{0, name.trimmed(), {}, {}, m_parent});
    if (!created) {
        emit problem(created.errorText());
        return;
    }
    m_value = created->id;
    reload();
    emit edited();
}
