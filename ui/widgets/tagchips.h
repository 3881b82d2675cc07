#pragma once

#include <QWidget>

class FlowLayout;
class QToolButton;
class ReferenceService;

/// Tags as coloured chips, each with a remove button, and a "+" button
/// whose menu lists the other tags and offers to create one by name (when
/// the tag list allows inline creation). The value is a list of tag ids.
class TagChips : public QWidget
{
    Q_OBJECT
public:
    explicit TagChips(ReferenceService &refs, QWidget *parent = nullptr);

    QList<qint64> tagIds() const { return m_ids; }
    void setTagIds(const QList<qint64> &ids);
    void setReadOnly(bool readOnly);

    /// A chip for one tag: its name on its colour, text black or white for contrast.
    static QWidget *createChip(const QString &name, const QString &color, QWidget *parent);

signals:
    /// The user added or removed a tag.
    void changed();
    /// Creating a tag failed; the message says why.
    void problem(const QString &message);

private:
    void rebuild();
    void showAddMenu();
    void addTag(qint64 id);
    void removeTag(qint64 id);
    void createTag(const QString &name);

    ReferenceService &m_refs;
    QList<qint64> m_ids;
    FlowLayout *m_flow;
    QToolButton *m_add;
    bool m_readOnly = false;
};
