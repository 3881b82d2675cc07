#include "quarryfigures.h"

#include "duplicatefinder.h"
#include "importservice.h"
#include "kanbanboardmodel.h"
#include "kanbancolumnmodel.h"
#include "leadservice.h"
#include "leadtablemodel.h"
#include "workspace.h"

#include <QMimeData>

#include <memory>

namespace {

constexpr int VisibleRows = 40;  ///< rows a grid shows at once
constexpr int VisibleCards = 20; ///< cards a kanban column shows at once

/// Reads every column of `count` rows from `first`, as a view painting them.
void paint(const LeadTableModel &model, int first, int count = VisibleRows)
{
    const int end = std::min(model.rowCount(), first + count);
    for (int row = std::max(0, first); row < end; ++row)
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c) {
            const QModelIndex i = model.index(row, c);
            i.data(Qt::DisplayRole);
            if (c == LeadTableModel::Score)
                i.data(LeadTableModel::ScoreRole);
        }
}

void paintCards(const KanbanColumnModel &column)
{
    const int end = std::min(column.rowCount(), VisibleCards);
    for (int row = 0; row < end; ++row) {
        const QModelIndex i = column.index(row);
        for (int role : {int(Qt::DisplayRole), int(KanbanColumnModel::CompanyRole), int(KanbanColumnModel::ScoreRole),
                         int(KanbanColumnModel::OwnerInitialsRole), int(KanbanColumnModel::TagColorsRole)})
            i.data(role);
    }
}

Figure make(const QString &name, double quarry, double limit)
{
    Figure f;
    f.name = name;
    f.quarry = quarry;
    f.quarryCpu = Measure::lastCpuMs(); // of the measurement just made (an argument)
    f.target = Figure::Target::MaxValue;
    f.limit = limit;
    return f;
}

} // namespace

