#include "recordeditor.h"

#include "fieldproblems.h"
#include "icons.h"
#include "messagebanner.h"
#include "partnerqueries.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordEditor::RecordEditor(Workspace &ws, const QString &objectName, const QString &titleObjectName, QWidget *parent)
    : QWidget(parent), m_ws(ws)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 14, 16, 14);
    m_layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(titleObjectName);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f2933;"));
    m_titleRow = new QHBoxLayout;
    m_titleRow->addWidget(m_title, 1);
    m_layout->addLayout(m_titleRow);
    m_banner = new MessageBanner(this);
    m_layout->addWidget(m_banner);
    m_problems = new FieldProblems(m_banner, this);
}

QWidget *RecordEditor::field(const QString &key) const
{
    return m_problems->field(key);
}

bool RecordEditor::save()
{
    if (!recordId())
        return false;
    if (!m_modified)
        return true;
    return saveEdits();
}

void RecordEditor::revert()
{
    showRecord(recordId());
}

QVBoxLayout *RecordEditor::addCard(const QString &title, int spacing, int stretch)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("sectionCard"));
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(14, 12, 14, 12);
    if (spacing >= 0)
        inner->setSpacing(spacing);
    auto *heading = new QLabel(title, frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    inner->addWidget(heading);
    m_layout->addWidget(frame, stretch);
    return inner;
}

QFormLayout *RecordEditor::addForm(QVBoxLayout *card, int horizontalSpacing)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (horizontalSpacing >= 0)
        form->setHorizontalSpacing(horizontalSpacing);
    form->setVerticalSpacing(6);
    card->addLayout(form);
    return form;
}

QLineEdit *RecordEditor::createLine(const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    m_lines.insert(key, edit);
    m_problems->addField(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(edit, &QLineEdit::returnPressed, this, &RecordEditor::save); // Enter saves
    return edit;
}

QLineEdit *RecordEditor::addLine(QFormLayout *form, const QString &key, const QString &label)
{
    QLineEdit *edit = createLine(key, label);
    form->addRow(label, edit);
    return edit;
}

QComboBox *RecordEditor::addCombo(QFormLayout *form, const QString &key, const QString &label, const QString &objectName,
                                  int minimumContents)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    if (minimumContents > 0) {
        box->setMinimumContentsLength(minimumContents);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_problems->addField(key, box);
    trackEdits(box);
    form->addRow(label, box);
    return box;
}

void RecordEditor::addField(const QString &key, QWidget *widget)
{
    m_problems->addField(key, widget);
}

void RecordEditor::trackEdits(QComboBox *box)
{
    connect(box, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });
}

void RecordEditor::trackEdits(QCheckBox *box)
{
    connect(box, &QCheckBox::toggled, this, [this] { setModified(true); });
}

void RecordEditor::trackEdits(QDateEdit *edit)
{
    connect(edit, &QDateEdit::dateChanged, this, [this] { setModified(true); });
}

void RecordEditor::addSaveButtons(QVBoxLayout *card, const QString &saveAccessibleName)
{
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setAccessibleName(saveAccessibleName);
    m_revert = new QPushButton(Icons::icon(QStringLiteral("undo")), tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    card->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    setModified(false);
}

QLabel *RecordEditor::addLeadRow(QFormLayout *form, const QString &objectName)
{
    auto *row = new QHBoxLayout;
    m_leadName = new QLabel(this);
    m_leadName->setObjectName(objectName);
    m_leadName->setWordWrap(true);
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    row->addWidget(m_leadName, 1);
    row->addWidget(m_openLead);
    form->addRow(tr("From lead"), row);
    connect(m_openLead, &QPushButton::clicked, this, [this] {
        if (m_fromLeadId)
            emit openLeadRequested(m_fromLeadId);
    });
    return m_leadName;
}

void RecordEditor::beginLoad(qint64 id)
{
    m_loading = true;
    // The same record read again (after a save, or a change elsewhere)
    // keeps the banner's note; another record starts clean.
    m_problems->clear(id != m_loadedId);
    m_loadedId = id;
}

void RecordEditor::setLineTexts(const QHash<QString, QString> &values)
{
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(values.value(it.key()));
        it.value()->setCursorPosition(0);
    }
}

QString RecordEditor::lineText(const QString &key) const
{
    const QLineEdit *edit = m_lines.value(key);
    return edit ? edit->text().trimmed() : QString();
}

void RecordEditor::showFromLead(qint64 partnerId, qint64 fromLeadId, const QString &noneText)
{
    m_fromLeadId = fromLeadId;
    QString lead;
    if (fromLeadId) {
        for (const PartnerLeadLink &l : PartnerQueries(m_ws).leadsOf(partnerId))
            if (l.id == fromLeadId)
                lead = l.name;
        if (lead.isEmpty())
            lead = tr("Lead #%1").arg(fromLeadId);
    }
    if (m_leadName)
        m_leadName->setText(lead.isEmpty() ? noneText : lead);
    if (m_openLead)
        m_openLead->setEnabled(fromLeadId != 0);
}

void RecordEditor::endLoad(qint64 id)
{
    setEnabled(id != 0);
    m_loading = false;
    setModified(false);
}

void RecordEditor::showSaved(qint64 id, const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Success, message.isEmpty() ? tr("Saved.") : message);
    emit saved(id);
}

void RecordEditor::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    if (m_save)
        m_save->setEnabled(modified);
    if (m_revert)
        m_revert->setEnabled(modified);
}
