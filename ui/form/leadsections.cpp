#include "leadsections.h"

#include "basiceditors.h"
#include "fieldeditor.h"
#include "listeditors.h"
#include "optionsservice.h"
#include "referenceeditor.h"
#include "workspace.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace {

/// Below this width the cards stack in one column.
constexpr int kTwoColumnWidth = 980;

QList<const LeadField *> fieldsOf(std::initializer_list<FieldSection> sections, const QStringList &skip)
{
    QList<const LeadField *> out;
    for (const LeadField &f : leadFields())
        for (FieldSection s : sections)
            if (f.section == s && !skip.contains(f.key))
                out << &f;
    return out;
}

} // namespace

QStringList LeadSections::placedElsewhere()
{
    return {QStringLiteral("title"), QStringLiteral("score"), QStringLiteral("marketing_lists")};
}

LeadSections::LeadSections(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(16);

    // Every field but the status (the chevron bar) and the system ones.
    const QStringList skip = {QStringLiteral("status"), QStringLiteral("id"), QStringLiteral("updated_at")};
    for (const LeadField &f : leadFields()) {
        if (skip.contains(f.key))
            continue;
        FieldEditor *e = createFieldEditor(f, ws, this);
        m_editors.insert(f.key, e);
        m_ordered << e;
        connect(e, &FieldEditor::edited, this, [this, key = f.key] { emit edited(key); });
        if (auto *r = qobject_cast<ReferenceEditor *>(e))
            connect(r, &ReferenceEditor::problem, this, &LeadSections::problem);
        else if (auto *t = qobject_cast<TagListEditor *>(e))
            connect(t, &TagListEditor::problem, this, &LeadSections::problem);
        else if (auto *c = qobject_cast<CheckListEditor *>(e))
            connect(c, &CheckListEditor::problem, this, &LeadSections::problem);
    }

    QStringList elsewhere = placedElsewhere() + skip;
    const QStringList general = {QStringLiteral("description"), QStringLiteral("requirements")};
    auto add = [this](QFrame *frame, int column) { m_cards << Card{frame, column, int(m_cards.size())}; };
    add(makeCard(tr("Contact"), fieldsOf({FieldSection::Contact}, elsewhere), 1), 0);
    add(makeCard(tr("Follow-up"), fieldsOf({FieldSection::FollowUp}, elsewhere), 1), 1);
    add(makeCard(tr("Marketing"), fieldsOf({FieldSection::Marketing}, elsewhere), 1), 1);
    add(makeCard(tr("Address"), fieldsOf({FieldSection::Address}, elsewhere), 1), 0);
    add(makeCard(tr("Links"), fieldsOf({FieldSection::Links}, elsewhere), 1), 1);
    QList<const LeadField *> description;
    for (const QString &key : general)
        description << leadField(key);
    add(makeCard(tr("Description"), description, 1), -1);
    add(makeCard(tr("Qualification"), fieldsOf({FieldSection::Qualification}, elsewhere), 2), -1);
    m_outcome = makeCard(tr("Outcome"), fieldsOf({FieldSection::Outcome}, elsewhere), 2);
    add(m_outcome, -1);
    m_outcome->hide();

    // Products follow the sales direction.
    FieldEditor *direction = m_editors.value(QStringLiteral("sales_direction"));
    FieldEditor *product = m_editors.value(QStringLiteral("product"));
    if (direction && product)
        connect(direction, &FieldEditor::edited, product, [direction, product] {
            product->dependencyChanged(QStringLiteral("sales_direction"), direction->value());
        });
    applyOptions();
    relayout(2);
}

QFrame *LeadSections::makeCard(const QString &title, const QList<const LeadField *> &fields, int formColumns)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sectionCard"));
    auto *v = new QVBoxLayout(card);
    v->setContentsMargins(16, 12, 16, 14);
    v->setSpacing(10);
    auto *heading = new QLabel(title, card);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    v->addWidget(heading);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    v->addLayout(columns);
    const int perColumn = int((fields.size() + formColumns - 1) / formColumns);
    QFormLayout *form = nullptr;
    for (int i = 0; i < fields.size(); ++i) {
        if (i % qMax(1, perColumn) == 0) {
            form = new QFormLayout;
            form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::DontWrapRows);
            form->setHorizontalSpacing(14);
            form->setVerticalSpacing(8);
            columns->addLayout(form, 1);
        }
        const LeadField *f = fields.at(i);
        FieldEditor *e = m_editors.value(f->key);
        if (!e)
            continue;
        auto *label = new QLabel(f->translatedLabel(), card);
        label->setObjectName(QStringLiteral("fieldLabel"));
        label->setBuddy(e->widget());
        QWidget *w = e->widget();
        w->setParent(card);
        // Multi-line editors put their label at the top of the row.
        const bool tall = f->kind == FieldKind::Html || f->kind == FieldKind::EmailList || f->kind == FieldKind::PhoneList
                          || f->kind == FieldKind::RefList || qobject_cast<PlainTextEditor *>(e);
        if (tall)
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (f->kind == FieldKind::Html) {
            // The description takes the card's whole width.
            form->addRow(w);
            label->hide();
        } else {
            form->addRow(label, w);
        }
        if (tall)
            label->setContentsMargins(0, 5, 0, 0);
        m_labels.insert(f->key, label);
        m_layoutOf.insert(f->key, form);
    }
    return card;
}

void LeadSections::applyOptions()
{
    const bool agencies = m_ws.options().agenciesManagement();
    if (QFormLayout *form = m_layoutOf.value(QStringLiteral("agency")))
        if (FieldEditor *e = m_editors.value(QStringLiteral("agency")))
            form->setRowVisible(e->widget(), agencies);
}

void LeadSections::setOutcomeVisible(bool visible)
{
    m_outcome->setVisible(visible);
}

void LeadSections::relayout(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    // Two stacks side by side (Contact and Address left; Follow-up, Marketing
    // and Links right), each as tall as its cards; wide cards below both.
    for (const Card &c : m_cards)
        m_grid->removeWidget(c.frame);
    for (QVBoxLayout *stack : {m_left, m_right})
        if (stack) {
            m_grid->removeItem(stack);
            delete stack;
        }
    m_left = new QVBoxLayout;
    m_right = new QVBoxLayout;
    for (QVBoxLayout *stack : {m_left, m_right}) {
        stack->setSpacing(16);
        stack->setContentsMargins(0, 0, 0, 0);
    }
    int row = 1;
    for (const Card &c : m_cards) {
        if (columns == 2 && c.column == 0)
            m_left->addWidget(c.frame);
        else if (columns == 2 && c.column == 1)
            m_right->addWidget(c.frame);
        else if (columns == 1 && c.column >= 0)
            m_left->addWidget(c.frame);
        else
            m_grid->addWidget(c.frame, row++, 0, 1, 2);
    }
    m_left->addStretch(1);
    m_right->addStretch(1);
    if (columns == 2) {
        m_grid->addLayout(m_left, 0, 0);
        m_grid->addLayout(m_right, 0, 1);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
    } else {
        m_grid->addLayout(m_left, 0, 0, 1, 2);
        delete m_right;
        m_right = nullptr;
    }
}

void LeadSections::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout(event->size().width() < kTwoColumnWidth ? 1 : 2);
}
