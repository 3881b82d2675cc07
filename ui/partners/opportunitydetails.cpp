#include "opportunitydetails.h"

#include "fieldproblems.h"
#include "partnerqueries.h"
#include "partnerservice.h"
#include "referencerepository.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
/// The date the close editor shows as "None".
const QDate NoDate(2000, 1, 1);
} // namespace

OpportunityDetails::OpportunityDetails(Workspace &ws, QWidget *parent)
    : RecordEditor(ws, QStringLiteral("opportunityDetails"), QStringLiteral("opportunityTitle"), parent)
{
    QVBoxLayout *card = addCard(tr("Opportunity"));
    QFormLayout *form = addForm(card);
    m_name = addLine(form, QStringLiteral("name"), tr("Name"));
    m_amount = addLine(form, QStringLiteral("expected_amount"), tr("Expected amount"));
    m_amount->setPlaceholderText(QLocale().toCurrencyString(0.0));
    m_close = new QDateEdit(this);
    m_close->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_close->setCalendarPopup(true);
    m_close->setMinimumDate(NoDate);
    m_close->setSpecialValueText(tr("None"));
    m_close->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    addField(QStringLiteral("expected_close"), m_close);
    trackEdits(m_close);
    form->addRow(tr("Expected close"), m_close);
    m_stage = addCombo(form, QStringLiteral("stage"), tr("Stage"), QStringLiteral("stageBox"));
    {
        const QSignalBlocker blocker(m_stage); // filling it is no edit
        for (const QString &key : PartnerService::opportunityStages())
            m_stage->addItem(PartnerQueries::stageName(key), key);
    }

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
    m_values.insert(QStringLiteral("name"), titleLabel());
    m_values.insert(QStringLiteral("lead"), addLeadRow(form, QStringLiteral("leadValue")));
    addSaveButtons(card, tr("Save opportunity"));

    QVBoxLayout *description = addCard(tr("Description"), -1, 1);
    m_description = new QTextBrowser(this);
    m_description->setObjectName(QStringLiteral("opportunityDescription"));
    m_description->setFrameShape(QFrame::NoFrame);
    m_description->setMinimumHeight(90);
    m_description->setOpenExternalLinks(true);
    description->addWidget(m_description);
}

void OpportunityDetails::setOpportunity(qint64 id)
{
    const auto found = id ? workspace().partners().opportunity(id) : std::nullopt;
    load(found ? *found : Opportunity{});
}

void OpportunityDetails::load(const Opportunity &o)
{
    beginLoad(o.id);
    m_opportunity = o;
    auto orNone = [this](const QString &s) { return s.isEmpty() ? tr("—") : s; };
    titleLabel()->setText(o.name);
    setLineTexts({{QStringLiteral("name"), o.name},
                  {QStringLiteral("expected_amount"), o.expectedAmount ? QLocale().toString(*o.expectedAmount, 'f', 2) : QString()}});
    m_close->setDate(o.expectedClose.isValid() ? o.expectedClose : NoDate);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(o.stage)));
    auto &db = workspace().database();
    m_values.value(QStringLiteral("partner"))->setText(orNone(o.partnerId ? recordName(db, RefKind::Partner, o.partnerId) : QString()));
    m_values.value(QStringLiteral("contact"))->setText(orNone(o.contactId ? recordName(db, RefKind::Contact, o.contactId) : QString()));
    m_values.value(QStringLiteral("created"))->setText(orNone(o.createdAt.isValid() ? QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat) : QString()));
    showFromLead(o.partnerId, o.fromLeadId, tr("—"));
    // The description carries the lead's rich text.
    if (Qt::mightBeRichText(o.description))
        m_description->setHtml(o.description);
    else
        m_description->setPlainText(o.description);
    endLoad(o.id);
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

bool OpportunityDetails::saveEdits()
{
    bool ok = false;
    Opportunity o = m_opportunity;
    o.name = m_name->text();
    o.expectedAmount = typedAmount(&ok);
    if (!ok) {
        problems()->show(tr("The opportunity was not saved"),
                         {Problem{QStringLiteral("expected_amount"), tr("\"%1\" is not an amount.").arg(m_amount->text())}});
        return false;
    }
    o.expectedClose = m_close->date() == NoDate ? QDate() : m_close->date();
    o.stage = m_stage->currentData().toString();
    const auto result = workspace().partners().updateOpportunity(o);
    if (!result) {
        problems()->show(tr("The opportunity was not saved"), result.problems());
        return false;
    }
    load(*result);
    showSaved(result->id);
    return true;
}
