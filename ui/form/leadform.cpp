#include "leadform.h"

#include "activitytab.h"
#include "basiceditors.h"
#include "fieldeditor.h"
#include "icons.h"
#include "leadactions.h"
#include "leadcommands.h"
#include "leadfield.h"
#include "leadformheader.h"
#include "leadprinter.h"
#include "leadsections.h"
#include "leadservice.h"
#include "marketinglisttab.h"
#include "messagebanner.h"
#include "placeholdertab.h"
#include "problempresenter.h"
#include "referenceservice.h"
#include "statuschevronbar.h"
#include "statusservice.h"
#include "userservice.h"
#include "websearch.h"
#include "wheelguard.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// Whether two values of `field` are the same for the user.
bool sameValue(const LeadField &field, const QVariant &a, const QVariant &b)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Html:
    case FieldKind::Choice: return a.toString() == b.toString();
    case FieldKind::Bool: return a.toBool() == b.toBool();
    case FieldKind::Int:
    case FieldKind::Reference: return a.toLongLong() == b.toLongLong();
    case FieldKind::Decimal:
        if (a.isNull() || b.isNull())
            return a.isNull() == b.isNull();
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    case FieldKind::Date: return a.toDate() == b.toDate();
    case FieldKind::DateTime: return a.toDateTime() == b.toDateTime();
    case FieldKind::EmailList:
    case FieldKind::PhoneList: return a.toStringList() == b.toStringList();
    case FieldKind::RefList: {
        QList<qint64> x = a.value<QList<qint64>>(), y = b.value<QList<qint64>>();
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        return x == y;
    }
    }
    return a == b;
}

} // namespace

