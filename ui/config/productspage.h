#pragma once

#include "referencelistpage.h"

class QComboBox;
class QLabel;

/// Products and services: the reference page where each product belongs to
/// a sales direction (chosen when adding, changed on the right).
class ProductsPage : public ReferenceListPage
{
    Q_OBJECT
public:
    explicit ProductsPage(Workspace &ws, QWidget *parent = nullptr);

    /// The direction a new product gets (the add bar's choice).
    void setNewDirection(qint64 directionId);

protected:
    ReferenceItem newItem(const QString &name) const override;
    void currentItemChanged(const std::optional<ReferenceItem> &item) override;

private:
    void fillDirections();
    void changeDirection();
    QComboBox *m_newDirection;
    QComboBox *m_direction;
    QLabel *m_hint;
};
