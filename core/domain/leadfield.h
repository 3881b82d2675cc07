#pragma once

#include "lead.h"
#include "reference.h"

#include <QVariant>

#include <functional>

/// How a lead field's value is typed, checked and shown.
enum class FieldKind {
    Text,       ///< QString
    Html,       ///< QString holding rich text
    Bool,       ///< bool
    Int,        ///< int
    Decimal,    ///< double, or a null QVariant when unset
    Date,       ///< QDate
    DateTime,   ///< QDateTime
    Reference,  ///< qint64 id into the list named by `ref` (0 = none)
    Choice,     ///< QString, one of `choices` (or empty)
    EmailList,  ///< QStringList
    PhoneList,  ///< QStringList
    RefList,    ///< QList<qint64> ids into the list named by `ref` (tags, marketing lists)
};

/// The form section a field belongs to.
enum class FieldSection { General, Contact, Address, Links, FollowUp, Marketing, Qualification, Outcome, System };

/// One allowed value of a Choice field: stored key and translatable label.
struct FieldChoice
{
    const char *key;
    const char *label; ///< context "LeadField"
};

/// Describes one lead field once for the CLI, JSON, CSV, history, merge and
/// forms: its snake_case key (the name users and scripts type), its label,
/// kind, and typed accessors. The storage column is the key unless `column`
/// says otherwise; list fields have no column.
struct LeadField
{
    QString key;
    const char *label = nullptr; ///< context "LeadField"
    FieldKind kind = FieldKind::Text;
    FieldSection section = FieldSection::General;
    RefKind ref = RefKind::None;
    QList<FieldChoice> choices;
    bool readOnly = false;  ///< system or derived: never set by users
    QString column;         ///< storage column, empty for list fields
    std::function<QVariant(const Lead &)> get;
    std::function<void(Lead &, const QVariant &)> set;

    QString translatedLabel() const;
    bool isList() const
    {
        return kind == FieldKind::EmailList || kind == FieldKind::PhoneList || kind == FieldKind::RefList;
    }
    /// True when the value counts as blank (empty text, 0 id, unset number,
    /// invalid date, false flag, empty list).
    bool isBlank(const Lead &lead) const;
    /// The label of a choice key, or the key itself when unknown.
    QString choiceLabel(const QString &choiceKey) const;
};

/// Every lead field, in form order.
const QList<LeadField> &leadFields();
/// The field with that key (also accepting a few aliases such as "emails",
/// "phones", "function", "company_name"), or nullptr.
const LeadField *leadField(const QString &key);
/// Whether every cell of `header` is the key of a lead field, each once:
/// the header Quarry's own export writes.
bool isFieldKeyHeader(const QStringList &header);

/// Keys of the Choice fields' fixed values.
namespace LeadChoice {
inline constexpr auto DecidesAlone = "decides_alone";
}
