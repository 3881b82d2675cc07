// RowPageCache alone: pages on demand, least recently used evicted first,
// and the bound never exceeded.
#include "rowpagecache.h"

#include <QTest>

class TestRowPageCache : public QObject
{
    Q_OBJECT

private:
    /// A loader over a virtual list of `total` rows whose ids are index + 1.
    static RowPageCache::Loader listOf(qint64 total, QList<qint64> *offsets = nullptr)
    {
        return [total, offsets](qint64 offset, int limit) {
            if (offsets)
                *offsets << offset;
            QList<LeadRow> rows;
            for (qint64 i = offset; i < qMin(total, offset + limit); ++i) {
                LeadRow r;
                r.id = i + 1;
                rows << r;
            }
            return rows;
        };
    }

private slots:
    void shouldLoadOnePagePerMiss()
    {
        // Given a cache of pages of 10 over 95 rows
        QList<qint64> offsets;
        RowPageCache cache(10, 3);
        cache.setLoader(listOf(95, &offsets));
        // When rows of two pages are read, some twice
        QCOMPARE(cache.row(3)->id, 4);
        QCOMPARE(cache.row(7)->id, 8);
        QCOMPARE(cache.row(94)->id, 95);
        // Then each page was read once, at its offset
        QCOMPARE(offsets, (QList<qint64>{0, 90}));
        QCOMPARE(cache.pageRowCount(9), 5);
        QVERIFY(!cache.row(95));
        QVERIFY(!cache.row(-1));
    }

    void shouldEvictTheLeastRecentlyUsedPage()
    {
        // Given a cache holding 3 pages: 0, 1, 2, with 0 used last
        QList<qint64> offsets;
        RowPageCache cache(10, 3);
        cache.setLoader(listOf(1000, &offsets));
        cache.row(0);
        cache.row(10);
        cache.row(20);
        cache.row(1);
        // When a fourth page is read
        cache.row(30);
        // Then page 1 (least recently used) went, page 0 stayed
        QCOMPARE(cache.cachedPageCount(), 3);
        QVERIFY(cache.peek(0));
        QVERIFY(!cache.peek(10));
        QVERIFY(cache.peek(20));
        QVERIFY(cache.peek(30));
    }

    void shouldNeverHoldMoreThanTheBound_data()
    {
        QTest::addColumn<int>("bound");
        QTest::addRow("one page") << 1;
        QTest::addRow("four pages") << 4;
        QTest::addRow("twenty pages") << 20;
    }
    void shouldNeverHoldMoreThanTheBound()
    {
        QFETCH(int, bound);
        RowPageCache cache(50, bound);
        cache.setLoader(listOf(5000));
        for (qint64 i = 0; i < 5000; i += 7) {
            QCOMPARE(cache.row(i)->id, i + 1);
            QVERIFY(cache.cachedRowCount() <= qint64(bound) * 50);
        }
        // And lowering the bound evicts at once
        cache.setMaxPages(1);
        QCOMPARE(cache.cachedPageCount(), 1);
    }

    void shouldRefreshAndDropRows()
    {
        // Given two cached pages
        RowPageCache cache(10, 5);
        cache.setLoader(listOf(100));
        cache.row(0);
        cache.row(15);
        // When row id 13 is refreshed
        LeadRow fresh;
        fresh.id = 13;
        fresh.title = QStringLiteral("new");
        QCOMPARE(cache.refresh({fresh}), QList<qint64>({12}));
        QCOMPARE(cache.row(12)->title, QStringLiteral("new"));
        QCOMPARE(cache.indexOf(13), qint64(12));
        QCOMPARE(cache.cachedIds({13, 99}), QList<qint64>({13}));
        // And dropping from row 12 keeps the page before only
        cache.dropFrom(12);
        QVERIFY(cache.peek(5));
        QVERIFY(!cache.peek(15));
        QCOMPARE(cache.indexOf(13), qint64(-1));
    }

    void shouldInsertOnTopWithoutReading()
    {
        // Given a list of 25 rows whose first two pages of 10 are cached
        QList<qint64> list;
        RowPageCache cache(10, 5);
        const qint64 loads = twoPagesOf25(&list, cache);
        // When lead 100 enters at the top of the list and of the cache
        list.prepend(100);
        LeadRow top;
        top.id = 100;
        cache.insertAt(0, top);
        // Then the first page holds it and the nine rows after it, read from
        // nowhere, and the second page (whose rows shifted) is gone
        QCOMPARE(cache.loadCount(), loads);
        QCOMPARE(cache.peek(0)->id, qint64(100));
        QCOMPARE(cache.peek(9)->id, qint64(9));
        QVERIFY(!cache.peek(10));
        // And row 10, read again, is the row the first page pushed off
        QCOMPARE(cache.row(10)->id, qint64(10));
        QCOMPARE(cache.loadCount(), loads + 1);
    }

    void shouldRemoveARowWithoutReadingUntilItsPageEnds()
    {
        // Given a list of 25 rows whose first two pages are cached
        QList<qint64> list;
        RowPageCache cache(10, 5);
        const qint64 loads = twoPagesOf25(&list, cache);
        // When row 3 (lead 4) leaves the list
        list.removeAt(3);
        cache.removeAt(3);
        // Then the rows before the end of its page are there with no read
        QCOMPARE(cache.peek(3)->id, qint64(5));
        QCOMPARE(cache.row(8)->id, qint64(10));
        QCOMPARE(cache.loadCount(), loads);
        QVERIFY(!cache.peek(10));
        // And the row that moved up from the next page is read when asked for
        QCOMPARE(cache.row(9)->id, qint64(11));
        QCOMPARE(cache.loadCount(), loads + 1);
        // And a short last page that loses a row needs no read at all
        cache.row(20);
        const qint64 later = cache.loadCount();
        list.removeAt(20);
        cache.removeAt(20);
        QCOMPARE(cache.pageRowCount(2), 3);
        QCOMPARE(cache.loadCount(), later);
        // And a page that lost a row never passes for the last one
        cache.clear();
        cache.row(0);
        cache.removeAt(0);
        list.removeAt(0);
        QCOMPARE(cache.pageRowCount(0), 10);
    }

private:
    /// Fills `list` with ids 1 to 25 and caches its first two pages of 10;
    /// returns the reads made.
    static qint64 twoPagesOf25(QList<qint64> *list, RowPageCache &cache)
    {
        for (qint64 id = 1; id <= 25; ++id)
            *list << id;
        cache.setLoader(listIn(list));
        cache.row(0);
        cache.row(10);
        return cache.loadCount();
    }
    /// A loader over `list` as it is when a page is read.
    static RowPageCache::Loader listIn(const QList<qint64> *list)
    {
        return [list](qint64 offset, int limit) {
            QList<LeadRow> rows;
            for (qint64 i = offset; i < qMin<qint64>(list->size(), offset + limit); ++i) {
                LeadRow r;
                r.id = list->at(i);
                rows << r;
            }
            return rows;
        };
    }
};

QTEST_GUILESS_MAIN(TestRowPageCache)
#include "tst_rowpagecache.moc"
