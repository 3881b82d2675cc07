#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace AppTheme {

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(Accent));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(Accent));
    p.setColor(QPalette::Mid, QColor(0xc5, 0xce, 0xd8));
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe8, 0xee));
    p.setColor(QPalette::Dark, QColor(0x7b, 0x87, 0x94));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x3f, 0x4b));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa5, 0xb1));
    app.setPalette(p);

    app.setStyleSheet(QStringLiteral(R"(
QToolTip { border: none; padding: 4px 6px; }
QMainWindow::separator { width: 1px; background: #dde3ea; }
QToolBar#mainToolBar { background: #ffffff; border: none; border-bottom: 1px solid #dde3ea; padding: 4px 8px; spacing: 4px; }
QToolBar#mainToolBar QToolButton { padding: 4px 8px; border-radius: 5px; }
QToolBar#mainToolBar QToolButton:hover { background: #eaf1f9; }
QToolButton#primaryButton, QPushButton#primaryButton {
    background: #2f6fb0; color: white; border: 1px solid #285f97; border-radius: 5px; padding: 5px 12px; font-weight: bold; }
QToolButton#primaryButton:hover, QPushButton#primaryButton:hover { background: #3a7fc4; }
QToolButton#primaryButton:disabled, QPushButton#primaryButton:disabled { background: #a8c1dc; border-color: #a8c1dc; }
QListView#navigation { background: #ffffff; border: none; border-right: 1px solid #dde3ea; outline: none; padding: 8px 6px; }
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit {
    border: 1px solid #cfd7e0; border-radius: 4px; padding: 3px 5px; background: white; selection-background-color: #2f6fb0; }
QComboBox { padding-right: 22px; }
QComboBox::drop-down, QDateTimeEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none; }
QComboBox::down-arrow, QDateTimeEdit::down-arrow { image: url(:/icons/chevron-down.svg); width: 12px; height: 12px; }
QComboBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled { image: none; }
QAbstractSpinBox { padding-right: 20px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: border; width: 18px; border: none; border-left: 1px solid #e4e9ef; background: transparent; }
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 4px; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 4px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: #e3eefa; }
QAbstractSpinBox::up-arrow { image: url(:/icons/chevron-up.svg); width: 14px; height: 14px; }
QAbstractSpinBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 14px; height: 14px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off,
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off { image: none; }
QAbstractSpinBox:disabled { background: #f5f7fa; color: #52606d; }
QComboBox:disabled, QLineEdit:disabled { background: #f5f7fa; color: #52606d; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus { border-color: #2f6fb0; }
QLineEdit:read-only { background: #f5f7fa; }
*[problem="true"] { border: 1px solid #d64545; background: #fff5f5; }
QFrame#sectionCard { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#sectionTitle { font-weight: bold; color: #2f5d8a; font-size: 11pt; }
QLabel#fieldLabel { color: #52606d; }
QFrame#formHeader { background: white; border-bottom: 1px solid #dde3ea; }
QLabel#leadName { font-size: 17pt; font-weight: bold; color: #1f2933; }
QLabel#leadTitle { font-size: 11pt; color: #52606d; }
QLabel#avatar { background: #dbe7f4; color: #2f5d8a; border-radius: 24px; font-weight: bold; font-size: 14pt; }
QTableView { border: none; gridline-color: #eef1f5; selection-background-color: #dbe8f6; selection-color: #1f2933; }
QHeaderView::section { background: #f7f9fb; border: none; border-bottom: 1px solid #dde3ea; border-right: 1px solid #eef1f5;
    padding: 5px 6px; color: #52606d; font-weight: bold; }
QFrame#filterBar { background: white; border-bottom: 1px solid #dde3ea; }
QFrame#filterBar QToolButton { border: 1px solid #cfd7e0; border-radius: 13px; padding: 3px 10px; background: white; }
QFrame#filterBar QToolButton:hover { border-color: #2f6fb0; }
QFrame#filterBar QToolButton[active="true"] { background: #e3eefa; border-color: #2f6fb0; color: #1d4b7a; }
QFrame#selectionBar { background: #e8f1fb; border-bottom: 1px solid #a9c8ea; }
QTabWidget::pane { border: 1px solid #dde3ea; border-radius: 6px; background: white; top: -1px; }
QTabBar::tab { padding: 6px 14px; border: 1px solid transparent; border-bottom: none; color: #52606d; }
QTabBar::tab:selected { background: white; border-color: #dde3ea; border-top-left-radius: 6px; border-top-right-radius: 6px; color: #1f2933; font-weight: bold; }
QMenu { background: #ffffff; border: 1px solid #cfd7e0; padding: 4px 0px; }
QMenu::item { padding: 5px 28px 5px 12px; }
QMenu::item:selected { background: #e3eefa; color: #1f2933; }
QMenu::item:disabled { color: #9aa5b1; }
QMenu::separator { height: 1px; background: #e4e8ee; margin: 4px 8px; }
QMenu::icon { padding-left: 8px; }
QListWidget#filterChoices { background: transparent; outline: none; }
QListWidget#filterChoices::item { padding: 4px 6px; border-radius: 4px; }
QListWidget#filterChoices::item:hover { background: #f1f4f8; }
QListWidget#filterChoices::item:selected { background: #e3eefa; color: #1f2933; }
QListWidget#filterChoices::indicator, QListWidget#checkList::indicator {
    width: 14px; height: 14px; border: 1px solid #9aa5b1; border-radius: 3px; background: #ffffff; }
QListWidget#filterChoices::indicator:checked, QListWidget#checkList::indicator:checked {
    background: #2f6fb0; border-color: #2f6fb0; image: url(:/icons/check-light.svg); }
QListWidget#checkList::item { padding: 4px 2px; }
QListWidget#checkList { border: 1px solid #dde3ea; border-radius: 4px; }
QStatusBar { background: #ffffff; border-top: 1px solid #dde3ea; color: #52606d; }
)"));
}

} // namespace AppTheme
