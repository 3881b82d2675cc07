// ProblemMark: the red frame (the [problem="true"] property) and the message
// as tooltip, on and off, without wiping a tooltip of the widget's own.
#include "problemmark.h"

#include <QLineEdit>
#include <QTest>

class TestProblemMark : public QObject
{
    Q_OBJECT

private slots:
    void shouldFrameAndExplain()
    {
        QLineEdit edit;
        ProblemMark::set(&edit, QStringLiteral("The name is required."));
        QVERIFY(ProblemMark::isSet(&edit));
        QVERIFY(edit.property("problem").toBool());
        QCOMPARE(edit.toolTip(), QStringLiteral("The name is required."));
        ProblemMark::set(&edit, QStringLiteral("Another one."));
        QCOMPARE(edit.toolTip(), QStringLiteral("Another one."));
        ProblemMark::set(&edit, QString());
        QVERIFY(!ProblemMark::isSet(&edit));
        QVERIFY(edit.toolTip().isEmpty());
    }

    void shouldKeepItsOwnTooltipWhenNothingIsWrong()
    {
        QLineEdit edit;
        edit.setToolTip(QStringLiteral("Where the lead works"));
        ProblemMark::set(&edit, QString());
        QCOMPARE(edit.toolTip(), QStringLiteral("Where the lead works"));
        QVERIFY(!ProblemMark::isSet(&edit));
        ProblemMark::set(nullptr, QStringLiteral("ignored")); // no widget: nothing happens
        QVERIFY(!ProblemMark::isSet(nullptr));
    }
};

QTEST_MAIN(TestProblemMark)
#include "tst_problemmark.moc"
