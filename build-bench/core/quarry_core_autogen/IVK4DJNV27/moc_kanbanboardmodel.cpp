/****************************************************************************
** Meta object code from reading C++ file 'kanbanboardmodel.h'
**
** Created by: The Qt Meta Object Compiler version 68 (Qt 6.4.2)
**
** WARNING! All changes made in this file will be lost!
*****************************************************************************/

#include <memory>
#include "../../../../core/models/kanbanboardmodel.h"
#include <QtCore/qmetatype.h>
#if !defined(Q_MOC_OUTPUT_REVISION)
#error "The header file 'kanbanboardmodel.h' doesn't include <QObject>."
#elif Q_MOC_OUTPUT_REVISION != 68
#error "This file was generated using the moc from 6.4.2. It"
#error "cannot be used with the include files from this version of Qt."
#error "(The moc has changed too much.)"
#endif

#ifndef Q_CONSTINIT
#define Q_CONSTINIT
#endif

QT_BEGIN_MOC_NAMESPACE
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
namespace {
struct qt_meta_stringdata_KanbanBoardModel_t {
    uint offsetsAndSizes[12];
    char stringdata0[17];
    char stringdata1[5];
    char stringdata2[13];
    char stringdata3[10];
    char stringdata4[11];
    char stringdata5[18];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_KanbanBoardModel_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_KanbanBoardModel_t qt_meta_stringdata_KanbanBoardModel = {
    {
        QT_MOC_LITERAL(0, 16),  // "KanbanBoardModel"
        QT_MOC_LITERAL(17, 4),  // "Role"
        QT_MOC_LITERAL(22, 12),  // "StatusIdRole"
        QT_MOC_LITERAL(35, 9),  // "CountRole"
        QT_MOC_LITERAL(45, 10),  // "IsOpenRole"
        QT_MOC_LITERAL(56, 17)   // "StatusRoleKeyRole"
    },
    "KanbanBoardModel",
    "Role",
    "StatusIdRole",
    "CountRole",
    "IsOpenRole",
    "StatusRoleKeyRole"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_KanbanBoardModel[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       1,   14, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

 // enums: name, alias, flags, count, data
       1,    1, 0x0,    4,   19,

 // enum data: key, value
       2, uint(KanbanBoardModel::StatusIdRole),
       3, uint(KanbanBoardModel::CountRole),
       4, uint(KanbanBoardModel::IsOpenRole),
       5, uint(KanbanBoardModel::StatusRoleKeyRole),

       0        // eod
};

Q_CONSTINIT const QMetaObject KanbanBoardModel::staticMetaObject = { {
    QMetaObject::SuperData::link<QAbstractListModel::staticMetaObject>(),
    qt_meta_stringdata_KanbanBoardModel.offsetsAndSizes,
    qt_meta_data_KanbanBoardModel,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_KanbanBoardModel_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<KanbanBoardModel, std::true_type>
    >,
    nullptr
} };

void KanbanBoardModel::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *KanbanBoardModel::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *KanbanBoardModel::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_KanbanBoardModel.stringdata0))
        return static_cast<void*>(this);
    return QAbstractListModel::qt_metacast(_clname);
}

int KanbanBoardModel::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = QAbstractListModel::qt_metacall(_c, _id, _a);
    return _id;
}
QT_WARNING_POP
QT_END_MOC_NAMESPACE
