#pragma once

#include <QLineEdit>

class QTimer;

/// A search box for search as you type: a search icon, a clear button, and
/// searchChanged() once the user pauses (debounced, 150 ms by default) or
/// presses Enter. Escape clears it.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    void setDebounceInterval(int ms);
    int debounceInterval() const;

signals:
    /// The text the search should use, after the pause.
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fire();
    QTimer *m_timer;
    QString m_lastFired;
};
