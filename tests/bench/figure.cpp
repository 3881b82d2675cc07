#include "figure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <time.h>

bool Figure::meets() const
{
    switch (target) {
    case Target::None: return true;
    case Target::MaxValue: return !std::isnan(quarry) && quarry <= limit;
    case Target::MaxRatio: return !std::isnan(ratio()) && ratio() <= limit;
    }
    return false;
}

QString Figure::targetText() const
{
    const bool mb = name.endsWith(QLatin1String("MB"));
    switch (target) {
    case Target::None: return QStringLiteral("-");
    case Target::MaxValue: return QStringLiteral("<= %1 %2").arg(limit).arg(mb ? QStringLiteral("MB") : QStringLiteral("ms"));
    case Target::MaxRatio: return QStringLiteral("<= %1x floor").arg(limit);
    }
    return {};
}

namespace Measure {

static double s_lastCpu = NAN;

static double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double lastCpuMs()
{
    return s_lastCpu;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double onceMs(const std::function<void()> &f)
{
    const double cpu = threadCpuMs();
    QElapsedTimer t;
    t.start();
    f();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    s_lastCpu = threadCpuMs() - cpu;
    return wall;
}

double medianMs(int runs, const std::function<void()> &f, const std::function<void()> &setup)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        if (setup)
            setup();
        times << onceMs(f);
        cpu << s_lastCpu;
    }
    s_lastCpu = median(cpu);
    return median(times);
}

static double statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return NAN;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble();
    return NAN;
}

double peakRssMb()
{
    return statusKb("VmHWM:") / 1024.0;
}

double currentRssMb()
{
    return statusKb("VmRSS:") / 1024.0;
}

} // namespace Measure

static QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    if (v >= 100)
        return QString::number(v, 'f', 0);
    if (v >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

QString figureTable(const QList<Figure> &figures)
{
    int width = 6;
    for (const Figure &f : figures)
        width = std::max(width, int(f.name.size()));
    QString out = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                      .arg(QStringLiteral("figure"), -width)
                      .arg(QStringLiteral("quarry"), 10)
                      .arg(QStringLiteral("floor"), 10)
                      .arg(QStringLiteral("q cpu"), 9)
                      .arg(QStringLiteral("f cpu"), 9)
                      .arg(QStringLiteral("ratio"), 7)
                      .arg(QStringLiteral("target"), -16)
                      .arg(QStringLiteral("meets"));
    for (const Figure &f : figures) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8%9\n")
                   .arg(f.name, -width)
                   .arg(number(f.quarry), 10)
                   .arg(number(f.floor), 10)
                   .arg(number(f.quarryCpu), 9)
                   .arg(number(f.floorCpu), 9)
                   .arg(std::isnan(f.ratio()) ? QStringLiteral("-") : QString::number(f.ratio(), 'f', 2) + QLatin1Char('x'), 7)
                   .arg(f.targetText(), -16)
                   .arg(f.hasTarget() ? (f.meets() ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("-"))
                   .arg(f.note.isEmpty() ? QString() : QStringLiteral("  (") + f.note + QLatin1Char(')'));
    }
    return out;
}

QByteArray figureJson(const QList<Figure> &figures)
{
    QJsonArray list;
    auto num = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(std::round(v * 1000) / 1000); };
    for (const Figure &f : figures) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("quarry_ms"), num(f.quarry)},
                      {QStringLiteral("floor_ms"), num(f.floor)},
                      {QStringLiteral("quarry_cpu_ms"), num(f.quarryCpu)},
                      {QStringLiteral("floor_cpu_ms"), num(f.floorCpu)},
                      {QStringLiteral("ratio"), num(f.ratio())},
                      {QStringLiteral("target"), f.hasTarget() ? QJsonValue(f.targetText()) : QJsonValue()},
                      {QStringLiteral("meets"), f.hasTarget() ? QJsonValue(f.meets()) : QJsonValue()}};
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("figures"), list}}).toJson(QJsonDocument::Indented);
}