LeadForm::LeadForm(Workspace &ws, LeadCommands &commands, QWidget *parent) : QWidget(parent), m_ws(ws), m_commands(commands)
{
    setObjectName(QStringLiteral("leadForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new LeadFormHeader(this);
    layout->addWidget(m_header);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("formContent"));
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(16, 12, 16, 16);
    v->setSpacing(12);
    m_banner = new MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_state = new MessageBanner(content);
    v->addWidget(m_state);
    v->addWidget(m_banner);
    m_sections = new LeadSections(ws, content);
    v->addWidget(m_sections);
    m_problems = new ProblemPresenter(m_sections, m_banner, m_scroll, this);
    m_header->setEditors(m_sections->editor(QStringLiteral("title"))->widget(),
                         m_sections->editor(QStringLiteral("score"))->widget());

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("leadTabs"));
    m_tabs->setDocumentMode(false);
    m_activity = new ActivityTab(ws, m_tabs);
    m_activity->setCommands(&commands);
    m_tabs->addTab(m_activity, Icons::icon(QStringLiteral("activity")), tr("Activity"));
    m_lists = new MarketingListTab(m_sections->editor(QStringLiteral("marketing_lists")), m_tabs);
    m_tabs->addTab(m_lists, Icons::icon(QStringLiteral("list")), tr("Marketing lists"));
    m_tabs->setMinimumHeight(320);
    v->addWidget(m_tabs);
    v->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_sections->editor(QStringLiteral("title"))->widget());

    auto *webMenu = new QMenu(this);
    QAction *webCompany = webMenu->addAction(Icons::icon(QStringLiteral("web")), tr("Search the company on the web"));
    webCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction *webPerson = webMenu->addAction(Icons::icon(QStringLiteral("linkedin")), tr("Find the person on LinkedIn"));
    webPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    for (QAction *a : {webCompany, webPerson}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_header->webButton->setMenu(webMenu);
    connect(webMenu, &QMenu::aboutToShow, this, [this, webCompany, webPerson] {
        const Lead l = editedLead();
        webCompany->setEnabled(!WebSearch::companyUrl(l).isEmpty());
        webPerson->setEnabled(!WebSearch::personUrl(l).isEmpty());
    });
    connect(webCompany, &QAction::triggered, this, [this] { WebSearch::open(WebSearch::companyUrl(editedLead())); });
    connect(webPerson, &QAction::triggered, this, [this] { WebSearch::open(WebSearch::personUrl(editedLead())); });

    connect(m_header->backButton, &QToolButton::clicked, this, &LeadForm::closeRequested);
    connect(m_header->saveButton, &QPushButton::clicked, this, &LeadForm::save);
    connect(m_header->discardButton, &QPushButton::clicked, this, &LeadForm::discard);
    connect(m_header->takeButton, &QPushButton::clicked, this, &LeadForm::takeInCharge);
    connect(m_header->convertButton, &QPushButton::clicked, this, &LeadForm::convert);
    connect(m_header->loseButton, &QPushButton::clicked, this, &LeadForm::lose);
    connect(m_header->reopenButton, &QPushButton::clicked, this, &LeadForm::reopen);
    connect(m_header->printButton, &QPushButton::clicked, this, &LeadForm::printLead);
    connect(m_header->statusBar, &StatusChevronBar::statusClicked, this, &LeadForm::onStatusClicked);
    connect(m_sections, &LeadSections::edited, this, &LeadForm::onEdited);
    connect(m_sections, &LeadSections::problem, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Kind::Error, text);
    });
    connect(m_banner, &MessageBanner::linkActivated, this, [this](const QString &link) {
        // Field links are the presenter's; leads are for the main window.
        if (link.startsWith(QLatin1String("lead:")))
            emit openLeadRequested(link.mid(5).toLongLong());
    });
    if (auto *city = qobject_cast<CityEditor *>(editor(QStringLiteral("city"))))
        connect(city, &CityEditor::citySelected, this, &LeadForm::applyCity);
    connect(m_activity, &ActivityTab::countChanged, this, [this](int n) { updateTabTitle(m_activity, tr("Activity"), n); });
    connect(m_activity, &ActivityTab::problem, this, [this](const QString &t) { m_banner->showMessage(MessageBanner::Kind::Error, t); });
    connect(m_lists, &MarketingListTab::countChanged, this, [this](int n) { updateTabTitle(m_lists, tr("Marketing lists"), n); });
    connect(m_lists, &MarketingListTab::edited, this, [this] { onEdited(QStringLiteral("marketing_lists")); });
    connect(&ws, &Workspace::leadsChanged, this, &LeadForm::onLeadsChanged);
    connect(&ws, &Workspace::leadsRemoved, this, &LeadForm::onLeadsChanged);
    connect(&ws, &Workspace::leadsReset, this, [this] { onLeadsChanged({m_original.id}); });
    connect(&ws, &Workspace::statusesChanged, this, &LeadForm::refreshStatusBar);
    connect(&ws, &Workspace::optionsChanged, m_sections, &LeadSections::applyOptions);
    createHookTabs();
    WheelGuard::install(this);
    newLead();
}

LeadForm::~LeadForm() = default;

void LeadForm::setLeadActions(LeadActions *actions)
{
    m_actions = actions;
    createHookTabs();
}

void LeadForm::createHookTabs()
{
    struct HookTab
    {
        LeadTab tab;
        const char *icon;
        const char *title;
        const char *placeholder;
    };
    static const HookTab hooks[] = {
        {LeadTab::Events, "event", QT_TR_NOOP("Events"), QT_TR_NOOP("Calls, meetings and tasks scheduled on this lead will be listed here.")},
        {LeadTab::Emails, "email", QT_TR_NOOP("Emails"), QT_TR_NOOP("Emails sent from this lead will be kept here.")},
        {LeadTab::Attachments, "attachment", QT_TR_NOOP("Attachments"), QT_TR_NOOP("Files attached to this lead will be listed here.")},
        {LeadTab::Tickets, "ticket", QT_TR_NOOP("Tickets"), QT_TR_NOOP("Open and closed tickets of this lead will be listed here.")},
    };
    QWidget *current = m_tabs->currentWidget();
    for (LeadTabPage *old : std::as_const(m_hookTabs)) {
        m_tabs->removeTab(m_tabs->indexOf(old));
        old->deleteLater();
    }
    m_hookTabs.clear();
    int index = 1; // after Activity, before Marketing lists
    for (const HookTab &h : hooks) {
        LeadTabPage *page = m_actions ? m_actions->createLeadTab(h.tab, m_tabs) : nullptr;
        if (!page)
            page = new PlaceholderTab(QString::fromLatin1(h.icon), tr(h.placeholder), m_tabs);
        const QString title = tr(h.title);
        m_tabs->insertTab(index++, page, Icons::icon(QString::fromLatin1(h.icon)), title);
        connect(page, &LeadTabPage::countChanged, this, [this, page, title](int n) { updateTabTitle(page, title, n); });
        connect(page, &LeadTabPage::edited, this, [this] { onEdited(QString()); });
        page->setLead(m_original);
        m_hookTabs << page;
    }
    // Inserting tabs moves the current one: keep the one the user was on.
    m_tabs->setCurrentWidget(m_tabs->indexOf(current) >= 0 ? current : m_activity);
}

