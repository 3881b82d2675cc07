/****************************************************************************
** Meta object code from reading C++ file 'workspace.h'
**
** Created by: The Qt Meta Object Compiler version 68 (Qt 6.4.2)
**
** WARNING! All changes made in this file will be lost!
*****************************************************************************/

#include <memory>
#include "../../../../core/services/workspace.h"
#include <QtCore/qmetatype.h>
#include <QtCore/QList>
#if !defined(Q_MOC_OUTPUT_REVISION)
#error "The header file 'workspace.h' doesn't include <QObject>."
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
struct qt_meta_stringdata_Workspace_t {
    uint offsetsAndSizes[28];
    char stringdata0[10];
    char stringdata1[11];
    char stringdata2[1];
    char stringdata3[14];
    char stringdata4[4];
    char stringdata5[13];
    char stringdata6[13];
    char stringdata7[11];
    char stringdata8[16];
    char stringdata9[18];
    char stringdata10[8];
    char stringdata11[5];
    char stringdata12[13];
    char stringdata13[15];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_Workspace_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_Workspace_t qt_meta_stringdata_Workspace = {
    {
        QT_MOC_LITERAL(0, 9),  // "Workspace"
        QT_MOC_LITERAL(10, 10),  // "leadsAdded"
        QT_MOC_LITERAL(21, 0),  // ""
        QT_MOC_LITERAL(22, 13),  // "QList<qint64>"
        QT_MOC_LITERAL(36, 3),  // "ids"
        QT_MOC_LITERAL(40, 12),  // "leadsChanged"
        QT_MOC_LITERAL(53, 12),  // "leadsRemoved"
        QT_MOC_LITERAL(66, 10),  // "leadsReset"
        QT_MOC_LITERAL(77, 15),  // "statusesChanged"
        QT_MOC_LITERAL(93, 17),  // "referencesChanged"
        QT_MOC_LITERAL(111, 7),  // "RefKind"
        QT_MOC_LITERAL(119, 4),  // "kind"
        QT_MOC_LITERAL(124, 12),  // "usersChanged"
        QT_MOC_LITERAL(137, 14)   // "optionsChanged"
    },
    "Workspace",
    "leadsAdded",
    "",
    "QList<qint64>",
    "ids",
    "leadsChanged",
    "leadsRemoved",
    "leadsReset",
    "statusesChanged",
    "referencesChanged",
    "RefKind",
    "kind",
    "usersChanged",
    "optionsChanged"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_Workspace[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       8,   14, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       8,       // signalCount

 // signals: name, argc, parameters, tag, flags, initial metatype offsets
       1,    1,   62,    2, 0x06,    1 /* Public */,
       5,    1,   65,    2, 0x06,    3 /* Public */,
       6,    1,   68,    2, 0x06,    5 /* Public */,
       7,    0,   71,    2, 0x06,    7 /* Public */,
       8,    0,   72,    2, 0x06,    8 /* Public */,
       9,    1,   73,    2, 0x06,    9 /* Public */,
      12,    0,   76,    2, 0x06,   11 /* Public */,
      13,    0,   77,    2, 0x06,   12 /* Public */,

 // signals: parameters
    QMetaType::Void, 0x80000000 | 3,    4,
    QMetaType::Void, 0x80000000 | 3,    4,
    QMetaType::Void, 0x80000000 | 3,    4,
    QMetaType::Void,
    QMetaType::Void,
    QMetaType::Void, 0x80000000 | 10,   11,
    QMetaType::Void,
    QMetaType::Void,

       0        // eod
};

Q_CONSTINIT const QMetaObject Workspace::staticMetaObject = { {
    QMetaObject::SuperData::link<QObject::staticMetaObject>(),
    qt_meta_stringdata_Workspace.offsetsAndSizes,
    qt_meta_data_Workspace,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_Workspace_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<Workspace, std::true_type>,
        // method 'leadsAdded'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>,
        // method 'leadsChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>,
        // method 'leadsRemoved'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const QList<qint64> &, std::false_type>,
        // method 'leadsReset'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        // method 'statusesChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        // method 'referencesChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<RefKind, std::false_type>,
        // method 'usersChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        // method 'optionsChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>
    >,
    nullptr
} };

void Workspace::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    if (_c == QMetaObject::InvokeMetaMethod) {
        auto *_t = static_cast<Workspace *>(_o);
        (void)_t;
        switch (_id) {
        case 0: _t->leadsAdded((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1]))); break;
        case 1: _t->leadsChanged((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1]))); break;
        case 2: _t->leadsRemoved((*reinterpret_cast< std::add_pointer_t<QList<qint64>>>(_a[1]))); break;
        case 3: _t->leadsReset(); break;
        case 4: _t->statusesChanged(); break;
        case 5: _t->referencesChanged((*reinterpret_cast< std::add_pointer_t<RefKind>>(_a[1]))); break;
        case 6: _t->usersChanged(); break;
        case 7: _t->optionsChanged(); break;
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
            using _t = void (Workspace::*)(const QList<qint64> & );
            if (_t _q_method = &Workspace::leadsAdded; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 0;
                return;
            }
        }
        {
            using _t = void (Workspace::*)(const QList<qint64> & );
            if (_t _q_method = &Workspace::leadsChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 1;
                return;
            }
        }
        {
            using _t = void (Workspace::*)(const QList<qint64> & );
            if (_t _q_method = &Workspace::leadsRemoved; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 2;
                return;
            }
        }
        {
            using _t = void (Workspace::*)();
            if (_t _q_method = &Workspace::leadsReset; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 3;
                return;
            }
        }
        {
            using _t = void (Workspace::*)();
            if (_t _q_method = &Workspace::statusesChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 4;
                return;
            }
        }
        {
            using _t = void (Workspace::*)(RefKind );
            if (_t _q_method = &Workspace::referencesChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 5;
                return;
            }
        }
        {
            using _t = void (Workspace::*)();
            if (_t _q_method = &Workspace::usersChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 6;
                return;
            }
        }
        {
            using _t = void (Workspace::*)();
            if (_t _q_method = &Workspace::optionsChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 7;
                return;
            }
        }
    }
}

