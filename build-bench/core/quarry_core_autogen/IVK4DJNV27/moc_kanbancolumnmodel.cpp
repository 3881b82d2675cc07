/****************************************************************************
** Meta object code from reading C++ file 'kanbancolumnmodel.h'
**
** Created by: The Qt Meta Object Compiler version 68 (Qt 6.4.2)
**
** WARNING! All changes made in this file will be lost!
*****************************************************************************/

#include <memory>
#include "../../../../core/models/kanbancolumnmodel.h"
#include <QtCore/qmetatype.h>
#include <QtCore/QList>
#if !defined(Q_MOC_OUTPUT_REVISION)
#error "The header file 'kanbancolumnmodel.h' doesn't include <QObject>."
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
struct qt_meta_stringdata_KanbanColumnModel_t {
    uint offsetsAndSizes[40];
    char stringdata0[18];
    char stringdata1[22];
    char stringdata2[1];
    char stringdata3[14];
    char stringdata4[4];
    char stringdata5[11];
    char stringdata6[17];
    char stringdata7[14];
    char stringdata8[5];
    char stringdata9[11];
    char stringdata10[13];
    char stringdata11[10];
    char stringdata12[11];
    char stringdata13[14];
    char stringdata14[15];
    char stringdata15[12];
    char stringdata16[18];
    char stringdata17[14];
    char stringdata18[14];
    char stringdata19[16];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_KanbanColumnModel_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_KanbanColumnModel_t qt_meta_stringdata_KanbanColumnModel = {
    {
        QT_MOC_LITERAL(0, 17),  // "KanbanColumnModel"
        QT_MOC_LITERAL(18, 21),  // "statusChangeRequested"
        QT_MOC_LITERAL(40, 0),  // ""
        QT_MOC_LITERAL(41, 13),  // "QList<qint64>"
        QT_MOC_LITERAL(55, 3),  // "ids"
        QT_MOC_LITERAL(59, 10),  // "toStatusId"
        QT_MOC_LITERAL(70, 16),  // "convertRequested"
        QT_MOC_LITERAL(87, 13),  // "loseRequested"
        QT_MOC_LITERAL(101, 4),  // "Role"
        QT_MOC_LITERAL(106, 10),  // "LeadIdRole"
        QT_MOC_LITERAL(117, 12),  // "StatusIdRole"
        QT_MOC_LITERAL(130, 9),  // "ScoreRole"
        QT_MOC_LITERAL(140, 10),  // "TagIdsRole"
        QT_MOC_LITERAL(151, 13),  // "NextEventRole"
        QT_MOC_LITERAL(165, 14),  // "AssignedToRole"
        QT_MOC_LITERAL(180, 11),  // "CompanyRole"
        QT_MOC_LITERAL(192, 17),  // "OwnerInitialsRole"
        QT_MOC_LITERAL(210, 13),  // "TagColorsRole"
        QT_MOC_LITERAL(224, 13),  // "OwnerNameRole"
        QT_MOC_LITERAL(238, 15)   // "DisplayNameRole"
    },
    "KanbanColumnModel",
    "statusChangeRequested",
    "",
    "QList<qint64>",
    "ids",
    "toStatusId",
    "convertRequested",
    "loseRequested",
    "Role",
    "LeadIdRole",
    "StatusIdRole",
    "ScoreRole",
    "TagIdsRole",
    "NextEventRole",
    "AssignedToRole",
    "CompanyRole",
    "OwnerInitialsRole",
    "TagColorsRole",
    "OwnerNameRole",
    "DisplayNameRole"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_KanbanColumnModel[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       3,   14, // methods
       0,    0, // properties
       1,   43, // enums/sets
       0,    0, // constructors
       0,       // flags
       3,       // signalCount

 // signals: name, argc, parameters, tag, flags, initial metatype offsets
       1,    2,   32,    2, 0x06,    1 /* Public */,
       6,    1,   37,    2, 0x06,    4 /* Public */,
       7,    1,   40,    2, 0x06,    6 /* Public */,

 // signals: parameters
    QMetaType::Void, 0x80000000 | 3, QMetaType::LongLong,    4,    5,
    QMetaType::Void, 0x80000000 | 3,    4,
    QMetaType::Void, 0x80000000 | 3,    4,

 // enums: name, alias, flags, count, data
       8,    8, 0x0,   11,   48,

 // enum data: key, value
       9, uint(KanbanColumnModel::LeadIdRole),
      10, uint(KanbanColumnModel::StatusIdRole),
      11, uint(KanbanColumnModel::ScoreRole),
      12, uint(KanbanColumnModel::TagIdsRole),
      13, uint(KanbanColumnModel::NextEventRole),
      14, uint(KanbanColumnModel::AssignedToRole),
      15, uint(KanbanColumnModel::CompanyRole),
      16, uint(KanbanColumnModel::OwnerInitialsRole),
      17, uint(KanbanColumnModel::TagColorsRole),
      18, uint(KanbanColumnModel::OwnerNameRole),
      19, uint(KanbanColumnModel::DisplayNameRole),

       0        // eod
};

Q_CONSTINIT const QMetaObject KanbanColumnModel::staticMetaObject = { {
    QMetaObject::SuperData::link<QAbstractListModel::staticMetaObject>(),
    qt_meta_stringdata_KanbanColumnModel.offsetsAndSizes,
    qt_meta_data_KanbanColumnModel,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_KanbanColumnModel_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<KanbanColumnModel, std::true_type>,
        // method 'statusChangeRequested'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>,
        QtPrivate::TypeAndForceComplete<qint64, std::false_type>,
        // method 'convertRequested'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>,
        // method 'loseRequested'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>
    >,
    nullptr
} };

void KanbanColumnModel::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    if (_c == QMetaObject::InvokeMetaMethod) {
        auto *_t = static_cast<KanbanColumnModel *>(_o);
        (void)_t;
        switch (_id) {
        case 0: _t->statusChangeRequested((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1])),(*reinterpret_cast< std::add_pointer_t<qint64>>(_a[2]))); break;
        case 1: _t->convertRequested((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1]))); break;
        case 2: _t->loseRequested((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1]))); break;
        default: ;
        }
    } else if (_c == QMetaObject::RegisterMethodArgumentMetaType) {
        switch (_id) {
        default: *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType(); break;
        case 0:
            switch (*reinterpret_cast<int*>(_a[1])) {
            default: *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType(); break;
            case 0:
                *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType::fromType< QList<qint64> >(); break;
            }
            break;
        case 1:
            switch (*reinterpret_cast<int*>(_a[1])) {
            default: *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType(); break;
            case 0:
                *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType::fromType< QList<qint64> >(); break;
            }
            break;
        case 2:
            switch (*reinterpret_cast<int*>(_a[1])) {
            default: *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType(); break;
            case 0:
                *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType::fromType< QList<qint64> >(); break;
            }
            break;
        }
    } else if (_c == QMetaObject::IndexOfMethod) {
        int *result = reinterpret_cast<int *>(_a[0]);
        {
            using _t = void (KanbanColumnModel::*)(const QList<qint64> & , qint64 );
            if (_t _q_method = &KanbanColumnModel::statusChangeRequested; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 0;
                return;
            }
        }
        {
            using _t = void (KanbanColumnModel::*)(const QList<qint64> & );
            if (_t _q_method = &KanbanColumnModel::convertRequested; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 1;
                return;
            }
        }
        {
            using _t = void (KanbanColumnModel::*)(const QList<qint64> & );
            if (_t _q_method = &KanbanColumnModel::loseRequested; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 2;
                return;
            }
        }
    }
}

const QMetaObject *KanbanColumnModel::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *KanbanColumnModel::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_KanbanColumnModel.stringdata0))
        return static_cast<void*>(this);
    return QAbstractListModel::qt_metacast(_clname);
}

int KanbanColumnModel::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = QAbstractListModel::qt_metacall(_c, _id, _a);
    if (_id < 0)
        return _id;
    if (_c == QMetaObject::InvokeMetaMethod) {
        if (_id < 3)
            qt_static_metacall(this, _c, _id, _a);
        _id -= 3;
    } else if (_c == QMetaObject::RegisterMethodArgumentMetaType) {
        if (_id < 3)
            qt_static_metacall(this, _c, _id, _a);
        _id -= 3;
    }
    return _id;
}

// SIGNAL 0
void KanbanColumnModel::statusChangeRequested(const QList<qint64> & _t1, qint64 _t2)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))), const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t2))) };
    QMetaObject::activate(this, &staticMetaObject, 0, _a);
}

// SIGNAL 1
void KanbanColumnModel::convertRequested(const QList<qint64> & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 1, _a);
}

// SIGNAL 2
void KanbanColumnModel::loseRequested(const QList<qint64> & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 2, _a);
}
QT_WARNING_POP
QT_END_MOC_NAMESPACE
