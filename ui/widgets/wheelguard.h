#pragma once

#include <QObject>

class QWidget;

/// Keeps the mouse wheel from changing combo boxes, spin boxes, date
/// editors and tab bars that the user is only scrolling past in a long form: an editor
/// without the focus passes the wheel on to the scroll area.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    /// Guards every combo box, spin box and tab bar under `root` (present now).
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