const QMetaObject *Workspace::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *Workspace::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_Workspace.stringdata0))
        return static_cast<void*>(this);
    return QObject::qt_metacast(_clname);
}

int Workspace::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = QObject::qt_metacall(_c, _id, _a);
    if (_id < 0)
        return _id;
    if (_c == QMetaObject::InvokeMetaMethod) {
        if (_id < 8)
            qt_static_metacall(this, _c, _id, _a);
        _id -= 8;
    } else if (_c == QMetaObject::RegisterMethodArgumentMetaType) {
        if (_id < 8)
            qt_static_metacall(this, _c, _id, _a);
        _id -= 8;
    }
    return _id;
}

// SIGNAL 0
void Workspace::leadsAdded(const QList<qint64> & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 0, _a);
}

// SIGNAL 1
void Workspace::leadsChanged(const QList<qint64> & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 1, _a);
}

// SIGNAL 2
void Workspace::leadsRemoved(const QList<qint64> & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 2, _a);
}

// SIGNAL 3
void Workspace::leadsReset()
{
    QMetaObject::activate(this, &staticMetaObject, 3, nullptr);
}

// SIGNAL 4
void Workspace::statusesChanged()
{
    QMetaObject::activate(this, &staticMetaObject, 4, nullptr);
}

// SIGNAL 5
void Workspace::referencesChanged(RefKind _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 5, _a);
}

// SIGNAL 6
void Workspace::usersChanged()
{
    QMetaObject::activate(this, &staticMetaObject, 6, nullptr);
}

// SIGNAL 7
void Workspace::optionsChanged()
{
    QMetaObject::activate(this, &staticMetaObject, 7, nullptr);
}
QT_WARNING_POP
QT_END_MOC_NAMESPACE
