#include "opportunitydetails.h"

#include "icons.h"
#include "opportunitylistmodel.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "workspace.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

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

    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("sectionCard"));
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(14, 12, 14, 12);
    auto *heading = new QLabel(tr("Opportunity"), frame);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    inner->addWidget(heading);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(8);
    inner->addLayout(form);
    const QList<std::pair<QString, QString>> rows{{QStringLiteral("partner"), tr("Partner")},
                                                  {QStringLiteral("contact"), tr("Contact")},
                                                  {QStringLiteral("amount"), tr("Expected amount")},
                                                  {QStringLiteral("close"), tr("Expected close")},
                                                  {QStringLiteral("stage"), tr("Stage")},
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
    m_values.insert(QStringLiteral("lead"), lead);
    m_openLead = new QPushButton(Icons::icon(QStringLiteral("open")), tr("Open lead"), this);
    m_openLead->setObjectName(QStringLiteral("openLeadButton"));
    leadRow->addWidget(lead, 1);
    leadRow->addWidget(m_openLead);
    form->addRow(tr("From lead"), leadRow);
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

    connect(m_openLead, &QPushButton::clicked, this, [this] {
        if (m_opportunity.fromLeadId)
            emit openLeadRequested(m_opportunity.fromLeadId);
    });
}

void OpportunityDetails::setOpportunity(qint64 id)
{
    const auto found = id ? m_ws.partners().opportunity(id) : std::nullopt;
    m_opportunity = found ? *found : Opportunity{};
    const Opportunity &o = m_opportunity;
    auto orNone = [this](const QString &s) { return s.isEmpty() ? tr("—") : s; };
    m_title->setText(o.name);
    m_values.value(QStringLiteral("partner"))->setText(orNone(o.partnerId ? recordName(m_ws.database(), RefKind::Partner, o.partnerId) : QString()));
    m_values.value(QStringLiteral("contact"))->setText(orNone(o.contactId ? recordName(m_ws.database(), RefKind::Contact, o.contactId) : QString()));
    m_values.value(QStringLiteral("amount"))->setText(orNone(OpportunityListModel::formatAmount(o.expectedAmount)));
    m_values.value(QStringLiteral("close"))->setText(orNone(o.expectedClose.isValid() ? QLocale().toString(o.expectedClose, QLocale::LongFormat) : QString()));
    m_values.value(QStringLiteral("stage"))->setText(orNone(PartnerQueries::stageName(o.stage)));
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
}
