#include "rejectreport.h"

#include "csvwriter.h"

RejectReport::RejectReport(const QString &path, const QStringList &header) : m_path(path), m_header(header) {}

RejectReport::~RejectReport() = default;

bool RejectReport::open()
{
    if (m_path.isEmpty())
        return true;
    m_writer = std::make_unique<CsvWriter>(m_path);
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
    return m_writer ? m_writer->errorString() : QString();
}
