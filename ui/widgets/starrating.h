#pragma once

#include <QWidget>

/// Lead scoring as 0–5 stars. Click a star to set it (click the current
/// one again to clear), or use the keyboard: Left/Right, +/−, digits 0–5.
class StarRating : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit StarRating(QWidget *parent = nullptr);

    int value() const { return m_value; }
    void setValue(int value);
    int maximum() const { return 5; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Star size in pixels (default 18).
    void setStarSize(int size);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// Paints `value` filled stars out of five in `rect`, left aligned and
    /// vertically centred, for delegates and headers.
    static void paint(QPainter *painter, const QRect &rect, int value, int starSize, const QPalette &palette,
                      int hovered = -1);

signals:
    /// The user changed the value (not emitted by setValue).
    void valueChanged(int value);

protected:
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int starAt(const QPoint &pos) const;
    void choose(int value);

    int m_value = 0;
    int m_hovered = -1;
    int m_starSize = 18;
    bool m_readOnly = false;
};
