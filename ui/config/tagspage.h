#pragma once

#include "referencelistpage.h"

class QLabel;
class QToolButton;

/// Tags: the reference page with a colour for each tag, shown as a swatch
/// and chosen with QColorDialog. New tags take the next colour of a palette.
class TagsPage : public ReferenceListPage
{
    Q_OBJECT
public:
    explicit TagsPage(Workspace &ws, QWidget *parent = nullptr);

    /// Sets the colour of a tag ("#rrggbb") through ReferenceService.
    bool setTagColor(qint64 id, const QString &color);

protected:
    ReferenceItem newItem(const QString &name) const override;
    void currentItemChanged(const std::optional<ReferenceItem> &item) override;

private:
    void chooseColor();
    QLabel *m_hint;
    QToolButton *m_swatch;
};
