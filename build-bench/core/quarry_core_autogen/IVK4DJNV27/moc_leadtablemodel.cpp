/****************************************************************************
** Meta object code from reading C++ file 'leadtablemodel.h'
**
** Created by: The Qt Meta Object Compiler version 68 (Qt 6.4.2)
**
** WARNING! All changes made in this file will be lost!
*****************************************************************************/

#include <memory>
#include "../../../../core/models/leadtablemodel.h"
#include <QtCore/qmetatype.h>
#if !defined(Q_MOC_OUTPUT_REVISION)
#error "The header file 'leadtablemodel.h' doesn't include <QObject>."
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
struct qt_meta_stringdata_LeadTableModel_t {
    uint offsetsAndSizes[60];
    char stringdata0[15];
    char stringdata1[14];
    char stringdata2[1];
    char stringdata3[11];
    char stringdata4[7];
    char stringdata5[7];
    char stringdata6[3];
    char stringdata7[9];
    char stringdata8[6];
    char stringdata9[8];
    char stringdata10[6];
    char stringdata11[6];
    char stringdata12[5];
    char stringdata13[10];
    char stringdata14[11];
    char stringdata15[7];
    char stringdata16[6];
    char stringdata17[12];
    char stringdata18[5];
    char stringdata19[11];
    char stringdata20[13];
    char stringdata21[10];
    char stringdata22[11];
    char stringdata23[14];
    char stringdata24[15];
    char stringdata25[12];
    char stringdata26[18];
    char stringdata27[14];
    char stringdata28[14];
    char stringdata29[16];
};
#define QT_MOC_LITERAL(ofs, len) \
    uint(sizeof(qt_meta_stringdata_LeadTableModel_t::offsetsAndSizes) + ofs), len 
