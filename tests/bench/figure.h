#pragma once

#include <QList>
#include <QString>

#include <cmath>
#include <functional>

/// One measured figure of the benchmark: Quarry's median, the raw floor's
/// median where one exists, and the target of design.md.
struct Figure
{
    enum class Target {
        None,      ///< informative only
        MaxValue,  ///< quarry ≤ limit (ms or MB)
        MaxRatio,  ///< quarry ≤ limit × floor
    };

    QString name;
    double quarry = NAN; ///< ms, or MB for memory figures (names end in "MB")
    double floor = NAN;
    /// CPU time of the measuring thread (same median), which a busy machine
    /// inflates far less than wall time.
    double quarryCpu = NAN;
    double floorCpu = NAN;
    Target target = Target::None;
    double limit = 0;
    QString note;

    double ratio() const { return std::isnan(floor) || floor <= 0 || std::isnan(quarry) ? NAN : quarry / floor; }
    bool hasTarget() const { return target != Target::None; }
    bool meets() const;
    QString targetText() const;
};

/// Medians of repeated runs.
namespace Measure {
/// Milliseconds `f` takes, median of `runs` runs (`setup` runs untimed before each).
double medianMs(int runs, const std::function<void()> &f, const std::function<void()> &setup = {});
/// The CPU-time median of the last medianMs() or onceMs() call, in ms.
double lastCpuMs();
double median(QList<double> values);
/// Wall-clock milliseconds of one call.
double onceMs(const std::function<void()> &f);
/// The process's peak resident set (VmHWM) in MB.
double peakRssMb();
double currentRssMb();
} // namespace Measure

/// The table for people, and the JSON for machines.
QString figureTable(const QList<Figure> &figures);
QByteArray figureJson(const QList<Figure> &figures);
