#include "richtextedit.h"

#include "icons.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
/// An image as a data: URL (PNG), scaled down to a sensible width first.
QString dataUrl(QImage image)
{
    if (image.width() > 1200)
        image = image.scaledToWidth(1200, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

void insertImageAt(QTextEdit *edit, const QImage &image)
{
    const QString url = dataUrl(image);
    edit->document()->addResource(QTextDocument::ImageResource, QUrl(url), image);
    QTextImageFormat fmt;
    fmt.setName(url);
    fmt.setWidth(qMin(image.width(), 480));
    fmt.setHeight(double(qMin(image.width(), 480)) * image.height() / qMax(1, image.width()));
    edit->textCursor().insertImage(fmt);
}
/// The text area: loads the data: URL images that the HTML carries and
/// embeds pasted images.
class DataUrlTextEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

QVariant DataUrlTextEdit::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("data")) {
        const QString s = name.toString();
        const qsizetype comma = s.indexOf(QLatin1Char(','));
        if (comma > 0) {
            QImage image;
            image.loadFromData(QByteArray::fromBase64(s.mid(comma + 1).toLatin1()));
            if (!image.isNull())
                return image;
        }
    }
    return QTextEdit::loadResource(type, name);
}

bool DataUrlTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || QTextEdit::canInsertFromMimeData(source);
}

void DataUrlTextEdit::insertFromMimeData(const QMimeData *source)
{
    // A pasted image becomes part of the HTML, not a link to a temporary file.
    if (source->hasImage()) {
        insertImageAt(this, qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace

RichTextEdit::RichTextEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toolbar = new QToolBar(this);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setStyleSheet(QStringLiteral("QToolBar { border: none; background: transparent; spacing: 2px; }"));
    m_edit = new DataUrlTextEdit(this);
    m_edit->setAcceptRichText(true);
    m_edit->setMinimumHeight(120);
    m_edit->setTabChangesFocus(true);
    setFocusProxy(m_edit);

    auto toggle = [this](const QString &icon, const QString &text, const QKeySequence &key, auto apply) {
        QAction *a = m_toolbar->addAction(Icons::icon(icon), text);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat fmt;
            apply(fmt, on);
            m_edit->mergeCurrentCharFormat(fmt);
            m_edit->setFocus();
        });
        return a;
    };
    QAction *bold = toggle(QStringLiteral("bold"), tr("Bold"), QKeySequence::Bold,
                           [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    QAction *italic = toggle(QStringLiteral("italic"), tr("Italic"), QKeySequence::Italic,
                             [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    QAction *underline = toggle(QStringLiteral("underline"), tr("Underline"), QKeySequence::Underline,
                                [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [bold, italic, underline](const QTextCharFormat &f) {
        bold->setChecked(f.fontWeight() >= QFont::Bold);
        italic->setChecked(f.fontItalic());
        underline->setChecked(f.fontUnderline());
    });
    m_toolbar->addSeparator();
    auto list = [this](const QString &icon, const QString &text, QTextListFormat::Style style) {
        connect(m_toolbar->addAction(Icons::icon(icon), text), &QAction::triggered, this, [this, style] {
            QTextCursor c = m_edit->textCursor();
            if (QTextList *l = c.currentList(); l && l->format().style() == style) {
                QTextBlockFormat block;
                block.setIndent(0);
                l->remove(c.block());
                c.setBlockFormat(block);
            } else {
                c.createList(style);
            }
            m_edit->setFocus();
        });
    };
    list(QStringLiteral("list-bullet"), tr("Bulleted list"), QTextListFormat::ListDisc);
    list(QStringLiteral("list-number"), tr("Numbered list"), QTextListFormat::ListDecimal);
    m_toolbar->addSeparator();
    connect(m_toolbar->addAction(Icons::icon(QStringLiteral("image")), tr("Insert image…")), &QAction::triggered, this, [this] {
        QStringList patterns;
        for (const QByteArray &f : QImageReader::supportedImageFormats())
            patterns << QStringLiteral("*.") + QString::fromLatin1(f);
        const QString path = QFileDialog::getOpenFileName(this, tr("Insert image"), {},
                                                          tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
        if (!path.isEmpty())
            insertImage(path);
    });
    for (QAction *a : m_toolbar->actions())
        a->setToolTip(a->shortcut().isEmpty() ? a->text() : QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));

    layout->addWidget(m_toolbar);
    layout->addWidget(m_edit);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QString RichTextEdit::html() const
{
    const QTextDocument *doc = m_edit->document();
    if (doc->isEmpty() || (doc->toPlainText().trimmed().isEmpty() && !doc->toHtml().contains(QLatin1String("<img"))))
        return {};
    return doc->toHtml();
}

void RichTextEdit::setHtml(const QString &html)
{
    m_loading = true;
    m_edit->setHtml(html);
    m_loading = false;
}

void RichTextEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolbar->setVisible(!readOnly);
}

bool RichTextEdit::insertImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    insertImageAt(m_edit, image);
    return true;
}
