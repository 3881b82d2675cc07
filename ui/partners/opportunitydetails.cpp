#include "opportunitydetails.h"

#include "fieldproblems.h"
#include "icons.h"
#include "messagebanner.h"
#include "opportunitylistmodel.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
/// The date the close editor shows as "None".
const QDate NoDate(2000, 1, 1);
} // namespace

OpportunityDetails::OpportunityDetails(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("opportunityDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("opportunityTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #1f2933;"));
    layout->addWidget(m_title);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_problems = new FieldProblems(m_banner, this);

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("sectionCard"));
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(14, 12, 14, 12);
    auto *heading = new QLabel(tr("Opportunity"), frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    inner->addWidget(heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(6);
    inner->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_problems->addField(QStringLiteral("name"), m_name);
    form->addRow(tr("Name"), m_name);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("expected_amountEdit"));
    m_amount->setPlaceholderText(QLocale().toCurrencyString(0.0));
    m_problems->addField(QStringLiteral("expected_amount"), m_amount);
    form->addRow(tr("Expected amount"), m_amount);
    m_close = new QDateEdit(this);
    m_close->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_close->setCalendarPopup(true);
    m_close->setMinimumDate(NoDate);
    m_close->setSpecialValueText(tr("None"));
    m_close->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_problems->addField(QStringLiteral("expected_close"), m_close);
    form->addRow(tr("Expected close"), m_close);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageBox"));
    for (const QString &key : PartnerService::opportunityStages())
        m_stage->addItem(PartnerQueries::stageName(key), key);
    m_problems->addField(QStringLiteral("stage"), m_stage);
    form->addRow(tr("Stage"), m_stage);

    const QList<std::pair<QString, QString>> rows{{QStringLiteral("partner"), tr("Partner")},
                                                  {QStringLiteral("contact"), tr("Contact")},
                                                  {QStringLiteral("created"), tr("Created")}};
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(this);
        value->setObjectName(key + QStringLiteral("Value"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_values.insert(key, value);
        form->addRow(label, value);
    }
    m_values.insert(QStringLiteral("name"), m_title);
    auto *leadRow = new QHBoxLayout;
    auto *lead = new QLabel(this);
    lead->setObjectName(QStringLiteral("leadValue"));
    lead->setWordWrap(true);
    m_values.insert(QStringLiteral("lead"), lead);
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    leadRow->addWidget(lead, 1);
    leadRow->addWidget(m_openLead);
    form->addRow(tr("From lead"), leadRow);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(Icons::icon(QStringLiteral("save-light")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setAccessibleName(tr("Save opportunity"));
    m_revert = new QPushButton(Icons::icon(QStringLiteral("undo")), tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    inner->addLayout(buttons);
    layout->addWidget(frame);

    auto *descFrame = new QFrame(this);
    descFrame->setObjectName(QStringLiteral("sectionCard"));
    auto *descLayout = new QVBoxLayout(descFrame);
    descLayout->setContentsMargins(14, 12, 14, 12);
    auto *descHeading = new QLabel(tr("Description"), descFrame);
    descHeading->setObjectName(QStringLiteral("sectionTitle"));
    descLayout->addWidget(descHeading);
    m_description = new QTextBrowser(descFrame);
    m_description->setObjectName(QStringLiteral("opportunityDescription"));
    m_description->setFrameShape(QFrame::NoFrame);
    m_description->setMinimumHeight(90);
    m_description->setOpenExternalLinks(true);
    descLayout->addWidget(m_description);
    layout->addWidget(descFrame, 1);

    for (QLineEdit *e : {m_name, m_amount}) {
        connect(e, &QLineEdit::textEdited, this, [this] { setModified(true); });
        connect(e, &QLineEdit::returnPressed, this, &OpportunityDetails::save);
    }
    connect(m_close, &QDateEdit::dateChanged, this, [this] { setModified(true); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { setModified(true); });
    connect(m_save, &QPushButton::clicked, this, &OpportunityDetails::save);
    connect(m_revert, &QPushButton::clicked, this, &OpportunityDetails::revert);
    connect(m_openLead, &QPushButton::clicked, this, [this] {
        if (m_opportunity.fromLeadId)
            emit openLeadRequested(m_opportunity.fromLeadId);
    });
    setModified(false);
}

void OpportunityDetails::setOpportunity(qint64 id)
{
    const auto found = id ? m_ws.partners().opportunity(id) : std::nullopt;
    load(found ? *found : Opportunity{});
}

void OpportunityDetails::load(const Opportunity &o)
{
    m_loading = true;
    m_problems->clear(o.id != m_opportunity.id);
    m_opportunity = o;
    auto orNone = [this](const QString &s) { return s.isEmpty() ? tr("—") : s; };
    m_title->setText(o.name);
    m_name->setText(o.name);
    m_name->setCursorPosition(0);
    m_amount->setText(o.expectedAmount ? QLocale().toString(*o.expectedAmount, 'f', 2) : QString());
    m_close->setDate(o.expectedClose.isValid() ? o.expectedClose : NoDate);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(o.stage)));
    m_values.value(QStringLiteral("partner"))->setText(orNone(o.partnerId ? recordName(m_ws.database(), RefKind::Partner, o.partnerId) : QString()));
    m_values.value(QStringLiteral("contact"))->setText(orNone(o.contactId ? recordName(m_ws.database(), RefKind::Contact, o.contactId) : QString()));
    m_values.value(QStringLiteral("created"))->setText(orNone(o.createdAt.isValid() ? QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat) : QString()));
    QString lead;
    if (o.fromLeadId) {
        for (const PartnerLeadLink &l : PartnerQueries(m_ws).leadsOf(o.partnerId))
            if (l.id == o.fromLeadId)
                lead = l.name;
        if (lead.isEmpty())
            lead = tr("Lead #%1").arg(o.fromLeadId);
    }
    m_values.value(QStringLiteral("lead"))->setText(orNone(lead));
    m_openLead->setEnabled(o.fromLeadId != 0);
    // The description carries the lead's rich text.
    if (Qt::mightBeRichText(o.description))
        m_description->setHtml(o.description);
    else
        m_description->setPlainText(o.description);
    setEnabled(o.id != 0);
    m_loading = false;
    setModified(false);
}

std::optional<double> OpportunityDetails::typedAmount(bool *ok) const
{
    *ok = true;
    QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale locale;
    text.remove(locale.currencySymbol(QLocale::CurrencySymbol));
    text.remove(locale.currencySymbol(QLocale::CurrencyIsoCode));
    text = text.trimmed();
    double value = locale.toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

bool OpportunityDetails::save()
{
    if (!m_opportunity.id)
        return false;
    if (!m_modified)
        return true;
    bool ok = false;
    Opportunity o = m_opportunity;
    o.name = m_name->text();
    o.expectedAmount = typedAmount(&ok);
    if (!ok) {
        m_problems->show(tr("The opportunity was not saved"),
                         {Problem{QStringLiteral("expected_amount"), tr("\"%1\" is not an amount.").arg(m_amount->text())}});
        return false;
    }
    o.expectedClose = m_close->date() == NoDate ? QDate() : m_close->date();
    o.stage = m_stage->currentData().toString();
    const auto result = m_ws.partners().updateOpportunity(o);
    if (!result) {
        m_problems->show(tr("The opportunity was not saved"), result.problems());
        return false;
    }
    load(*result);
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved."));
    emit saved(result->id);
    return true;
}

void OpportunityDetails::revert()
{
    setOpportunity(m_opportunity.id);
}

void OpportunityDetails::setModified(bool modified)
{
    if (m_loading)
        return;
    m_modified = modified;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
}