namespace QuarryFigures {

double importCsvMs(Workspace &ws, const QString &csvPath, qint64 *imported, QString *error, double *cpuMs)
{
    ImportService service(ws);
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Create;
    double ms = 0;
    ms = Measure::onceMs([&] {
        auto summary = service.run(csvPath, options);
        if (!summary) {
            *error = summary.errorText();
            return;
        }
        *imported = summary->counts.imported;
        if (summary->counts.rejected)
            *error = QStringLiteral("%1 rows rejected").arg(summary->counts.rejected);
    });
    *cpuMs = Measure::lastCpuMs();
    return ms;
}

QList<Figure> grid(Workspace &ws, int runs)
{
    QList<Figure> out;
    std::unique_ptr<LeadTableModel> model;
    auto fresh = [&] {
        model = std::make_unique<LeadTableModel>(ws);
    };
    auto opened = [&] {
        fresh();
        paint(*model, 0);
    };

    out << make(QStringLiteral("grid: open, first rows"), Measure::medianMs(runs, [&] {
        fresh();
        paint(*model, 0);
    }), 50);
    const int n = model->rowCount();
    out << make(QStringLiteral("grid: jump to last row"), Measure::medianMs(runs, [&] { paint(*model, n - VisibleRows); }, opened), 20);
    out << make(QStringLiteral("grid: jump to middle"), Measure::medianMs(runs, [&] { paint(*model, n / 2); }, opened), 20);
    out << make(QStringLiteral("grid: scroll one page down from middle"), Measure::medianMs(runs, [&] {
        paint(*model, n / 2 + VisibleRows);
    }, [&] { opened(); paint(*model, n / 2); }), 20);

    const QList<std::pair<int, Qt::SortOrder>> sorts = {
        {LeadTableModel::FullName, Qt::AscendingOrder}, {LeadTableModel::Company, Qt::AscendingOrder},
        {LeadTableModel::City, Qt::AscendingOrder},     {LeadTableModel::CreatedAt, Qt::DescendingOrder},
        {LeadTableModel::AssignedTo, Qt::AscendingOrder}, {LeadTableModel::Status, Qt::AscendingOrder},
        {LeadTableModel::Score, Qt::DescendingOrder},   {LeadTableModel::Id, Qt::DescendingOrder},
        {LeadTableModel::Title, Qt::AscendingOrder},    {LeadTableModel::Email, Qt::AscendingOrder},
        {LeadTableModel::Phone, Qt::AscendingOrder},
    };
    for (const auto &[column, order] : sorts) {
        const QString key = LeadTableModel::sortKey(column) + (order == Qt::DescendingOrder ? QStringLiteral(" desc") : QString());
        out << make(QStringLiteral("grid: sort by %1").arg(key), Measure::medianMs(runs, [&] {
            model->sort(column, order);
            paint(*model, 0);
        }, opened), 20);
        out << make(QStringLiteral("grid: sorted by %1, jump to middle").arg(key), Measure::medianMs(runs, [&] {
            paint(*model, n / 2);
        }, [&] { opened(); model->sort(column, order); paint(*model, 0); }), 20);
    }
    return out;
}

QList<Figure> search(Workspace &ws, int runs)
{
    QList<Figure> out;
    LeadTableModel model(ws);
    paint(model, 0);
    auto typeSearch = [&](const QString &text) {
        LeadFilter f = model.filter();
        f.search = text;
        model.setFilter(f);
        paint(model, 0);
    };
    // Each keystroke of "mart" as typed, then whole words.
    const QString word = QStringLiteral("mart");
    for (int len = 1; len <= word.size(); ++len) {
        const QString prefix = word.left(len);
        out << make(QStringLiteral("search: keystroke \"%1\"").arg(prefix), Measure::medianMs(runs, [&] { typeSearch(prefix); }, [&] {
            typeSearch(word.left(len - 1));
        }), 30);
    }
    for (const QString &whole : {QStringLiteral("martin"), QStringLiteral("dubois lyon"), QStringLiteral("acme")}) {
        out << make(QStringLiteral("search: words \"%1\"").arg(whole), Measure::medianMs(runs, [&] { typeSearch(whole); }, [&] {
            typeSearch(QString());
        }), 30);
    }
    out << make(QStringLiteral("search: cleared"), Measure::medianMs(runs, [&] { typeSearch(QString()); }, [&] {
        typeSearch(QStringLiteral("mar"));
    }), 30);
    return out;
}

QList<Figure> kanban(Workspace &ws, int runs)
{
    QList<Figure> out;
    std::unique_ptr<KanbanBoardModel> board;
    auto open = [&] {
        board = std::make_unique<KanbanBoardModel>(ws);
        for (int c = 0; c < board->rowCount(); ++c) {
            board->index(c).data(KanbanBoardModel::CountRole);
            paintCards(*board->column(c));
        }
    };
    out << make(QStringLiteral("kanban: open, counts and first cards"), Measure::medianMs(runs, open), 150);

    // A card dropped from the first column on the second, as the view does:
    // the drop asks, the service changes the status, both columns follow.
    open();
    KanbanColumnModel *from = board->column(0);
    KanbanColumnModel *to = board->column(1);
    QObject::connect(to, &KanbanColumnModel::statusChangeRequested, to, [&ws](const QList<qint64> &ids, qint64 status) {
        auto r = ws.leads().changeStatus(ids, status);
        if (!r)
            qWarning("status change refused: %s", qPrintable(r.errorText()));
    });
    out << make(QStringLiteral("kanban: status change by drop"), Measure::medianMs(runs, [&] {
        std::unique_ptr<QMimeData> drag(from->mimeData({from->index(0)}));
        to->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
        from->removeRows(0, 1);
        board->index(0).data(KanbanBoardModel::CountRole);
        board->index(1).data(KanbanBoardModel::CountRole);
        paintCards(*from);
        paintCards(*to);
    }), 10);
    return out;
}

double duplicatesMs(Workspace &ws, const QStringList &fields, int runs, qint64 *groups, double *cpuMs)
{
    DuplicateFinder finder(ws);
    const double ms = Measure::medianMs(runs, [&] {
        auto found = finder.find(fields);
        *groups = found ? found->size() : -1;
    });
    *cpuMs = Measure::lastCpuMs();
    return ms;
}

qint64 walkAllRows(Workspace &ws)
{
    LeadTableModel model(ws);
    const int n = model.rowCount();
    qint64 seen = 0;
    for (int row = 0; row < n; ++row) {
        for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
            model.index(row, c).data();
        ++seen;
    }
    return seen;
}

} // namespace QuarryFigures