void LeadForm::updateTabTitle(QWidget *tab, const QString &title, int count)
{
    const int i = m_tabs->indexOf(tab);
    if (i >= 0)
        m_tabs->setTabText(i, count > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(count) : title);
}

FieldEditor *LeadForm::editor(const QString &key) const
{
    return m_sections->editor(key);
}

QString LeadForm::displayName(const Lead &lead) const
{
    if (lead.fullName().trimmed().isEmpty() && lead.company.trimmed().isEmpty() && lead.title.trimmed().isEmpty())
        return lead.id ? lead.displayName() : tr("New lead");
    return lead.displayName();
}

bool LeadForm::openLead(qint64 id)
{
    auto lead = m_ws.leads().get(id);
    if (!lead) {
        QMessageBox::warning(this, tr("Open lead"), lead.errorText());
        return false;
    }
    load(lead.value());
    m_scroll->verticalScrollBar()->setValue(0);
    return true;
}

void LeadForm::newLead()
{
    Lead lead;
    lead.statusId = m_ws.statuses().idOf(StatusRole::New);
    lead.assignedTo = m_ws.currentUserId();
    load(lead);
    m_scroll->verticalScrollBar()->setValue(0);
}

void LeadForm::load(const Lead &lead)
{
    m_original = lead;
    m_editBase.reset();
    m_problems->clearFields();
    m_banner->clear();
    for (FieldEditor *e : m_sections->orderedEditors())
        e->setValue(e->field().get(lead));
    if (FieldEditor *product = editor(QStringLiteral("product")))
        product->dependencyChanged(QStringLiteral("sales_direction"), QVariant::fromValue(lead.salesDirectionId));
    m_activity->setLead(lead);
    m_lists->setLead(lead);
    for (LeadTabPage *page : std::as_const(m_hookTabs))
        page->setLead(lead);
    // Read-only when converted, or when the acting user may not change it;
    // a field their role leaves alone (a marketeer's last name) is read-only.
    const Access &access = m_ws.access();
    m_readOnly = lead.id != 0 && (m_ws.leads().isConverted(lead) || !access.allows(lead, Access::LeadAction::Edit));
    for (FieldEditor *e : m_sections->orderedEditors())
        e->setReadOnly(m_readOnly || (lead.id != 0 && !access.allowsField(lead, e->field())));
    m_sections->setOutcomeVisible(m_ws.leads().isConverted(lead) || m_ws.leads().isLost(lead));
    m_wasModified = false;
    refresh();
    emit modifiedChanged(false);
}

Lead LeadForm::editedLead() const
{
    Lead lead = m_original;
    for (FieldEditor *e : m_sections->orderedEditors())
        if (!e->field().readOnly)
            e->field().set(lead, e->value());
    for (LeadTabPage *page : std::as_const(m_hookTabs))
        if (page->editsLead())
            page->applyTo(lead);
    return lead;
}

bool LeadForm::isModified() const
{
    if (m_readOnly)
        return false;
    const Lead edited = editedLead();
    for (const LeadField &f : leadFields())
        if (!f.readOnly && !sameValue(f, f.get(edited), f.get(m_original)))
            return true;
    return false;
}

