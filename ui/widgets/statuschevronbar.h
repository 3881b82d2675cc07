#pragma once

#include <QList>
#include <QWidget>

/// The lead's statuses as a row of chevrons, the current one highlighted.
/// A click (or Left/Right then Enter) on a clickable step asks to move the
/// lead there; converted and lost are shown but never clickable: they are
/// reached through Convert and Lose.
class StatusChevronBar : public QWidget
{
    Q_OBJECT
public:
    struct Step
    {
        qint64 id = 0;
        QString name;
        bool clickable = true;
        bool closed = false; ///< drawn after a gap, muted
        QString color;       ///< "#rrggbb" fill when current (default: the highlight colour)
    };

    explicit StatusChevronBar(QWidget *parent = nullptr);

    void setSteps(const QList<Step> &steps);
    const QList<Step> &steps() const { return m_steps; }
    void setCurrent(qint64 id);
    qint64 current() const { return m_current; }
    /// Turns every step off (a converted lead, an unsaved form…).
    void setInteractive(bool interactive);

    /// The rectangle of the step with that id (for tests and tooltips).
    QRect stepRect(qint64 id) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose a clickable step other than the current one.
    void statusClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *) override;
    bool event(QEvent *event) override;

private:
    void layoutSteps();
    int stepAt(const QPoint &pos) const;
    bool canChoose(int index) const;

    QList<Step> m_steps;
    QList<QRect> m_rects;
    qint64 m_current = 0;
    int m_hovered = -1;
    int m_focused = -1;
    bool m_interactive = true;
};
