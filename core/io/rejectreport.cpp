#include "rejectreport.h"

#include "csvwriter.h"
#include "outputpath.h"

RejectReport::RejectReport(const QString &path, const QStringList &header, const QString &databasePath)
    : m_path(path), m_header(header), m_databasePath(databasePath)
{
}

bool RejectReport::isReportHeader(const QStringList &header)
{
    return header.size() >= 2 && header.at(0) == QLatin1String("line") && header.at(1) == QLatin1String("reason");
}

RejectReport::~RejectReport() = default;

bool RejectReport::open()
{
    if (m_path.isEmpty())
        return true;
    if (VoidResult r = OutputPath::check(m_path, m_databasePath, QStringLiteral("report")); !r) {
        m_refused = r.problems().first().message;
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(m_path);
    // The rejected cells are the file's, as read: a hostile file's formulas
    // must not run when the user opens the report.
    m_writer->setNeutraliseFormulas(true);
    if (!m_writer->open())
        return false;
    return m_writer->writeRecord(QStringList{QStringLiteral("line"), QStringLiteral("reason")} + m_header);
}

bool RejectReport::add(qint64 line, const QString &reason, const QStringList &cells)
{
    ++m_count;
    if (m_first.size() < KeptRows)
        m_first << RejectedRow{line, reason, cells};
    if (!m_writer)
        return true;
    return m_writer->writeRecord(QStringList{QString::number(line), reason} + cells);
}

bool RejectReport::commit()
{
    return !m_writer || m_writer->commit();
}

void RejectReport::cancel()
{
    if (m_writer)
        m_writer->cancel();
}

QString RejectReport::errorString() const
{
    if (!m_refused.isEmpty())
        return m_refused;
    return m_writer ? m_writer->errorString() : QString();
}
