/****************************************************************************
** Meta object code from reading C++ file 'basiceditors.h'
**
** Created by: The Qt Meta Object Compiler version 68 (Qt 6.4.2)
**
** WARNING! All changes made in this file will be lost!
*****************************************************************************/

#include <memory>
#include "../../../../ui/form/basiceditors.h"
#include <QtCore/qmetatype.h>
#if !defined(Q_MOC_OUTPUT_REVISION)
#error "The header file 'basiceditors.h' doesn't include <QObject>."
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
struct qt_meta_stringdata_LineEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[11];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_LineEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_LineEditor_t qt_meta_stringdata_LineEditor = {
    {
        QT_MOC_LITERAL(0, 10)   // "LineEditor"
    },
    "LineEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_LineEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject LineEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_LineEditor.offsetsAndSizes,
    qt_meta_data_LineEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_LineEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<LineEditor, std::true_type>
    >,
    nullptr
} };

void LineEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *LineEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *LineEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_LineEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int LineEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_CityEditor_t {
    uint offsetsAndSizes[10];
    char stringdata0[11];
    char stringdata1[13];
    char stringdata2[1];
    char stringdata3[5];
    char stringdata4[5];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_CityEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_CityEditor_t qt_meta_stringdata_CityEditor = {
    {
        QT_MOC_LITERAL(0, 10),  // "CityEditor"
        QT_MOC_LITERAL(11, 12),  // "citySelected"
        QT_MOC_LITERAL(24, 0),  // ""
        QT_MOC_LITERAL(25, 4),  // "City"
        QT_MOC_LITERAL(30, 4)   // "city"
    },
    "CityEditor",
    "citySelected",
    "",
    "City",
    "city"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_CityEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       1,   14, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       1,       // signalCount

 // signals: name, argc, parameters, tag, flags, initial metatype offsets
       1,    1,   20,    2, 0x06,    1 /* Public */,

 // signals: parameters
    QMetaType::Void, 0x80000000 | 3,    4,

       0        // eod
};

Q_CONSTINIT const QMetaObject CityEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<LineEditor::staticMetaObject>(),
    qt_meta_stringdata_CityEditor.offsetsAndSizes,
    qt_meta_data_CityEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_CityEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<CityEditor, std::true_type>,
        // method 'citySelected'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const City &, std::false_type>
    >,
    nullptr
} };

void CityEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    if (_c == QMetaObject::InvokeMetaMethod) {
        auto *_t = static_cast<CityEditor *>(_o);
        (void)_t;
        switch (_id) {
        case 0: _t->citySelected((*reinterpret_cast< std::add_pointer_t<City>>(_a[1]))); break;
        default: ;
        }
    } else if (_c == QMetaObject::IndexOfMethod) {
        int *result = reinterpret_cast<int *>(_a[0]);
        {
            using _t = void (CityEditor::*)(const City & );
            if (_t _q_method = &CityEditor::citySelected; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 0;
                return;
            }
        }
    }
}

const QMetaObject *CityEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *CityEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_CityEditor.stringdata0))
        return static_cast<void*>(this);
    return LineEditor::qt_metacast(_clname);
}

int CityEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = LineEditor::qt_metacall(_c, _id, _a);
    if (_id < 0)
        return _id;
    if (_c == QMetaObject::InvokeMetaMethod) {
        if (_id < 1)
            qt_static_metacall(this, _c, _id, _a);
        _id -= 1;
    } else if (_c == QMetaObject::RegisterMethodArgumentMetaType) {
        if (_id < 1)
            *reinterpret_cast<QMetaType *>(_a[0]) = QMetaType();
        _id -= 1;
    }
    return _id;
}

// SIGNAL 0
void CityEditor::citySelected(const City & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 0, _a);
}
namespace {
struct qt_meta_stringdata_PlainTextEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[16];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_PlainTextEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_PlainTextEditor_t qt_meta_stringdata_PlainTextEditor = {
    {
        QT_MOC_LITERAL(0, 15)   // "PlainTextEditor"
    },
    "PlainTextEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_PlainTextEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject PlainTextEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_PlainTextEditor.offsetsAndSizes,
    qt_meta_data_PlainTextEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_PlainTextEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<PlainTextEditor, std::true_type>
    >,
    nullptr
} };

void PlainTextEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *PlainTextEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *PlainTextEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_PlainTextEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int PlainTextEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_HtmlEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[11];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_HtmlEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_HtmlEditor_t qt_meta_stringdata_HtmlEditor = {
    {
        QT_MOC_LITERAL(0, 10)   // "HtmlEditor"
    },
    "HtmlEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_HtmlEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject HtmlEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_HtmlEditor.offsetsAndSizes,
    qt_meta_data_HtmlEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_HtmlEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<HtmlEditor, std::true_type>
    >,
    nullptr
} };

void HtmlEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *HtmlEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *HtmlEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_HtmlEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int HtmlEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_BoolEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[11];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_BoolEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_BoolEditor_t qt_meta_stringdata_BoolEditor = {
    {
        QT_MOC_LITERAL(0, 10)   // "BoolEditor"
    },
    "BoolEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_BoolEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject BoolEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_BoolEditor.offsetsAndSizes,
    qt_meta_data_BoolEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_BoolEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<BoolEditor, std::true_type>
    >,
    nullptr
} };

void BoolEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *BoolEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *BoolEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_BoolEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int BoolEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_StarEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[11];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_StarEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_StarEditor_t qt_meta_stringdata_StarEditor = {
    {
        QT_MOC_LITERAL(0, 10)   // "StarEditor"
    },
    "StarEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_StarEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject StarEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_StarEditor.offsetsAndSizes,
    qt_meta_data_StarEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_StarEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<StarEditor, std::true_type>
    >,
    nullptr
} };

void StarEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *StarEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *StarEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_StarEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int StarEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_DecimalEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[14];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_DecimalEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_DecimalEditor_t qt_meta_stringdata_DecimalEditor = {
    {
        QT_MOC_LITERAL(0, 13)   // "DecimalEditor"
    },
    "DecimalEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_DecimalEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject DecimalEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_DecimalEditor.offsetsAndSizes,
    qt_meta_data_DecimalEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_DecimalEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<DecimalEditor, std::true_type>
    >,
    nullptr
} };

void DecimalEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *DecimalEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *DecimalEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_DecimalEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int DecimalEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_DateEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[11];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_DateEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_DateEditor_t qt_meta_stringdata_DateEditor = {
    {
        QT_MOC_LITERAL(0, 10)   // "DateEditor"
    },
    "DateEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_DateEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject DateEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_DateEditor.offsetsAndSizes,
    qt_meta_data_DateEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_DateEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<DateEditor, std::true_type>
    >,
    nullptr
} };

void DateEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *DateEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *DateEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_DateEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int DateEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_ChoiceEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[13];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_ChoiceEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_ChoiceEditor_t qt_meta_stringdata_ChoiceEditor = {
    {
        QT_MOC_LITERAL(0, 12)   // "ChoiceEditor"
    },
    "ChoiceEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_ChoiceEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject ChoiceEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_ChoiceEditor.offsetsAndSizes,
    qt_meta_data_ChoiceEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_ChoiceEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<ChoiceEditor, std::true_type>
    >,
    nullptr
} };

void ChoiceEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *ChoiceEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *ChoiceEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_ChoiceEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int ChoiceEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
namespace {
struct qt_meta_stringdata_ReadOnlyEditor_t {
    uint offsetsAndSizes[2];
    char stringdata0[15];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_ReadOnlyEditor_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_ReadOnlyEditor_t qt_meta_stringdata_ReadOnlyEditor = {
    {
        QT_MOC_LITERAL(0, 14)   // "ReadOnlyEditor"
    },
    "ReadOnlyEditor"
};
#undef QT_MOC_LITERAL
} // unnamed namespace

Q_CONSTINIT static const uint qt_meta_data_ReadOnlyEditor[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       0,    0, // methods
       0,    0, // properties
       0,    0, // enums/sets
       0,    0, // constructors
       0,       // flags
       0,       // signalCount

       0        // eod
};

Q_CONSTINIT const QMetaObject ReadOnlyEditor::staticMetaObject = { {
    QMetaObject::SuperData::link<FieldEditor::staticMetaObject>(),
    qt_meta_stringdata_ReadOnlyEditor.offsetsAndSizes,
    qt_meta_data_ReadOnlyEditor,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_ReadOnlyEditor_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<ReadOnlyEditor, std::true_type>
    >,
    nullptr
} };

void ReadOnlyEditor::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    (void)_o;
    (void)_id;
    (void)_c;
    (void)_a;
}

const QMetaObject *ReadOnlyEditor::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *ReadOnlyEditor::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_ReadOnlyEditor.stringdata0))
        return static_cast<void*>(this);
    return FieldEditor::qt_metacast(_clname);
}

int ReadOnlyEditor::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = FieldEditor::qt_metacall(_c, _id, _a);
    return _id;
}
QT_WARNING_POP
QT_END_MOC_NAMESPACE