void LeadForm::onEdited(const QString &key)
{
    m_problems->fieldEdited(key);
    refresh();
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

void LeadForm::refresh()
{
    const Lead lead = editedLead();
    const bool saved = m_original.id != 0;
    const bool converted = saved && m_ws.leads().isConverted(m_original);
    const bool lost = saved && m_ws.leads().isLost(m_original);
    const bool modified = isModified();
    const QString name = displayName(lead);
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (initials.size() < 2 && word.front().isLetter())
            initials += word.front().toUpper();
    m_header->setName(name, initials.isEmpty() ? QStringLiteral("+") : initials);

    QStringList facts;
    if (!lead.company.isEmpty() && !lead.fullName().trimmed().isEmpty())
        facts << lead.company;
    if (saved) {
        facts << tr("Lead #%1").arg(m_original.id);
        facts << tr("created %1 by %2")
                     .arg(QLocale().toString(m_original.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                          m_ws.users().nameOf(m_original.createdBy));
    } else {
        facts << tr("not saved yet");
    }
    facts << (lead.assignedTo ? tr("assigned to %1").arg(m_ws.users().nameOf(lead.assignedTo)) : tr("unassigned"));
    // Wrap between facts, never inside one.
    for (QString &fact : facts)
        fact.replace(QLatin1Char(' '), QChar(0x00A0));
    m_header->setFacts(facts.join(QStringLiteral(" \u00A0·\u00A0 ")));

    m_header->saveButton->setVisible(!m_readOnly);
    m_header->saveButton->setEnabled(modified || !saved);
    m_header->discardButton->setVisible(!m_readOnly && modified);
    m_header->takeButton->setVisible(saved && !converted && m_original.assignedTo != m_ws.currentUserId());
    m_header->convertButton->setEnabled(saved && !converted && !lost);
    m_header->loseButton->setEnabled(saved && !converted && !lost);
    m_header->convertButton->setVisible(!converted && !lost);
    m_header->loseButton->setVisible(!converted && !lost);
    m_header->reopenButton->setVisible(lost);
    m_header->printButton->setEnabled(saved);
    refreshStatusBar();
    refreshStateBanner();
    if (windowTitle() != name) {
        setWindowTitle(name);
        emit titleChanged();
    }
}

void LeadForm::refreshStatusBar()
{
    QList<StatusChevronBar::Step> steps;
    for (const LeadStatus &s : m_ws.statuses().all()) {
        StatusChevronBar::Step step;
        step.id = s.id;
        step.name = s.name;
        step.closed = !s.isOpen;
        step.clickable = s.isOpen && s.role != StatusRole::Converted && s.role != StatusRole::Lost;
        if (s.role == StatusRole::Converted)
            step.color = QStringLiteral("#2e9e6b");
        else if (s.role == StatusRole::Lost)
            step.color = QStringLiteral("#c0392b");
        steps << step;
    }
    m_header->statusBar->setSteps(steps);
    m_header->statusBar->setCurrent(m_original.statusId);
    const bool movable = !m_readOnly && !(m_original.id && m_ws.leads().isLost(m_original));
    m_header->statusBar->setInteractive(movable);
}

void LeadForm::refreshStateBanner()
{
    if (m_original.id == 0) {
        m_state->clear();
        return;
    }
    const QString when = QLocale().toString(m_original.convertedAt.toLocalTime(), QLocale::ShortFormat);
    if (m_ws.leads().isConverted(m_original)) {
        m_state->showMessage(MessageBanner::Kind::Success, tr("Converted on %1: the lead is kept as it was and can no longer be changed.").arg(when));
    } else if (m_ws.leads().isLost(m_original)) {
        const QString reason = m_ws.references().nameOf(RefKind::LossReason, m_original.lostReasonId);
        QList<MessageBanner::Line> lines;
        if (!m_original.lostComment.isEmpty())
            lines << MessageBanner::Line{m_original.lostComment, {}};
        m_state->showMessage(MessageBanner::Kind::Warning,
                             reason.isEmpty() ? tr("This lead is lost.") : tr("This lead is lost: %1.").arg(reason), lines);
        m_state->addAction(tr("Reopen"), [this] { reopen(); });
    } else {
        m_state->clear();
    }
}

bool LeadForm::save()
{
    if (m_readOnly)
        return false;
    Problems local;
    for (FieldEditor *e : m_sections->orderedEditors())
        if (const QString p = e->inputProblem(); !p.isEmpty())
            local << Problem{e->key(), p};
    if (!local.isEmpty()) {
        m_problems->show(tr("The lead was not saved:"), local);
        return false;
    }
    const Lead lead = editedLead();
    m_saving = true;
    const Lead base = m_editBase.value_or(m_original);
    auto saved = m_commands.save(lead, lead.id ? std::optional<Lead>(base) : std::nullopt);
    m_saving = false;
    if (!saved) {
        const QList<FieldConflict> clash = lead.id ? m_ws.leads().conflicts(base, lead) : QList<FieldConflict>{};
        if (!clash.isEmpty()) {
            showConflicts(clash);
            return false;
        }
        m_problems->show(tr("The lead was not saved:"), saved.problems());
        return false;
    }
    const bool created = lead.id == 0;
    load(saved->lead);
    if (!saved->likelyDuplicates.isEmpty())
        showDuplicates(saved->likelyDuplicates);
    emit leadSaved(saved->lead.id);
    emit message(created ? tr("Lead #%1 created").arg(saved->lead.id) : tr("Lead saved"));
    return true;
}

void LeadForm::showConflicts(const QList<FieldConflict> &clash)
{
    QList<MessageBanner::Line> lines;
    for (const FieldConflict &c : clash) {
        const LeadField *f = leadField(c.field);
        lines << MessageBanner::Line{tr("%1: %2 changed it at %3 to \"%4\" (yours: \"%5\")")
                                         .arg(f ? f->translatedLabel() : c.field, c.user,
                                              QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat), c.theirs, c.mine),
                                     {}};
    }
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("Not saved: someone else changed %n of the fields you changed since you opened this lead.", nullptr,
                             int(clash.size())),
                          lines);
    m_banner->addAction(tr("Keep mine"), [this] { resolveConflicts(true); });
    m_banner->addAction(tr("Take theirs"), [this] { resolveConflicts(false); });
}