Q_CONSTINIT static const qt_meta_stringdata_LeadTableModel_t qt_meta_stringdata_LeadTableModel = {
    {
        QT_MOC_LITERAL(0, 14),  // "LeadTableModel"
        QT_MOC_LITERAL(15, 13),  // "filterChanged"
        QT_MOC_LITERAL(29, 0),  // ""
        QT_MOC_LITERAL(30, 10),  // "LeadFilter"
        QT_MOC_LITERAL(41, 6),  // "filter"
        QT_MOC_LITERAL(48, 6),  // "Column"
        QT_MOC_LITERAL(55, 2),  // "Id"
        QT_MOC_LITERAL(58, 8),  // "FullName"
        QT_MOC_LITERAL(67, 5),  // "Title"
        QT_MOC_LITERAL(73, 7),  // "Company"
        QT_MOC_LITERAL(81, 5),  // "Phone"
        QT_MOC_LITERAL(87, 5),  // "Email"
        QT_MOC_LITERAL(93, 4),  // "City"
        QT_MOC_LITERAL(98, 9),  // "CreatedAt"
        QT_MOC_LITERAL(108, 10),  // "AssignedTo"
        QT_MOC_LITERAL(119, 6),  // "Status"
        QT_MOC_LITERAL(126, 5),  // "Score"
        QT_MOC_LITERAL(132, 11),  // "ColumnCount"
        QT_MOC_LITERAL(144, 4),  // "Role"
        QT_MOC_LITERAL(149, 10),  // "LeadIdRole"
        QT_MOC_LITERAL(160, 12),  // "StatusIdRole"
        QT_MOC_LITERAL(173, 9),  // "ScoreRole"
        QT_MOC_LITERAL(183, 10),  // "TagIdsRole"
        QT_MOC_LITERAL(194, 13),  // "NextEventRole"
        QT_MOC_LITERAL(208, 14),  // "AssignedToRole"
        QT_MOC_LITERAL(223, 11),  // "CompanyRole"
        QT_MOC_LITERAL(235, 17),  // "OwnerInitialsRole"
        QT_MOC_LITERAL(253, 13),  // "TagColorsRole"
        QT_MOC_LITERAL(267, 13),  // "OwnerNameRole"
        QT_MOC_LITERAL(281, 15)   // "DisplayNameRole"
    },
    "LeadTableModel",
    "filterChanged",
    "",
    "LeadFilter",
    "filter",
    "Column",
    "Id",
    "FullName",
    "Title",
    "Company",
    "Phone",
    "Email",
    "City",
    "CreatedAt",
    "AssignedTo",
    "Status",
    "Score",
    "ColumnCount",
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

Q_CONSTINIT static const uint qt_meta_data_LeadTableModel[] = {

 // content:
      10,       // revision
       0,       // classname
       0,    0, // classinfo
       1,   14, // methods
       0,    0, // properties
       2,   23, // enums/sets
       0,    0, // constructors
       0,       // flags
       1,       // signalCount

 // signals: name, argc, parameters, tag, flags, initial metatype offsets
       1,    1,   20,    2, 0x06,    1 /* Public */,

 // signals: parameters
    QMetaType::Void, 0x80000000 | 3,    4,

 // enums: name, alias, flags, count, data
       5,    5, 0x0,   12,   33,
      18,   18, 0x0,   11,   57,

 // enum data: key, value
       6, uint(LeadTableModel::Id),
       7, uint(LeadTableModel::FullName),
       8, uint(LeadTableModel::Title),
       9, uint(LeadTableModel::Company),
      10, uint(LeadTableModel::Phone),
      11, uint(LeadTableModel::Email),
      12, uint(LeadTableModel::City),
      13, uint(LeadTableModel::CreatedAt),
      14, uint(LeadTableModel::AssignedTo),
      15, uint(LeadTableModel::Status),
      16, uint(LeadTableModel::Score),
      17, uint(LeadTableModel::ColumnCount),
      19, uint(LeadTableModel::LeadIdRole),
      20, uint(LeadTableModel::StatusIdRole),
      21, uint(LeadTableModel::ScoreRole),
      22, uint(LeadTableModel::TagIdsRole),
      23, uint(LeadTableModel::NextEventRole),
      24, uint(LeadTableModel::AssignedToRole),
      25, uint(LeadTableModel::CompanyRole),
      26, uint(LeadTableModel::OwnerInitialsRole),
      27, uint(LeadTableModel::TagColorsRole),
      28, uint(LeadTableModel::OwnerNameRole),
      29, uint(LeadTableModel::DisplayNameRole),

       0        // eod
};

Q_CONSTINIT const QMetaObject LeadTableModel::staticMetaObject = { {
    QMetaObject::SuperData::link<QAbstractTableModel::staticMetaObject>(),
    qt_meta_stringdata_LeadTableModel.offsetsAndSizes,
    qt_meta_data_LeadTableModel,
    qt_static_metacall,
    nullptr,
    qt_incomplete_metaTypeArray<qt_meta_stringdata_LeadTableModel_t,
        // Q_OBJECT / Q_GADGET
        QtPrivate::TypeAndForceComplete<LeadTableModel, std::true_type>,
        // method 'filterChanged'
        QtPrivate::TypeAndForceComplete<void, std::false_type>,
        QtPrivate::TypeAndForceComplete<const LeadFilter &, std::false_type>
    >,
    nullptr
} };

void LeadTableModel::qt_static_metacall(QObject *_o, QMetaObject::Call _c, int _id, void **_a)
{
    if (_c == QMetaObject::InvokeMetaMethod) {
        auto *_t = static_cast<LeadTableModel *>(_o);
        (void)_t;
        switch (_id) {
        case 0: _t->filterChanged((*reinterpret_cast< std::add_pointer_t<LeadFilter>>(_a[1]))); break;
        default: ;
        }
    } else if (_c == QMetaObject::IndexOfMethod) {
        int *result = reinterpret_cast<int *>(_a[0]);
        {
            using _t = void (LeadTableModel::*)(const LeadFilter & );
            if (_t _q_method = &LeadTableModel::filterChanged; *reinterpret_cast<_t *>(_a[1]) == _q_method) {
                *result = 0;
                return;
            }
        }
    }
}

const QMetaObject *LeadTableModel::metaObject() const
{
    return QObject::d_ptr->metaObject ? QObject::d_ptr->dynamicMetaObject() : &staticMetaObject;
}

void *LeadTableModel::qt_metacast(const char *_clname)
{
    if (!_clname) return nullptr;
    if (!strcmp(_clname, qt_meta_stringdata_LeadTableModel.stringdata0))
        return static_cast<void*>(this);
    return QAbstractTableModel::qt_metacast(_clname);
}

int LeadTableModel::qt_metacall(QMetaObject::Call _c, int _id, void **_a)
{
    _id = QAbstractTableModel::qt_metacall(_c, _id, _a);
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
void LeadTableModel::filterChanged(const LeadFilter & _t1)
{
    void *_a[] = { nullptr, const_cast<void*>(reinterpret_cast<const void*>(std::addressof(_t1))) };
    QMetaObject::activate(this, &staticMetaObject, 0, _a);
}
QT_WARNING_POP
QT_END_MOC_NAMESPACE