void LeadForm::resolveConflicts(bool keepMine)
{
    const auto current = m_ws.leads().get(m_original.id);
    if (!current) {
        m_problems->show(tr("The lead was not saved:"), current.problems());
        return;
    }
    const Lead mine = editedLead();
    const Lead base = m_editBase.value_or(m_original);
    const QList<FieldConflict> clash = m_ws.leads().conflicts(base, mine);
    // The stored lead becomes what the form read; the fields this user
    // changed keep their values (theirs where taken), every other field
    // shows what is stored now.
    Lead rebased = *current;
    for (const LeadField &f : leadFields()) {
        if (f.readOnly || f.get(mine) == f.get(base))
            continue;
        const bool theirs = !keepMine && std::any_of(clash.cbegin(), clash.cend(), [&](const FieldConflict &c) { return c.field == f.key; });
        if (!theirs)
            f.set(rebased, f.get(mine));
    }
    load(*current);
    for (FieldEditor *e : m_sections->orderedEditors())
        if (!e->field().readOnly)
            e->setValue(e->field().get(rebased));
    refresh();
    emit modifiedChanged(isModified());
    if (keepMine)
        save();
    else
        emit message(tr("Their values are in the form; your other changes are still to be saved."));
}

void LeadForm::showDuplicates(const QList<qint64> &ids)
{
    QList<MessageBanner::Line> lines;
    for (qint64 id : ids) {
        const auto other = m_ws.leads().get(id);
        if (!other)
            continue;
        QString text = QStringLiteral("#%1  %2").arg(id).arg(other->displayName());
        if (!other->company.isEmpty() && other->company != other->displayName())
            text += QStringLiteral(" (%1)").arg(other->company);
        lines << MessageBanner::Line{text, QStringLiteral("lead:%1").arg(id)};
    }
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("Saved. This lead looks like %n other lead(s): same last name and at least two of "
                             "first name, email, phone, company.", nullptr, int(lines.size())),
                          lines);
    const QList<qint64> group = QList<qint64>{m_original.id} + ids;
    m_banner->addAction(tr("Check duplicates…"), [this, group] {
        if (m_actions)
            m_actions->checkDuplicates(group, this);
    });
}

void LeadForm::discard()
{
    load(m_original);
}

bool LeadForm::maybeClose()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to %1?").arg(displayName(editedLead())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("If you do not save, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: discard(); return true;
    default: return false;
    }
}

void LeadForm::onLeadsChanged(const QList<qint64> &ids)
{
    if (m_saving || m_original.id == 0 || !ids.contains(m_original.id))
        return;
    auto fresh = m_ws.leads().get(m_original.id);
    if (!fresh) {
        m_state->showMessage(MessageBanner::Kind::Warning, fresh.errorText());
        m_readOnly = true;
        for (FieldEditor *e : m_sections->orderedEditors())
            e->setReadOnly(true);
        return;
    }
    if (!isModified()) {
        load(fresh.value());
        return;
    }
    // The user has edits: take the new values only of the fields not touched.
    // Their edits still stand on the lead as they first read it: a field
    // someone else changed too is a conflict, shown now and refused by a save.
    if (!m_editBase)
        m_editBase = m_original;
    bool refreshed = false;
    for (FieldEditor *e : m_sections->orderedEditors())
        if (sameValue(e->field(), e->value(), e->field().get(m_original))
            && !sameValue(e->field(), e->value(), e->field().get(fresh.value()))) {
            e->setValue(e->field().get(fresh.value()));
            refreshed = true;
        }
    m_original = fresh.value();
    m_activity->setLead(m_original);
    refresh();
    const QList<FieldConflict> clash = m_ws.leads().conflicts(*m_editBase, editedLead());
    if (!clash.isEmpty())
        showConflicts(clash);
    else if (refreshed)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("This lead was changed elsewhere meanwhile: the fields you have not touched show the new values."));
}

void LeadForm::onStatusClicked(qint64 statusId)
{
    if (m_original.id == 0) {
        // A new lead starts in the chosen status when it is saved.
        m_original.statusId = statusId;
        refreshStatusBar();
        return;
    }
    auto r = m_commands.changeStatus({m_original.id}, statusId);
    if (!r)
        m_problems->show(tr("The status was not changed:"), r.problems());
}

void LeadForm::applyCity(const City &city)
{
    auto set = [this](const QString &key, const QVariant &value) {
        if (FieldEditor *e = editor(key); e && value.isValid()) {
            e->setValue(value);
            onEdited(key);
        }
    };
    if (!city.postalCode.isEmpty())
        set(QStringLiteral("postal_code"), city.postalCode);
    if (!city.region.isEmpty())
        set(QStringLiteral("region"), city.region);
    if (city.countryId)
        set(QStringLiteral("country"), QVariant::fromValue(city.countryId));
    if (city.latitude && city.longitude) {
        set(QStringLiteral("latitude"), *city.latitude);
        set(QStringLiteral("longitude"), *city.longitude);
    }
}

bool LeadForm::saveBeforeWorkflow()
{
    if (m_original.id == 0 || isModified())
        return save();
    return true;
}

void LeadForm::takeInCharge()
{
    if (!saveBeforeWorkflow())
        return;
    auto r = m_commands.takeInCharge({m_original.id});
    if (!r)
        m_problems->show(tr("The lead was not taken in charge:"), r.problems());
    else
        emit message(tr("You have taken the lead in charge"));
}

void LeadForm::convert()
{
    if (m_actions && saveBeforeWorkflow())
        m_actions->convert(m_original.id, this);
}

void LeadForm::lose()
{
    if (m_actions && saveBeforeWorkflow())
        m_actions->lose(m_original.id, this);
}

void LeadForm::reopen()
{
    if (m_actions && m_original.id)
        m_actions->reopen(m_original.id, this);
}

void LeadForm::printLead()
{
    if (m_original.id)
        LeadPrinter::print(m_ws, editedLead(), this);
}

void LeadForm::saveReportAsPdf()
{
    if (m_original.id && LeadPrinter::saveAsPdfInteractive(m_ws, editedLead(), this))
        emit message(tr("Report saved"));
}
